/** What a command-line tool reads and writes, so that tests can run it without a process. */
export interface CommandLineIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** This process's environment and output streams. */
export const processIo: CommandLineIo = {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs a tool's main function and sets the exit code it returns; an unexpected error is one line on stderr,
 * prefixed with the tool's name, and exit code 1.
 */
export function exitWith(name: string, run: Promise<number>): void {
  run.then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(
        `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
