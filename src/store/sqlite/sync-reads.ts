/** Runs a synchronous read as a promise, so that callers see its errors as rejections. */
export function settle<T>(read: () => T): Promise<T> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The message of anything thrown, for a StoreUnavailable that names its cause. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
