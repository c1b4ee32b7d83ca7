// Sending a command from a form: with If-Match (the ETag the panel read), so an edit made meanwhile by someone else
// is a 412 the page offers to reload for; every other problem is put in words (ApiError carries them).
import { useState } from 'preact/hooks';
import { ApiError, type Api } from '../api.js';
import { messageOf } from './messages.js';

export interface Command {
  /** Posts `body` to `path`; says `done` and calls `onTaken` when the API takes it. `conditional: false` sends no If-Match. */
  send(path: string, body: unknown, done: string, conditional?: boolean): Promise<boolean>;
  /** A problem in words (or null), from a command or from `fail`. */
  error: string | null;
  /** A 412: someone else changed what the panel shows since it read it. */
  conflict: boolean;
  /** What the last command that was taken did, in words. */
  done: string | null;
  /** Shows another problem (the panel's own loading) in the same place; null clears it. */
  fail(cause: unknown): void;
  /** Forgets the conflict (the panel reloads). */
  resolve(): void;
}

export function useCommand(api: Api, etag: string | null, onTaken: () => void): Command {
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function send(path: string, body: unknown, what: string, conditional = true): Promise<boolean> {
    setError(null);
    setDone(null);
    try {
      await api.post(path, body, conditional ? (etag ?? undefined) : undefined);
      setConflict(false);
      setDone(what);
      onTaken();
      return true;
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 412) setConflict(true);
      else setError(messageOf(cause));
      return false;
    }
  }
  return {
    send,
    error,
    conflict,
    done,
    fail: (cause) => setError(cause === null ? null : messageOf(cause)),
    resolve: () => setConflict(false),
  };
}
