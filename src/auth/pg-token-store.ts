import { StoreUnavailable } from '../store/index.js';
import type { PgApiDatabase } from './pg-api-database.js';
import type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';
import {
  INSERTED_COLUMNS,
  insertedValues,
  LastUseWrites,
  mintToken,
  presentedToken,
  principalOf,
  secretMatches,
  toInfo,
  type TokenRow,
} from './token-secrets.js';

const COLUMNS =
  'id, name, role, organization, secret_hash, created_at, revoked_at, expires_at, last_used_at, plans';

/**
 * Access tokens in PostgreSQL (TokenRegistry), shared by every replica: a token made with `npm run token` against
 * DATABASE_URL is accepted by all of them, and a revocation counts on each from its next request, since every
 * authentication reads the token's row (by primary key). The token's form, minting and secret check are token-secrets.ts's, as TokenStore's are.
 */
export class PgTokenStore implements TokenRegistry {
  readonly #lastUse = new LastUseWrites();

  constructor(
    private readonly db: PgApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewToken): Promise<{ token: string; info: TokenInfo }> {
    const minted = mintToken(input, this.clock());
    await this.#query(
      `INSERT INTO api_tokens (${INSERTED_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      insertedValues(minted),
    );
    return { token: minted.token, info: minted.info };
  }

  async authenticate(token: string): Promise<Principal | ExpiredToken | null> {
    const presented = presentedToken(token);
    const { id } = presented;
    if (id === null) return null;
    const rows = await this.#query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    const row = rows[0];
    if (!secretMatches(row, presented)) return null;
    const nowMs = this.clock().getTime();
    if (row.expires_at !== null && nowMs >= Date.parse(row.expires_at)) {
      return { expired: true, id, expiresAt: row.expires_at };
    }
    this.#recordUse(id, nowMs);
    return Object.freeze(principalOf(row));
  }

  /** Best effort and not awaited: a failed write costs the record of this use only. */
  #recordUse(id: string, nowMs: number): void {
    if (!this.#lastUse.due(id, nowMs)) return;
    this.db
      .query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [new Date(nowMs).toISOString(), id])
      .catch(() => this.#lastUse.failed(id));
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
