// The page's weight budget: the JavaScript, CSS and index.html as a browser downloads them (gzip -9), built as
// `npm run build` builds them. A budget, not a measure of speed: a change that crosses it says so in review.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import t from 'tap';
import { root } from './web-server.js';

/** Bytes, gzipped at level 9 (docs/web.md gives the weights these guard). */
const BUDGET = { script: 19_000, style: 1_500, index: 500 };

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

t.test('the page stays within its gzipped size budget', async (t) => {
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { cwd: root, stdio: 'inherit' });
  const out = join(root, 'dist', 'web');
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const script = /src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const style = /href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (script === undefined || style === undefined) throw new Error(`index.html names no bundle: ${html}`);
  const sizes = {
    script: gzipped(join(out, script)),
    style: gzipped(join(out, style)),
    index: gzipped(join(out, 'index.html')),
  };
  t.comment(`gzipped bytes: ${JSON.stringify(sizes)}`);
  for (const part of ['script', 'style', 'index'] as const)
    t.ok(sizes[part] <= BUDGET[part], `${part}: ${sizes[part]} B of at most ${BUDGET[part]} B`);
});
