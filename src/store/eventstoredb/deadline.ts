/** Raised when a call to the server has not settled in time; the adapter turns it into StoreUnavailable. */
export class DeadlineExceeded extends Error {
  readonly code = 'STORE.DEADLINE_EXCEEDED';
  constructor(what: string, milliseconds: number) {
    super(`${what} did not answer within ${milliseconds} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Settles like `work`, or rejects with DeadlineExceeded after `milliseconds` and calls `onTimeout` (to cancel the
 * call). The client gives streaming reads no deadline of their own, and a server that accepts the connection but
 * never answers would otherwise hold the caller forever.
 */
export async function withDeadline<T>(
  work: Promise<T>,
  milliseconds: number,
  what: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new DeadlineExceeded(what, milliseconds));
    }, milliseconds);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
