// `npm run bench [-- --quick]`: every figure beside a reference measured in the same run (docs/performance.md).
import '../src/gc-tuning.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './measure.js';
import { measureProjections } from './projections.bench.js';
import { measureStore } from './store-appends.bench.js';

const quick = process.argv.includes('--quick');
// `--only=projections,http`: just those parts (store, pg, projections, history, http, peer); the peer needs the store's figures.
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (part: string): boolean => only === undefined || only.includes(part);
// `--cpu-prof`: CPU profiles of the server during the HTTP command rows, written beside the results.
const cpuProf = process.argv.includes('--cpu-prof');
const results = fileURLToPath(new URL('../../bench/results/', import.meta.url));
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const directory = mkdtempSync(join(tmpdir(), 'shp-bench-'));

function format(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'not measured';
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 1 ? 2 : 3);
}

async function main(): Promise<void> {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  process.stderr.write(
    `bench (${quick ? 'quick' : 'full'}) on ${machine.cpus} cores, ${machine.memoryGiB} GiB, node ${machine.node}\n`,
  );
  const figures: Figure[] = [];
  if (runs('store') || runs('peer')) {
    process.stderr.write('store appends and references...\n');
    figures.push(...(await measureStore(directory, quick)));
  }
  if (runs('pg')) {
    process.stderr.write('pg appends...\n');
    const { measurePostgres } = await import('./pg-appends.bench.js');
    figures.push(...(await measurePostgres(directory, quick)));
  }
  if (runs('projections')) {
    process.stderr.write('projections...\n');
    figures.push(
      ...(await measureProjections(directory, quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000])),
    );
  }
  if (runs('history')) {
    process.stderr.write('history growth...\n');
    const { measureHistoryGrowth } = await import('./history-growth.bench.js');
    figures.push(...measureHistoryGrowth(quick));
  }
  if (runs('http')) {
    process.stderr.write('http...\n');
    // Loaded only when run, so the other parts run without the load generator's dependencies.
    const { measureHttp } = await import('./http.bench.js');
    mkdirSync(results, { recursive: true });
    figures.push(
      ...(await measureHttp(
        mkdtempSync(join(directory, 'http-')),
        quick,
        cpuProf ? { cpuProfiles: { directory: results, stamp } } : {},
      )),
    );
  }
  const ourAppends = figures.find((figure) => figure.name.startsWith('store appends'))?.value ?? null;
  const ourRead = figures.find((figure) => figure.name === 'read a 50-event stream')?.value ?? null;
  if (runs('peer') && ourAppends !== null && ourRead !== null) {
    process.stderr.write('peer...\n');
    const { measurePeer } = await import('./peer-emmett.bench.js');
    figures.push(
      ...(await measurePeer(directory, quick, { appendsPerSecond: ourAppends, read50Micros: ourRead })),
    );
  }

  const rows = figures.map((figure) => [
    figure.name,
    `${format(figure.value)} ${figure.unit}`,
    figure.spread === null ? '' : `${format(figure.spread[0])}–${format(figure.spread[1])}`,
    figure.reference === undefined ? '' : `${figure.reference.name}: ${format(figure.reference.value)}`,
    figure.ratio === undefined || figure.ratio === null ? '' : `${figure.ratio.toFixed(2)}×`,
    figure.target ?? '',
    figure.met === undefined || figure.met === null ? '' : figure.met ? 'yes' : 'NO',
    figure.note ?? '',
  ]);
  const header = ['figure', 'median', 'spread', 'reference', 'ratio', 'target', 'met', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  process.stdout.write(
    `${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}\n${rows.map(line).join('\n')}\n`,
  );

  mkdirSync(results, { recursive: true });
  const file = join(results, `${stamp}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({ machine, quick, figures }, null, 2)}\n`);
  process.stderr.write(`results written to bench/results/${file.split('/').at(-1) ?? ''}\n`);
}

try {
  await main();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
