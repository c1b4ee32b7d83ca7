import type { LogSigningKey } from './log-signing-key.js';

/**
 * A signed head of the log-wide Merkle tree (like a Certificate Transparency signed tree head): the number of
 * events, the position of the last one, the RFC 6962 root over them, when it was signed and by which key.
 */
export interface SignedLogHead {
  treeSize: number;
  /** Position of the last event in the tree (null for an empty log). */
  position: string | null;
  /** RFC 6962 Merkle tree hash, hex. */
  rootHash: string;
  /** When the head was signed (ISO 8601 UTC). */
  timestamp: string;
  /** sha256 hex of the signing key's public key (SPKI DER), as GET /audit/public-key gives it. */
  keyId: string;
  /** Ed25519 signature, base64, over signedLogHeadMessage. */
  signature: string;
}

export type UnsignedLogHead = Omit<SignedLogHead, 'signature' | 'keyId'>;

/** The header every write answer carries (docs/audit.md). */
export const LOG_HEAD_HEADER = 'audit-log-head';

/** The exact bytes signed (UTF-8): a fixed first line, then one field per line, each line ending in \n. */
export function signedLogHeadMessage(head: UnsignedLogHead): string {
  return `samhandlingsplan signed log head v1\n${head.treeSize}\n${head.position ?? ''}\n${head.rootHash}\n${head.timestamp}\n`;
}

export function signLogHead(key: LogSigningKey, head: UnsignedLogHead): SignedLogHead {
  return { ...head, keyId: key.keyId, signature: key.sign(signedLogHeadMessage(head)) };
}

export function verifyLogHeadSignature(key: Pick<LogSigningKey, 'verify'>, head: SignedLogHead): boolean {
  try {
    return key.verify(signedLogHeadMessage(head), head.signature);
  } catch {
    return false;
  }
}

/** The head as an RFC 8941 dictionary of strings: `tree-size="8", position="8", root-hash="…", …`. */
export function logHeadHeaderValue(head: SignedLogHead): string {
  return [
    `tree-size="${head.treeSize}"`,
    `position="${head.position ?? ''}"`,
    `root-hash="${head.rootHash}"`,
    `timestamp="${head.timestamp}"`,
    `key-id="${head.keyId}"`,
    `signature="${head.signature}"`,
  ].join(', ');
}
