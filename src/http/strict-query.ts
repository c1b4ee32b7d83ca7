import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';

/**
 * Every documented route refuses query parameters it does not know: a misspelt `?validat=` or a foreign `?asOf=`
 * silently answering today's plan is the worst answer a time-travel API can give. A route's zod querystring is
 * made strict (an object schema is; any other shape is left as written); a route without one gets an empty strict
 * schema, so `?x=1` on a command is a 400 too. Routes hidden from the document (Swagger UI's assets) are left alone.
 */
export function registerStrictQueries(app: FastifyInstance): void {
  app.addHook('onRoute', function strictQuery(route: RouteOptions) {
    if (route.schema === undefined || route.schema.hide === true) return;
    const querystring: unknown = route.schema.querystring;
    if (querystring === undefined) route.schema.querystring = z.strictObject({});
    else if (querystring instanceof z.ZodObject) route.schema.querystring = querystring.strict();
  });
}
