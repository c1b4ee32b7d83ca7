import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ApiDatabase } from './api-database.js';
import { roleSchema } from './roles.js';
import type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';

export type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';

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
const plansSchema = z.array(z.string()).nullable();

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

// Tokens verified since the table last changed, at most this many (a deployment has tens).
const VERIFIED_KEPT = 1_000;
/** Last use is written at most this often per token: a write per request would cost more than the request. */
export const LAST_USE_RESOLUTION_MS = 60_000;

interface Verified {
  principal: Principal;
  expiresMs: number;
  expiresAt: string | null;
}

/** Access tokens in the API's SQLite database (TokenRegistry): only a hash of each secret is stored. */
export class TokenStore implements TokenRegistry {
  private readonly byId;
  private readonly insert;
  private readonly revokeStatement;
  private readonly touch;
  private readonly all;
  private readonly dataVersion;
  /**
   * Principals of tokens verified already, by token id and secret hash: a request then costs a hash and a map
   * lookup instead of a row read and a constant-time compare. Emptied whenever the database changes, here or in
   * another process (`npm run token -- revoke`), so a revocation still counts from the next request on.
   */
  private readonly verified = new Map<string, Verified>();
  private verifiedAtVersion: unknown = null;
  /** When each token's last use was last written, in ms. */
  private readonly lastUseWritten = new Map<string, number>();

  constructor(
    private readonly db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.byId = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE id = ?');
    this.insert = db.prepare(
      'INSERT INTO tokens (id, name, role, organization, secret_hash, created_at, expires_at, plans) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.revokeStatement = db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
    this.touch = db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?');
    this.all = db.prepare<[], TokenRow>('SELECT * FROM tokens ORDER BY created_at, id');
    this.dataVersion = db.prepare<[], unknown>('PRAGMA data_version').pluck();
  }

  create(input: NewToken): { token: string; info: TokenInfo } {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const createdAt = this.clock().toISOString();
    const expiresAt = input.expiresAt === undefined ? null : input.expiresAt.toISOString();
    const plans = input.plans === undefined ? null : [...new Set(input.plans)].sort();
    this.insert.run(
      id,
      input.name,
      input.role,
      input.organization ?? null,
      hashSecret(secret),
      createdAt,
      expiresAt,
      plans === null ? null : JSON.stringify(plans),
    );
    return {
      token: `${TOKEN_PREFIX}_${id}_${secret}`,
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

  /** The principal of a valid token; revocation and expiry take effect on the next request. */
  authenticate(token: string): Principal | ExpiredToken | null {
    const match = TOKEN_PATTERN.exec(token);
    // Hash even when the shape is wrong, so a malformed token costs the same time as a wrong one.
    const presented = hashSecret(match?.[2] ?? token);
    if (!match) return null;
    const id = match[1] ?? '';
    const key = `${id}:${presented.toString('base64')}`;
    this.forgetVerifiedIfChanged();
    const found = this.verified.get(key) ?? this.verify(id, presented, key);
    if (found === null) return null;
    const nowMs = this.clock().getTime();
    if (nowMs >= found.expiresMs) return { expired: true, id, expiresAt: found.expiresAt ?? '' };
    this.recordUse(id, nowMs);
    return found.principal;
  }

  private verify(id: string, presented: Buffer, key: string): Verified | null {
    const row = this.byId.get(id);
    if (!row || row.revoked_at !== null || row.secret_hash.length !== presented.length) return null;
    if (!timingSafeEqual(row.secret_hash, presented)) return null;
    const verified: Verified = {
      principal: Object.freeze(principalOf(row)),
      expiresMs: row.expires_at === null ? Number.POSITIVE_INFINITY : Date.parse(row.expires_at),
      expiresAt: row.expires_at,
    };
    if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
    this.verified.set(key, verified);
    return verified;
  }

  /**
   * Best effort, never in the request's way: a database another process holds locked, or a full disk, costs the
   * record of this use and nothing else (no wait: busy_timeout 0 for this one write), and it is tried again later.
   */
  private recordUse(id: string, nowMs: number): void {
    const written = this.lastUseWritten.get(id);
    if (written !== undefined && nowMs - written < LAST_USE_RESOLUTION_MS) return;
    this.lastUseWritten.set(id, nowMs);
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    try {
      this.db.pragma('busy_timeout = 0');
      this.touch.run(new Date(nowMs).toISOString(), id);
    } catch {
      this.lastUseWritten.delete(id);
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  revoke(id: string): boolean {
    this.verified.clear();
    return this.revokeStatement.run(this.clock().toISOString(), id).changes === 1;
  }

  /** PRAGMA data_version moves when another connection commits; this connection's own writes clear directly. */
  private forgetVerifiedIfChanged(): void {
    const version = this.dataVersion.get();
    if (version !== this.verifiedAtVersion) {
      this.verified.clear();
      this.verifiedAtVersion = version;
    }
  }

  list(): TokenInfo[] {
    return this.all.all().map(toInfo);
  }
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
