/**
 * Runs tasks one at a time in call order. Appends of one process go through it so that recordedAt (taken before the
 * write) and position (given by the server at the write) rise together, and so that writers of one process never
 * race each other for a stream's expected revision.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when every task queued so far has settled. */
  drain(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    async drain(): Promise<void> {
      await tail;
    },
  };
}
