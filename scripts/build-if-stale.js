// Builds dist/ with tsc only when it is missing or older than the sources, so that `npm run token` and the other
// CLIs start in well under a second instead of compiling the project on every call (4-15 s). tsc's output goes
// to stderr: standard output is the CLI's, for scripts that read it (`TOKEN=$(npm run -s token -- create …)`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.built-from-sources');
const inputs = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestSource(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|css|html|mjs|json)$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const newest = Math.max(
    newestSource(join(root, 'src')),
    newestSource(join(root, 'web')),
    ...inputs
      .filter((name) => existsSync(join(root, name)))
      .map((name) => statSync(join(root, name)).mtimeMs),
  );
  return newest > built;
}

// `--always` (npm run build): compile whatever the stamp says, and stamp the result.
if (process.argv.includes('--always') || isStale()) {
  const started = Date.now();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    process.stderr.write('build: tsc failed; dist/ is not up to date\n');
    process.exit(result.status ?? 1);
  }
  // The web page (web/, bundled by esbuild into dist/web) is built with the server, so `npm start` serves it.
  const web = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (web.status !== 0) {
    process.stderr.write('build: the web page did not build; dist/web is not up to date\n');
    process.exit(web.status ?? 1);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  // The time the build started: a source saved while tsc ran is newer, and the next call builds again.
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  utimesSync(stamp, started / 1000, started / 1000);
}
