// Runs wrk (a C load client, in its own process) with bench/wrk-commands.lua or bench/wrk-plan-reads.lua and reads
// its figures and CPU.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cpuShare } from './measure.js';

export const WRK_MISSING =
  'wrk is not installed: the HTTP rows are skipped (install it with `apt-get install wrk`)';

const SCRIPTS = {
  commands: fileURLToPath(new URL('../../bench/wrk-commands.lua', import.meta.url)),
  'plan-reads': fileURLToPath(new URL('../../bench/wrk-plan-reads.lua', import.meta.url)),
};
/** GNU time reports the client's CPU; without it the client's CPU is not measured (said in the row). */
const TIME = '/usr/bin/time';
const THREADS = 2;

export interface WrkRun {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  socketErrors: number;
  /** Share of a core the server's process (this one) used during the run. */
  serverCpu: number;
  /** The same for wrk; null when GNU time is not there to measure it. */
  clientCpu: number | null;
}

/** What the requests are: commands spread over many tiltak (bench/wrk-commands.lua), or plan reads. */
export type WrkRequests =
  /** Status flips or progress notes over `tiltak` tiltak named `${prefix}0` ... */
  | { kind: 'status' | 'notes'; tiltak: number; prefix: string }
  /** The plan at every day of 2020-2022 in a shuffled order (bench/wrk-plan-reads.lua). */
  | { kind: 'plan-reads'; planId: string };

export type WrkLoad = WrkRequests & {
  url: string;
  seconds: number;
  connections: number;
  authorization?: string;
};

export function wrkAvailable(): boolean {
  const probe = spawnSync('wrk', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined;
}

export async function runWrk(load: WrkLoad): Promise<WrkRun> {
  const wrkArguments = [
    `-t${THREADS}`,
    `-c${load.connections}`,
    `-d${load.seconds}s`,
    '--latency',
    '-s',
    load.kind === 'plan-reads' ? SCRIPTS['plan-reads'] : SCRIPTS.commands,
    load.url,
  ];
  const timed = existsSync(TIME);
  const [command, commandArguments] = timed
    ? [TIME, ['-f', 'wrk-cpu %U %S', 'wrk', ...wrkArguments]]
    : ['wrk', wrkArguments];
  const env = {
    ...process.env,
    WRK_THREADS: String(THREADS),
    WRK_KIND: load.kind,
    WRK_AUTHORIZATION: load.authorization ?? '',
    ...(load.kind === 'plan-reads'
      ? { WRK_PLAN: load.planId }
      : { WRK_TILTAK: String(load.tiltak), WRK_PREFIX: load.prefix }),
  };
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, commandArguments, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ stdout: out, stderr: err });
      else reject(new Error(`wrk exited with ${String(code)}: ${err}${out}`));
    });
  });
  const elapsed = performance.now() - startedAt;
  const serverCpu = cpuShare(process.cpuUsage(cpuBefore), elapsed);
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('{"requests"'));
  if (line === undefined) throw new Error(`wrk printed no figures: ${stdout}`);
  const figures = JSON.parse(line) as {
    requests: number;
    durationMicros: number;
    p50Micros: number;
    p99Micros: number;
    non2xx: number;
    socketErrors: number;
  };
  const cpu = /wrk-cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return {
    requestsPerSecond: figures.requests / (figures.durationMicros / 1e6),
    p50: figures.p50Micros / 1000,
    p99: figures.p99Micros / 1000,
    non2xx: figures.non2xx,
    socketErrors: figures.socketErrors,
    serverCpu,
    clientCpu: cpu === null ? null : (Number(cpu[1]) + Number(cpu[2])) / (elapsed / 1000),
  };
}
