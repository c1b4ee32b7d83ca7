import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { OutOfScope } from '../application/index.js';
import type { Principal } from '../auth/index.js';
import type { ReadModel } from '../projections/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `filtered`: the route names no plan and its handler shows a scoped token only its own plans (lists,
     * reports). Any other read that names no plan reads the whole log, which a scoped token may not.
     */
    planScope?: 'filtered';
  }
}

/** The plans a principal may read and change; undefined: every plan. */
export function plansInScope(principal: Principal | null): readonly string[] | undefined {
  return principal?.plans;
}

/**
 * Reads follow a scoped token's plans (docs/api.md, "Tokens"): a read naming a plan (path or query `planId`) or a
 * tiltak (path or query `tiltakId`, whose plan the read model knows) outside the scope is 403 AUTH.OUT_OF_SCOPE, as
 * is a log-wide read (event feed, verify). Commands are checked by the command handler, on the streams themselves.
 * An unscoped token is not checked at all. Fails closed: a new read route that names no plan is refused to scoped
 * tokens until it says `planScope: 'filtered'` and filters. Checked before validation, as the role is: a token
 * that may not read here learns that, not which parameters the route wants.
 */
export function registerPlanScope(app: FastifyInstance, readModel: Pick<ReadModel, 'planOfTiltak'>): void {
  function checkPlanScope(
    request: FastifyRequest,
    _reply: FastifyReply,
    done: (error?: Error) => void,
  ): void {
    const scope = plansInScope(request.principal);
    if (scope === undefined) return done();
    const named = planNamed(request, readModel);
    if (named === UNKNOWN_TILTAK) return done();
    if (named === null) {
      if (request.routeOptions.config.planScope === 'filtered') return done();
      return done(new OutOfScope(null));
    }
    done(scope.includes(named) ? undefined : new OutOfScope(named));
  }
  // Resolved per route as it is registered: only reads are checked here, so a command runs no hook for it.
  app.addHook('onRoute', function scopeReads(route: RouteOptions) {
    const access = route.config?.access;
    if (access !== 'read' && access !== 'audit') return;
    const own = route.preValidation;
    route.preValidation = [...(own === undefined ? [] : Array.isArray(own) ? own : [own]), checkPlanScope];
  });
}

/** A tiltak nobody knows: its route answers 404. */
const UNKNOWN_TILTAK = Symbol('unknown tiltak');

/** The plan a request names; UNKNOWN_TILTAK for a tiltak nobody knows; null for none. */
function planNamed(
  request: FastifyRequest,
  readModel: Pick<ReadModel, 'planOfTiltak'>,
): string | null | typeof UNKNOWN_TILTAK {
  for (const source of [request.params, request.query]) {
    if (source === null || typeof source !== 'object') continue;
    const { planId, tiltakId } = source as { planId?: unknown; tiltakId?: unknown };
    if (typeof planId === 'string') return planId;
    if (typeof tiltakId === 'string') return readModel.planOfTiltak(tiltakId) ?? UNKNOWN_TILTAK;
  }
  return null;
}
