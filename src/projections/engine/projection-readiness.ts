import type { EventStore } from '../../store/index.js';

/** Why the service is not ready, as `/health/ready` names it. */
export type NotReadyReason =
  'catching-up' | 'store-unreachable' | 'subscription-stopped' | 'projections-behind' | 'audit-log-building';

export type ReadinessState =
  | { ready: true; position: bigint | null }
  | { ready: false; reason: NotReadyReason; position: bigint | null };

export interface ReadinessSources {
  store: Pick<EventStore, 'headPosition'>;
  projections: { isCaughtUp(): boolean; isSubscribed(): boolean; position(): bigint | null };
  /** False while the audit log's tree is still being built and checked against its kept head at start. */
  auditLogVerified?: () => boolean;
  /** Events the projections may trail the log by and still serve reads as ready. */
  maxLagEvents?: number;
  /** A store that does not tell its head within this is unreachable. */
  storeTimeoutMs?: number;
}

/** Past this many events behind the log, reads would answer from a stale state: not ready. */
export const DEFAULT_MAX_LAG_EVENTS = 10_000;
const DEFAULT_STORE_TIMEOUT_MS = 2_000;

/**
 * Readiness asked afresh on every call, so that it falls to not-ready when the store cannot be read, the
 * projections' subscription has stopped (it resubscribes by itself) or they fall behind, and returns to ready by
 * itself once that has passed.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<ReadinessState> {
  const position = sources.projections.position();
  if (!sources.projections.isCaughtUp()) return { ready: false, reason: 'catching-up', position };
  if (!sources.projections.isSubscribed()) return { ready: false, reason: 'subscription-stopped', position };
  if (sources.auditLogVerified?.() === false) return { ready: false, reason: 'audit-log-building', position };
  const head = await headWithin(sources.store, sources.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS);
  if (head === 'unreachable') return { ready: false, reason: 'store-unreachable', position };
  const lag = head === null ? 0n : head - (position ?? 0n);
  if (lag > BigInt(sources.maxLagEvents ?? DEFAULT_MAX_LAG_EVENTS)) {
    return { ready: false, reason: 'projections-behind', position };
  }
  return { ready: true, position };
}

async function headWithin(
  store: Pick<EventStore, 'headPosition'>,
  timeoutMs: number,
): Promise<bigint | null | 'unreachable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'unreachable'>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), timeoutMs);
  });
  try {
    return await Promise.race([store.headPosition().catch(() => 'unreachable' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
