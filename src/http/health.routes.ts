import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendProblem } from './error-handler.js';
import { problem, problemSchema } from './problem.js';

/** What readiness asks: the projections have caught up with the store at start (DESIGN.md §5). */
export interface Readiness {
  isReady(): boolean;
  /** Position the projections have reached, for operators. */
  position(): bigint | null;
  /** Why the service is not ready when it is not the projections (a broken audit log), or null. */
  blocker?(): { code: string; detail: string } | null;
}

const healthBody = z.object({ status: z.enum(['ok', 'ready']), position: z.string().nullable().optional() });

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
        response: { 200: healthBody },
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
        description: 'Answers 200 once the projections have caught up with the store at start, else 503.',
        response: { 200: healthBody, 503: problemSchema },
      },
    },
    function ready(_request, reply) {
      const position = readiness.position();
      const blocker = readiness.blocker?.() ?? null;
      if (blocker !== null) {
        sendProblem(reply, problem(503, blocker.code, 'Service Unavailable', blocker.detail));
        return;
      }
      if (!readiness.isReady()) {
        sendProblem(
          reply,
          problem(503, 'SERVICE.NOT_READY', 'Service Unavailable', 'projections are catching up'),
        );
        return;
      }
      return { status: 'ready' as const, position: position === null ? null : position.toString() };
    },
  );
}
