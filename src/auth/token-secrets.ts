import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from './roles.js';
import type { NewToken, Principal, TokenInfo } from './token-registry.js';

/**
 * What the SQLite and the PostgreSQL token stores share: the token's form, minting one, checking a presented
 * secret against the stored hash, the row as a principal, and how often a last use is written. Each store keeps
 * only its own statements.
 */

/** A row of the tokens table, as both the SQLite and the PostgreSQL stores read it. */
export interface TokenRow {
  id: string;
  name: string;
  role: string;
  organization: string | null;
  secret_hash: Buffer;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
  last_used_at: string | null;
  plans: string | null;
}

export const TOKEN_PREFIX = 'shp';
// shp_<id>_<secret>: the id finds the row, the secret is compared by hash in constant time.
export const TOKEN_PATTERN = /^shp_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
/** Last use is written at most this often per token: a write per request would cost more than the request. */
export const LAST_USE_RESOLUTION_MS = 60_000;
const plansSchema = z.array(z.string()).nullable();

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** A new token: the text handed to its holder once, and the row's values (the secret only as its hash). */
export interface MintedToken {
  token: string;
  info: TokenInfo;
  secretHash: Buffer;
  /** The plans in scope as the row stores them: a sorted JSON array, or null for every plan. */
  plansJson: string | null;
}

export function mintToken(input: NewToken, now: Date): MintedToken {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const createdAt = now.toISOString();
  const expiresAt = input.expiresAt === undefined ? null : input.expiresAt.toISOString();
  const plans = input.plans === undefined ? null : [...new Set(input.plans)].sort();
  return {
    token: `${TOKEN_PREFIX}_${id}_${secret}`,
    secretHash: hashSecret(secret),
    plansJson: plans === null ? null : JSON.stringify(plans),
    info: {
      id,
      name: input.name,
      role: input.role,
      organization: input.organization,
      plans: plans ?? undefined,
      createdAt,
      revokedAt: null,
      expiresAt,
      lastUsedAt: null,
    },
  };
}

/** The columns a new row is inserted with, in this order, and their values for a minted token. */
export const INSERTED_COLUMNS = 'id, name, role, organization, secret_hash, created_at, expires_at, plans';

export function insertedValues(
  minted: MintedToken,
): [string, string, string, string | null, Buffer, string, string | null, string | null] {
  const { info } = minted;
  return [
    info.id,
    info.name,
    info.role,
    info.organization ?? null,
    minted.secretHash,
    info.createdAt,
    info.expiresAt,
    minted.plansJson,
  ];
}

/** A presented token: its id (null when it has not the token's form) and the hash of its secret. */
export interface PresentedToken {
  id: string | null;
  secretHash: Buffer;
}

export function presentedToken(token: string): PresentedToken {
  const match = TOKEN_PATTERN.exec(token);
  // Hash even when the shape is wrong, so a malformed token costs the same time as a wrong one.
  const secretHash = hashSecret(match?.[2] ?? token);
  return { id: match === null ? null : (match[1] ?? null), secretHash };
}

/** Whether a stored row accepts the presented secret: not revoked, and the hashes equal in constant time. */
export function secretMatches(row: TokenRow | undefined, presented: PresentedToken): row is TokenRow {
  if (row === undefined || row.revoked_at !== null) return false;
  if (row.secret_hash.length !== presented.secretHash.length) return false;
  return timingSafeEqual(row.secret_hash, presented.secretHash);
}

export function principalOf(row: TokenRow): Principal {
  const plans = row.plans === null ? null : plansSchema.parse(JSON.parse(row.plans));
  return {
    id: row.id,
    name: row.name,
    role: roleSchema.parse(row.role),
    organization: row.organization ?? undefined,
    plans: plans ?? undefined,
  };
}

export function toInfo(row: TokenRow): TokenInfo {
  return {
    ...principalOf(row),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

/** When each token's last use was last written: a use is written when none was within LAST_USE_RESOLUTION_MS. */
export class LastUseWrites {
  readonly #written = new Map<string, number>();

  /** True (and noted as written) when this use is to be written. */
  due(id: string, nowMs: number): boolean {
    const written = this.#written.get(id);
    if (written !== undefined && nowMs - written < LAST_USE_RESOLUTION_MS) return false;
    this.#written.set(id, nowMs);
    return true;
  }

  /** The write failed: the next use tries again. */
  failed(id: string): void {
    this.#written.delete(id);
  }
}
