import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';
import { HealthSchema } from '../schemas/health.schema.js';
import { ProblemSchema } from '../schemas/problem.schema.js';

/**
 * What readiness asks (DESIGN.md §5): the projections have caught up and keep following a store that answers.
 * Asked afresh on every request to `/health/ready`.
 */
export interface Readiness {
  check(): Promise<
    { ready: true; position: bigint | null } | { ready: false; reason: string; position: bigint | null }
  >;
  /** Why the service must not serve at all, whatever the projections say (a broken audit log), or null. */
  blocker?(): { code: string; detail: string } | null;
}

const NOT_READY_DETAIL: Record<string, string> = {
  'catching-up': 'projections are catching up',
  'store-unreachable': 'the event store cannot be read',
  'subscription-stopped': 'the projections lost their subscription to the store; resubscribing',
  'projections-behind': 'the projections are too far behind the store',
  'audit-log-building': 'the audit log is being checked against its signed head',
};

export function registerHealthRoutes(app: FastifyInstance, readiness: Readiness): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/health/live',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness',
        description: 'Answers 200 as long as the process serves requests. Open to everyone.',
        response: { 200: HealthSchema },
      },
    },
    function live() {
      return { status: 'ok' as const };
    },
  );
  typed.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Readiness',
        description:
          'Answers 200 while the projections have caught up with the store and keep following it; 503 while the store cannot be read, the subscription has stopped or the projections are too far behind (`reason`).',
        response: { 200: HealthSchema, 503: ProblemSchema },
      },
    },
    async function ready(_request, reply) {
      const blocker = readiness.blocker?.() ?? null;
      if (blocker !== null) {
        return sendProblem(reply, problem(503, blocker.code, 'Service Unavailable', blocker.detail));
      }
      const state = await readiness.check();
      if (!state.ready) {
        return sendProblem(
          reply,
          problem(
            503,
            'SERVICE.NOT_READY',
            'Service Unavailable',
            NOT_READY_DETAIL[state.reason] ?? state.reason,
            { reason: state.reason },
          ),
        );
      }
      return {
        status: 'ready' as const,
        position: state.position === null ? null : state.position.toString(),
      };
    },
  );
}
