import { randomBytes, timingSafeEqual } from 'node:crypto';
import { StoreUnavailable } from '../store/errors.js';
import type { PgApiDatabase } from './pg-api-database.js';
import type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';
import {
  hashSecret,
  LAST_USE_RESOLUTION_MS,
  principalOf,
  TOKEN_PATTERN,
  TOKEN_PREFIX,
  toInfo,
  type TokenRow,
} from './token-store.js';

const COLUMNS =
  'id, name, role, organization, secret_hash, created_at, revoked_at, expires_at, last_used_at, plans';

/**
 * Access tokens in PostgreSQL (TokenRegistry), shared by every replica: a token made with `npm run token` against
 * DATABASE_URL is accepted by all of them, and a revocation counts on each from its next request, since every
 * authentication reads the token's row (by primary key). The token format and hashing are TokenStore's.
 */
export class PgTokenStore implements TokenRegistry {
  /** When each token's last use was last written, in ms. */
  readonly #lastUseWritten = new Map<string, number>();

  constructor(
    private readonly db: PgApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewToken): Promise<{ token: string; info: TokenInfo }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const createdAt = this.clock().toISOString();
    const expiresAt = input.expiresAt === undefined ? null : input.expiresAt.toISOString();
    const plans = input.plans === undefined ? null : [...new Set(input.plans)].sort();
    await this.#query(
      `INSERT INTO api_tokens (id, name, role, organization, secret_hash, created_at, expires_at, plans)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        input.name,
        input.role,
        input.organization ?? null,
        hashSecret(secret),
        createdAt,
        expiresAt,
        plans === null ? null : JSON.stringify(plans),
      ],
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

  async authenticate(token: string): Promise<Principal | ExpiredToken | null> {
    const match = TOKEN_PATTERN.exec(token);
    // Hash even when the shape is wrong, so a malformed token costs the same time as a wrong one.
    const presented = hashSecret(match?.[2] ?? token);
    if (!match) return null;
    const id = match[1] ?? '';
    const rows = await this.#query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    const row = rows[0];
    if (!row || row.revoked_at !== null || row.secret_hash.length !== presented.length) return null;
    if (!timingSafeEqual(row.secret_hash, presented)) return null;
    const nowMs = this.clock().getTime();
    if (row.expires_at !== null && nowMs >= Date.parse(row.expires_at)) {
      return { expired: true, id, expiresAt: row.expires_at };
    }
    this.#recordUse(id, nowMs);
    return Object.freeze(principalOf(row));
  }

  /** Best effort and not awaited: a failed write costs the record of this use only. */
  #recordUse(id: string, nowMs: number): void {
    const written = this.#lastUseWritten.get(id);
    if (written !== undefined && nowMs - written < LAST_USE_RESOLUTION_MS) return;
    this.#lastUseWritten.set(id, nowMs);
    this.db
      .query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [new Date(nowMs).toISOString(), id])
      .catch(() => this.#lastUseWritten.delete(id));
  }

  async revoke(id: string): Promise<boolean> {
    const rows = await this.#query<{ id: string }>(
      'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id',
      [this.clock().toISOString(), id],
    );
    return rows.length === 1;
  }

  async list(): Promise<TokenInfo[]> {
    const rows = await this.#query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`, []);
    return rows.map(toInfo);
  }

  async #query<R extends object>(text: string, values: unknown[]): Promise<R[]> {
    try {
      return (await this.db.query(text, values)).rows as R[];
    } catch (error) {
      throw new StoreUnavailable(`the token table in PostgreSQL cannot be used: ${String(error)}`, {
        cause: error,
      });
    }
  }
}
