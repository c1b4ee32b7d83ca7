// The command-line tools as an operator scripts them: built once, run from dist/, output a shell can read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'shp-cli-'));
t.teardown(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', SEED: 'false', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function node(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, [`dist/src/${script}`, ...args], env);
}

/** Lines of text, without the empty one a trailing newline leaves. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const built = run(process.execPath, ['scripts/build-if-stale.js']);
t.equal(built.status, 0, `dist/ is built: ${built.stderr}`);

t.test('a second call finds dist/ up to date and does not compile again', async (t) => {
  const stamp = join(root, 'dist', '.built-from-sources');
  const before = statSync(stamp).mtimeMs;
  const again = run(process.execPath, ['scripts/build-if-stale.js']);
  t.equal(again.status, 0);
  t.equal(again.stdout, '', 'nothing on stdout');
  t.equal(statSync(stamp).mtimeMs, before, 'no build ran');
});

t.test('--help prints the usage on stdout and exits 0, in every tool', async (t) => {
  for (const script of ['cli/token.js', 'cli/import.js', 'cli/verify.js']) {
    for (const flag of ['--help', '-h']) {
      const result = node(script, [flag], { DATA_DIR: join(work, 'help') });
      t.equal(result.status, 0, `${script} ${flag}`);
      t.match(result.stdout, /^usage:/m, `${script} ${flag} prints its usage`);
      t.equal(result.stderr, '', `${script} ${flag} writes nothing to stderr`);
    }
  }
});

t.test('token create --json prints one JSON object with the token, and nothing else', async (t) => {
  const dataDir = join(work, 'json');
  const result = node(
    'cli/token.js',
    ['create', '--name', 'Kari Nordmann', '--role', 'editor', '--organization', 'Ahus', '--json'],
    { DATA_DIR: dataDir },
  );
  t.equal(result.status, 0, result.stderr);
  t.equal(lines(result.stdout).length, 1);
  const created = JSON.parse(result.stdout) as Record<string, unknown>;
  t.match(created, { token: /^shp_\S+$/, name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' });
  t.type(created['id'], 'string');
  const listed = node('cli/token.js', ['list'], { DATA_DIR: dataDir });
  t.match(listed.stdout, String(created['id']), 'the token is stored');
});

t.test('TOKEN=$(npm run -s token -- create … --quiet) gets the token alone', async (t) => {
  const dataDir = join(work, 'quiet');
  const result = run(
    'npm',
    ['run', '-s', 'token', '--', 'create', '--name', 'Anne Revisor', '--role', 'auditor', '--quiet'],
    { DATA_DIR: dataDir },
  );
  t.equal(result.status, 0, result.stderr);
  t.match(result.stdout, /^shp_\S+\n$/, 'one line: the token');
  t.equal(node('cli/token.js', ['create', '--name', 'X', '--role', 'reader', '--json', '--quiet']).status, 2);
});

t.test('a DATA_DIR that cannot be used is one line that names the setting and the path', async (t) => {
  const file = join(work, 'not-a-directory');
  writeFileSync(file, 'a file, not a directory\n');
  const below = join(file, 'data');
  const cases: [string, string[], string][] = [
    ['cli/token.js', ['create', '--name', 'Kari Nordmann', '--role', 'editor'], file],
    ['cli/token.js', ['list'], below],
    ['cli/import.js', [join(root, 'data', 'nothing.json')], below],
    ['cli/verify.js', [], join(work, 'missing')],
    ['main.js', [], below],
  ];
  for (const [script, args, dataDir] of cases) {
    const result = node(script, args, { DATA_DIR: dataDir, PORT: '0' });
    t.not(result.status, 0, `${script} ${args.join(' ')} fails`);
    const said = lines(result.stderr);
    t.equal(said.length, 1, `${script}: one line (${result.stderr})`);
    t.match(said[0], 'DATA_DIR=', `${script} names the setting`);
    t.match(said[0], dataDir, `${script} names the path`);
    t.notMatch(result.stderr, 'unable to open database file');
  }
});

t.test('a HOST the server cannot listen on is one line that names the setting', async (t) => {
  // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never an address of this machine, and no name lookup is needed.
  const result = node('main.js', [], { DATA_DIR: join(work, 'host'), HOST: '192.0.2.1', PORT: '0' });
  t.equal(result.status, 1);
  const said = lines(result.stderr);
  t.equal(said.length, 1, result.stderr);
  t.match(said[0], 'HOST="192.0.2.1"');
});
