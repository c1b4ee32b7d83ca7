/**
 * Runs tasks one at a time per key, in the order they arrive; tasks for different keys run freely. The command
 * handler keys it by stream, so commands on one stream in this process queue up instead of racing each other into
 * version conflicts (retries then only handle writers in other processes).
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.#tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Keys with a task running or waiting; for tests and diagnostics. */
  get activeKeys(): number {
    return this.#tails.size;
  }
}
