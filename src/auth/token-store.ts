import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiDatabase } from './api-database.js';
import { roleSchema, type Role } from './roles.js';

/** The principal a valid token stands for; it becomes the `actor` of every event the request appends. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  organization?: string | undefined;
}

export interface TokenInfo extends Principal {
  createdAt: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  role: string;
  organization: string | null;
  secret_hash: Buffer;
  created_at: string;
  revoked_at: string | null;
}

const TOKEN_PREFIX = 'shp';
// shp_<id>_<secret>: the id finds the row, the secret is compared by hash in constant time.
const TOKEN_PATTERN = /^shp_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

// Tokens verified since the table last changed, at most this many (a deployment has tens).
const VERIFIED_KEPT = 1_000;

/** Access tokens: only a hash of each secret is stored; the token itself is shown once, when it is created. */
export class TokenStore {
  private readonly byId;
  private readonly insert;
  private readonly revokeStatement;
  private readonly all;
  private readonly dataVersion;
  /**
   * Principals of tokens verified already, by token id and secret hash: a request then costs a hash and a map
   * lookup instead of a row read and a constant-time compare. Emptied whenever the database changes, here or in
   * another process (`npm run token -- revoke`), so a revocation still counts from the next request on.
   */
  private readonly verified = new Map<string, Principal>();
  private verifiedAtVersion: unknown = null;

  constructor(
    private readonly db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.byId = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE id = ?');
    this.insert = db.prepare(
      'INSERT INTO tokens (id, name, role, organization, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.revokeStatement = db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
    this.all = db.prepare<[], TokenRow>('SELECT * FROM tokens ORDER BY created_at, id');
    this.dataVersion = db.prepare<[], unknown>('PRAGMA data_version').pluck();
  }

  create(input: { name: string; role: Role; organization?: string | undefined }): {
    token: string;
    info: TokenInfo;
  } {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const createdAt = this.clock().toISOString();
    this.insert.run(id, input.name, input.role, input.organization ?? null, hashSecret(secret), createdAt);
    return {
      token: `${TOKEN_PREFIX}_${id}_${secret}`,
      info: {
        id,
        name: input.name,
        role: input.role,
        organization: input.organization,
        createdAt,
        revokedAt: null,
      },
    };
  }

  /** The principal of a valid, unrevoked token, or null. Revocation takes effect on the next request. */
  authenticate(token: string): Principal | null {
    const match = TOKEN_PATTERN.exec(token);
    // Hash even when the shape is wrong, so a malformed token costs the same time as a wrong one.
    const presented = hashSecret(match?.[2] ?? token);
    if (!match) return null;
    const id = match[1] ?? '';
    const key = `${id}:${presented.toString('base64')}`;
    this.forgetVerifiedIfChanged();
    const known = this.verified.get(key);
    if (known !== undefined) return known;
    const row = this.byId.get(id);
    if (!row || row.revoked_at !== null || row.secret_hash.length !== presented.length) return null;
    if (!timingSafeEqual(row.secret_hash, presented)) return null;
    const principal = Object.freeze(toInfo(row));
    if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
    this.verified.set(key, principal);
    return principal;
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

function toInfo(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    name: row.name,
    role: roleSchema.parse(row.role),
    organization: row.organization ?? undefined,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
