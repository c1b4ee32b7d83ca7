import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BEARER, listErrors } from '../route-docs.js';
import { MeSchema } from '../schemas/me.schema.js';

/** Who the token is: the web page decides from the role what to show (docs/web.md). */
export function registerMeRoute(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/me',
    {
      // Names no plan and shows the caller only itself: a scoped token may ask too.
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        tags: ['auth'],
        summary: 'Who this token is',
        description:
          'The name, role, organization and plan scope of the bearer token, so that a client can show only what the role may do. Any valid token may ask.',
        security: BEARER,
        response: { 200: MeSchema, ...listErrors() },
      },
    },
    function readMe(request) {
      // access 'read' guarantees an authenticated principal before the handler runs.
      const principal = request.principal!;
      return {
        id: principal.id,
        name: principal.name,
        role: principal.role,
        organization: principal.organization ?? null,
        plans: principal.plans === undefined ? null : [...principal.plans],
      };
    },
  );
}
