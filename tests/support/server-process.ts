// The server as a child process, started the way `npm start` starts it, and found by the address it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  base: string;
  process: ChildProcess;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<[number | null, string | null]>;
  /** What the process has written to standard output so far. */
  stdout(): string;
  /** What the process has written to standard error so far. */
  stderr(): string;
}

/**
 * Runs `node <args>` in `cwd` with `env` and waits for the "API documentation: <url>/docs" line; rejects with
 * everything the process printed if it exits first. The caller kills it (a teardown should).
 */
export async function startServerProcess(
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    stderr += chunk;
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /API documentation: (http:\/\/\S+)\/docs/.exec(output);
      if (match?.[1] !== undefined) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited: ${output}`));
      }
    }, 20);
  });
  return { base, process: child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Kills the process unless it has ended already. */
export function killServerProcess(server: { process: ChildProcess }): void {
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
}

/** The environment of a test server: this data directory, a free port on loopback, no seed plans, quiet logs. */
export function serverEnvironment(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED: 'false',
    LOG_LEVEL: 'warn',
  };
}
