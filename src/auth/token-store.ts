import type { ApiDatabase } from './api-database.js';
import {
  INSERTED_COLUMNS,
  insertedValues,
  LastUseWrites,
  mintToken,
  presentedToken,
  principalOf,
  secretMatches,
  toInfo,
  type PresentedToken,
  type TokenRow,
} from './token-secrets.js';
import type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';

export type { ExpiredToken, NewToken, Principal, TokenInfo, TokenRegistry } from './token-registry.js';
export { LAST_USE_RESOLUTION_MS } from './token-secrets.js';

// Tokens verified since the table last changed, at most this many (a deployment has tens).
const VERIFIED_KEPT = 1_000;

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
  private readonly lastUse = new LastUseWrites();

  constructor(
    private readonly db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.byId = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE id = ?');
    this.insert = db.prepare(`INSERT INTO tokens (${INSERTED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.revokeStatement = db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
    this.touch = db.prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?');
    this.all = db.prepare<[], TokenRow>('SELECT * FROM tokens ORDER BY created_at, id');
    this.dataVersion = db.prepare<[], unknown>('PRAGMA data_version').pluck();
  }

  create(input: NewToken): { token: string; info: TokenInfo } {
    const minted = mintToken(input, this.clock());
    this.insert.run(...insertedValues(minted));
    return { token: minted.token, info: minted.info };
  }

  /** The principal of a valid token; revocation and expiry take effect on the next request. */
  authenticate(token: string): Principal | ExpiredToken | null {
    const presented = presentedToken(token);
    const { id } = presented;
    if (id === null) return null;
    const key = `${id}:${presented.secretHash.toString('base64')}`;
    this.forgetVerifiedIfChanged();
    const found = this.verified.get(key) ?? this.verify(id, presented, key);
    if (found === null) return null;
    const nowMs = this.clock().getTime();
    if (nowMs >= found.expiresMs) return { expired: true, id, expiresAt: found.expiresAt ?? '' };
    this.recordUse(id, nowMs);
    return found.principal;
  }

  private verify(id: string, presented: PresentedToken, key: string): Verified | null {
    const row = this.byId.get(id);
    if (!secretMatches(row, presented)) return null;
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
    if (!this.lastUse.due(id, nowMs)) return;
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    try {
      this.db.pragma('busy_timeout = 0');
      this.touch.run(new Date(nowMs).toISOString(), id);
    } catch {
      this.lastUse.failed(id);
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
