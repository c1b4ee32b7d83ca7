// Audit integrity (docs/audit.md): recompute the hash chains, and digests of the stream heads to keep elsewhere.
export {
  checkpointAt,
  verifyCheckpoint,
  verifyEventStore,
  type BrokenLink,
  type BrokenLinkProblem,
  type ChainVerification,
  type CheckpointVerification,
  type StreamHeadDigest,
} from './chain-verification.js';
export { openReadOnlySqliteLog, type ReadOnlyEventLog } from './read-only-sqlite-log.js';
