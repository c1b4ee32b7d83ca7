import t, { type Test } from 'tap';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCommand } from '../../src/cli/import-command.js';
import { shippedPlansDirectory } from '../../src/import/index.js';
import { sqliteFilePath } from '../../src/store/open-event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { AHUS_FILE } from '../import/import-fixtures.js';

const AHUS_PATH = join(shippedPlansDirectory(), AHUS_FILE);

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function tempDataDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'samhandlingsplan-import-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function run(argv: string[], dataDir: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runImportCommand({
    argv,
    env: { DATA_DIR: dataDir },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { exitCode, stdout, stderr };
}

async function headPosition(dataDir: string): Promise<bigint | null> {
  const store = SqliteEventStore.open({ path: sqliteFilePath(dataDir) });
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
}

t.test('import without a document is a usage error (exit 2)', async (t) => {
  const dataDir = tempDataDir(t);
  t.equal((await run([], dataDir)).exitCode, 2);
  t.equal((await run(['--no-such-option', AHUS_PATH], dataDir)).exitCode, 2);
});

t.test('import prints a summary per document, and a second import appends nothing', async (t) => {
  const dataDir = tempDataDir(t);
  const first = await run([AHUS_PATH], dataDir);
  t.equal(first.exitCode, 0);
  t.match(first.stdout, /ahus-2020-2022 .*28 tiltak: 84 events appended, 0 already present/);
  const head = await headPosition(dataDir);
  const second = await run([AHUS_PATH], dataDir);
  t.equal(second.exitCode, 0);
  t.match(second.stdout, /0 events appended, 84 already present/);
  t.equal(await headPosition(dataDir), head);
});

t.test('a broken document exits 1 with every problem listed and nothing appended', async (t) => {
  const dataDir = tempDataDir(t);
  t.equal((await run([AHUS_PATH], dataDir)).exitCode, 0);
  const head = await headPosition(dataDir);
  const document = JSON.parse(readFileSync(AHUS_PATH, 'utf8')) as {
    tiltak: { status: { value: unknown }; funding: { amountNok: unknown }[]; responsible: string[] }[];
  };
  const [first, second, third] = [document.tiltak[0], document.tiltak[2], document.tiltak[3]];
  if (first === undefined || second?.funding[0] === undefined || third === undefined) {
    throw new Error('the Ahus document has these tiltak');
  }
  first.status.value = 'DONE';
  second.funding[0].amountNok = -5;
  third.responsible.push('no-such-party');
  // A new tiltak beside the broken ones must not be appended either.
  document.tiltak.push({ ...third, id: 'ahus-nytt-tiltak' } as (typeof document.tiltak)[number]);
  const broken = join(dataDir, 'broken.json');
  writeFileSync(broken, JSON.stringify(document));
  const result = await run([broken], dataDir);
  t.equal(result.exitCode, 1);
  for (const path of ['/tiltak/0/status/value', '/tiltak/2/funding/0/amountNok', '/tiltak/3/responsible/']) {
    t.match(result.stderr, path, `names ${path}`);
  }
  t.equal(await headPosition(dataDir), head, 'the store is untouched');
});

t.test(
  'text that is not JSON is an invalid document (exit 1), and other documents still import',
  async (t) => {
    const dataDir = tempDataDir(t);
    const notJson = join(dataDir, 'not-json.json');
    writeFileSync(notJson, '{ "formatVersion": 1,');
    const result = await run([notJson, AHUS_PATH], dataDir);
    t.equal(result.exitCode, 1);
    t.match(result.stderr, 'invalid_json');
    t.match(result.stdout, /84 events appended/);
  },
);

t.test('--dry-run reports what would be appended and appends nothing', async (t) => {
  const dataDir = tempDataDir(t);
  const result = await run(['--dry-run', AHUS_PATH], dataDir);
  t.equal(result.exitCode, 0);
  t.match(result.stdout, /84 events would be appended/);
  t.equal(await headPosition(dataDir), null);
});
