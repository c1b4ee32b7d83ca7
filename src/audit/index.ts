// Audit integrity (docs/audit.md): the hash chains, the log-wide Merkle tree and its signed heads, and digests of
// the stream heads to keep elsewhere.
export {
  checkpointAt,
  verifyCheckpoint,
  verifyEventStore,
  type ChainVerification,
  type CheckpointVerification,
  type KeptLogHead,
  type StreamHeadDigest,
  type VerifyOptions,
} from './chain-verification.js';
export type { BrokenLink, BrokenLinkProblem } from './link-checks.js';
export { AuditLog, type AuditLogOptions, type AuditLogState } from './audit-log.js';
export { AuditLogBroken, withSignedLogHeads } from './log-head-commands.js';
export { loadOrCreateSigningKey, readSigningKey, type LogSigningKey } from './log-signing-key.js';
export {
  logHeadHeaderValue,
  verifyLogHeadSignature,
  LOG_HEAD_HEADER,
  type SignedLogHead,
} from './signed-log-head.js';
export { readVerifiedHead, verifiedHeadPath, writeVerifiedHead } from './verified-head.file.js';
