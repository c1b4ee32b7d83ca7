import type { Server } from 'node:http';

export interface ShutdownTarget {
  app: { server: Pick<Server, 'closeAllConnections'> };
  close(): Promise<void>;
}

export interface ShutdownLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Closes the service, but no longer than `deadlineMs` waiting for requests in flight: after it the connections
 * still open (a stalled upload, a client that never reads) are cut, so the close goes on to stop the projections
 * and close the store. Resolves 'closed' or 'cut'; rejects as close() does.
 */
export async function closeWithDeadline(
  service: ShutdownTarget,
  deadlineMs: number,
  logger: ShutdownLogger,
): Promise<'closed' | 'cut'> {
  let cut = false;
  const timer = setTimeout(() => {
    cut = true;
    logger.warn({ deadlineMs }, 'shutdown deadline reached: cutting the connections still open');
    service.app.server.closeAllConnections();
  }, deadlineMs);
  try {
    await service.close();
  } finally {
    clearTimeout(timer);
  }
  return cut ? 'cut' : 'closed';
}
