/* global process */
// Bundles web/src into dist/web: hashed file names under assets/ (cached for ever) and an index.html naming them.
// Nothing is removed before writing and index.html is replaced by a rename: a server starting while another build
// runs (tests build concurrently) always finds a whole page.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'web');
mkdirSync(join(out, 'assets'), { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['web/src/main.tsx', 'web/src/style.css'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  entryNames: '[name]-[hash]',
  outdir: join(out, 'assets'),
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
const script = outputs.find((file) => file.endsWith('.js'));
const style = outputs.find((file) => file.endsWith('.css'));
const template = readFileSync(join(root, 'web', 'index.html'), 'utf8');
const temporary = join(out, `index.html.${process.pid}`);
writeFileSync(
  temporary,
  template.replace('%SCRIPT%', `/assets/${script}`).replace('%STYLE%', `/assets/${style}`),
);
renameSync(temporary, join(out, 'index.html'));
// Bundles of earlier sources: a concurrent build of the same sources writes the same names, so these are stale.
for (const file of readdirSync(join(out, 'assets'))) {
  if (!outputs.includes(file)) rmSync(join(out, 'assets', file), { force: true });
}
