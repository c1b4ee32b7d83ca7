import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Every documented operation gets an `operationId` (generated clients name their methods by it) and a security
 * requirement: a route that sets none is open and says so with `security: []`. The id comes from the method and
 * the path, so it is unique and stable: `GET /plans/:planId/timeline` is `getPlansByPlanIdTimeline`.
 */
export function registerOperationIds(app: FastifyInstance): void {
  app.addHook('onRoute', function nameOperation(route: RouteOptions) {
    if (route.schema === undefined || route.schema.hide === true) return;
    const method = Array.isArray(route.method) ? route.method[0] : route.method;
    if (method === undefined || method === 'HEAD' || method === 'OPTIONS') return;
    const schema = route.schema as { operationId?: string; security?: unknown };
    schema.operationId ??= operationIdOf(method, route.url);
    schema.security ??= [];
  });
}

export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split('-'));
  return [method.toLowerCase(), ...words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))].join(
    '',
  );
}
