import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';

/*
 * The read side's latency depends on how the process runs V8 (docs/performance.md): allocation-site pretenuring off
 * (src/gc-tuning.ts, which must run before the code it tunes is compiled) and a 32 MB semi-space (a node flag,
 * so every way of starting the server must pass it). The bench must run the server the same way, or its figures
 * describe another server.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

async function firstImport(file: string): Promise<string | undefined> {
  const text = await readFile(join(root, file), 'utf8');
  return /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(text)?.[1];
}

function nodeFlags(command: string): string[] {
  const words = command.split(/\s+/);
  const node = words.lastIndexOf('node');
  return words.slice(node + 1).filter((word) => word.startsWith('--'));
}

void t.test('the GC tuning is the first module of every entry point that serves reads', async (t) => {
  t.equal(await firstImport('src/main.ts'), './gc-tuning.js', 'the server');
  t.equal(await firstImport('bench/run.ts'), '../src/gc-tuning.js', 'the bench (it runs the HTTP server)');
  t.equal(await firstImport('bench/projection-child.ts'), '../src/gc-tuning.js', 'the projections bench');
  const tuning = await readFile(join(root, 'src/gc-tuning.ts'), 'utf8');
  t.match(tuning, /setFlagsFromString\('--no-allocation-site-pretenuring'\)/);
});

void t.test('npm start and npm run bench give node the same flags', async (t) => {
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = nodeFlags(packageJson.scripts.start ?? '');
  t.strictSame(start, ['--max-semi-space-size=32']);
  t.strictSame(nodeFlags(packageJson.scripts.bench ?? ''), start);
});
