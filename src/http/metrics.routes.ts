import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceMetrics } from '../observability/index.js';
import { BEARER, listErrors } from './route-docs.js';

/** Unknown URLs share one label: the raw URL would let any client create series without bound. */
const UNMATCHED_ROUTE = 'unmatched';

/** Counts and times every answer by its route pattern (`/plans/:planId`, never the URL asked for). */
export function registerRequestMetrics(app: FastifyInstance, metrics: ServiceMetrics): void {
  app.addHook('onResponse', function countAnswer(request, reply, done) {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? UNMATCHED_ROUTE,
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
}

/**
 * Serves the registry at GET /metrics to the roles that may read the audit trail (auditor, admin): what a scrape
 * shows (request rates per route, the commands' outcomes) is operational detail a reader has no need of.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: ServiceMetrics): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/metrics',
    {
      config: { access: 'audit' },
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics',
        description:
          'The Prometheus text exposition format (0.0.4): HTTP requests by route and status with latency histograms, commands by type and outcome, store append and log-sync latency, group commit sizes, projection lag, events appended by type, and the process and event-loop figures. For the auditor and admin roles (a scrape job sends a bearer token). docs/deployment.md, "Operating it", lists every metric.',
        security: BEARER,
        response: {
          200: {
            description: 'The metrics',
            content: {
              'text/plain': {
                schema: z.string().meta({
                  description: 'Prometheus text format',
                  example:
                    '# TYPE http_requests_total counter\nhttp_requests_total{method="GET",route="/plans",status="200"} 3\n',
                }),
              },
            },
          },
          ...listErrors(),
        },
      },
    },
    async function scrape(_request, reply) {
      const { contentType, text } = await metrics.exposition();
      return reply.type(contentType).send(text);
    },
  );
}
