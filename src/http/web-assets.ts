import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The folder `npm run build` writes the web page into, found from this module in dist/ or in src/. */
export function defaultWebRoot(): string {
  const here = import.meta.dirname;
  const root =
    basename(dirname(dirname(here))) === 'dist' ? dirname(dirname(dirname(here))) : dirname(dirname(here));
  return join(root, 'dist', 'web');
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The web page (docs/web.md): index.html under `/`, never cached without asking, and the bundles under /assets/,
 * whose names carry a hash of their content and so are cached for a year. The few files are read once at start;
 * the routes are hidden, so the OpenAPI document stays the API's alone. Without a built page nothing is served.
 */
export function registerWebAssets(app: FastifyInstance, webRoot: string = defaultWebRoot()): void {
  const indexFile = join(webRoot, 'index.html');
  if (!existsSync(indexFile)) return;
  const index = readFileSync(indexFile);
  const assetsDir = join(webRoot, 'assets');
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const name of existsSync(assetsDir) ? readdirSync(assetsDir) : []) {
    const type = CONTENT_TYPES[extname(name)];
    if (type !== undefined) assets.set(name, { body: readFileSync(join(assetsDir, name)), type });
  }
  const config = { access: 'public' as const };
  app.get('/', { config, schema: { hide: true } }, function webPage(_request, reply) {
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
  app.get<{ Params: { name: string } }>(
    '/assets/:name',
    { config, schema: { hide: true } },
    function webAsset(request, reply) {
      const asset = assets.get(request.params.name);
      if (asset === undefined) {
        return reply
          .code(404)
          .type('application/problem+json')
          .send({
            type: 'https://samhandlingsplan.no/problems/route/not-found',
            title: 'Not Found',
            status: 404,
            code: 'ROUTE.NOT_FOUND',
            detail: `no asset ${request.params.name}`,
          });
      }
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(asset.type)
        .send(asset.body);
    },
  );
}
