import { accessSync, constants, mkdirSync, statSync } from 'node:fs';

/** DATA_DIR cannot be used: the message is one line that names the setting, the path and what is wrong. */
export class DataDirUnusable extends Error {
  readonly code = 'CONFIG.DATA_DIR_UNUSABLE';
  constructor(path: string, problem: string) {
    super(`DATA_DIR=${JSON.stringify(path)}: ${problem}`);
    this.name = 'DataDirUnusable';
  }
}

/**
 * Makes sure DATA_DIR is a directory this process can write to, creating it when missing. Checked before SQLite
 * opens a file there, whose own error ("unable to open database file") names neither the setting nor the path.
 */
export function prepareDataDir(path: string): void {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new DataDirUnusable(path, `cannot be created (${reason(error)})`);
  }
  if (!statSync(path).isDirectory()) throw new DataDirUnusable(path, 'is not a directory');
  try {
    accessSync(path, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new DataDirUnusable(path, `is not writable by this user (${reason(error)})`);
  }
}

/** Like prepareDataDir for a tool that only reads: the directory must exist already. */
export function requireDataDir(path: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new DataDirUnusable(path, `does not exist (${reason(error)})`);
  }
  if (!isDirectory) throw new DataDirUnusable(path, 'is not a directory');
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
