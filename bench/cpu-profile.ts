// CPU profiles of the server during one load (`npm run bench -- --only=http --cpu-prof`): V8's sampling profiler
// through node:inspector in this process, started after the seeding and stopped when the load ends, so the profile
// holds the requests only (wrk runs in its own process). Each profile is written as a .cpuprofile (Chrome's
// DevTools and speedscope open it) and summed up by part of the command path, in µs of CPU per request.
import { writeFileSync } from 'node:fs';
import { Session, type Profiler, type Runtime } from 'node:inspector';

/** A part of the command path: the frames whose function name or script matches, counted inclusively. */
interface Part {
  name: string;
  matches: (frame: Runtime.CallFrame) => boolean;
}

const byFunction =
  (...names: string[]) =>
  (frame: Runtime.CallFrame) =>
    names.includes(frame.functionName);
const byScript =
  (...fragments: string[]) =>
  (frame: Runtime.CallFrame) =>
    fragments.some((fragment) => frame.url.includes(fragment));

/**
 * The parts, by the names the code gives its hooks and steps (every hook is a named function for this). A sample
 * counts towards the innermost frame of its stack that a part claims, so nothing is counted twice: the command
 * handler's append counts as the append, the frames of node:crypto under it too. A function no part claims (a
 * native one, a helper in src/shared) counts towards the part of its caller.
 */
const PARTS: readonly Part[] = [
  { name: 'append: canonical JSON, sha256, SQLite insert', matches: byScript('/src/store/') },
  { name: 'projections: apply the appended events', matches: byScript('/src/projections/') },
  { name: 'decide (domain)', matches: byScript('/src/domain/') },
  { name: 'command handler (state cache, fold)', matches: byScript('/src/application/') },
  { name: 'authentication', matches: byFunction('authenticate', 'refuseUnauthenticated') },
  { name: 'idempotency', matches: byFunction('claimIdempotencyKey', 'recordIdempotentResponse') },
  {
    name: 'request id, trace, security headers',
    matches: byFunction('exposeRequestId', 'startTrace', 'securityHeaders', 'requestLogger'),
  },
  {
    name: 'plan scope, overload, surrogates',
    matches: byFunction('checkPlanScope', 'admitRequest', 'admitForToken', 'refuseLoneSurrogates'),
  },
  { name: 'metrics', matches: byFunction('countAnswer') },
  { name: 'request logging', matches: byScript('/pino/', '/thread-stream/', 'request-logging') },
  {
    name: 'body parse and zod validation',
    matches: byScript('/zod/', 'fastify-type-provider-zod', 'secure-json-parse'),
  },
  { name: 'response serialisation', matches: byScript('fast-json-stringify', 'response-serializer') },
  { name: 'compression', matches: byScript('@fastify/compress') },
  { name: 'route handler and executeCommand', matches: byScript('command-execution', '/routes/') },
  {
    name: 'fastify and node:http',
    matches: byScript(
      '/fastify/',
      'node:_http',
      'node:net',
      'node:stream',
      'light-my-request',
      'find-my-way',
    ),
  },
  { name: 'garbage collection', matches: byFunction('(garbage collector)') },
  { name: 'idle', matches: byFunction('(idle)') },
];

export interface ProfileSummary {
  file: string;
  requests: number;
  /** µs of CPU per request by part, busiest first; `other` is whatever no part claims. */
  parts: { name: string; microsPerRequest: number }[];
  /** The functions with the most self time, µs per request. */
  topSelf: { name: string; microsPerRequest: number }[];
}

export async function startCpuProfile(): Promise<
  (file: string, requests: number) => Promise<ProfileSummary>
> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return async function stop(file, requests) {
    const { profile } = await post<Profiler.StopReturnType>('Profiler.stop');
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    return { file, requests, ...summarise(profile, requests) };
  };
}

export function summarise(
  profile: Profiler.Profile,
  requests: number,
): Pick<ProfileSummary, 'parts' | 'topSelf'> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Time per sample: the gaps between samples, as DevTools counts them.
  const deltas = profile.timeDeltas ?? [];
  const selfMicros = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[index + 1] ?? deltas[index] ?? 0)),
  );
  const partOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const above = parent.get(id);
    const own = node === undefined ? undefined : PARTS.find((part) => part.matches(node.callFrame))?.name;
    const part = own ?? (above === undefined ? 'other' : resolve(above));
    partOf.set(id, part);
    return part;
  };
  const parts = new Map<string, number>();
  const self = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const part = resolve(id);
    parts.set(part, (parts.get(part) ?? 0) + micros);
    const frame = nodes.get(id)?.callFrame;
    const name =
      frame === undefined
        ? '?'
        : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|dist)\//, '$1/')}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + micros);
  }
  const perRequest = (entries: Map<string, number>) =>
    [...entries]
      .map(([name, micros]) => ({ name, microsPerRequest: micros / Math.max(1, requests) }))
      .sort((a, b) => b.microsPerRequest - a.microsPerRequest);
  return { parts: perRequest(parts), topSelf: perRequest(self).slice(0, 40) };
}

export function formatSummary(title: string, summary: ProfileSummary): string {
  const line = ({ name, microsPerRequest }: { name: string; microsPerRequest: number }) =>
    `  ${microsPerRequest.toFixed(1).padStart(7)} µs  ${name}`;
  const busy = summary.parts
    .filter((part) => part.name !== 'idle')
    .reduce((sum, part) => sum + part.microsPerRequest, 0);
  return [
    `${title}: ${summary.requests} requests, ${busy.toFixed(1)} µs of CPU per request (idle left out), profile ${summary.file}`,
    ...summary.parts.map(line),
    '  functions with the most self time:',
    ...summary.topSelf.slice(0, 25).map(line),
  ].join('\n');
}
