import type { Role } from './roles.js';

/**
 * The port of the access tokens (docs/api.md, "Tokens"): what the HTTP layer and the CLI ask of them, whichever
 * database keeps them (SQLite beside the embedded store, PostgreSQL beside it there). Only a hash of each
 * secret is kept; a token is shown once, when it is created.
 */

/** The principal a valid token stands for; it becomes the `actor` of every event the request appends. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  organization?: string | undefined;
  /** The plans this token may read and change; undefined: every plan (an unscoped token). */
  plans?: readonly string[] | undefined;
}

export interface TokenInfo extends Principal {
  createdAt: string;
  revokedAt: string | null;
  /** When the token stops being accepted; null: never. */
  expiresAt: string | null;
  /** The last request made with it (recorded at most once a minute); null: never used. */
  lastUsedAt: string | null;
}

export interface NewToken {
  name: string;
  role: Role;
  organization?: string | undefined;
  /** Absent: never expires. */
  expiresAt?: Date | undefined;
  /** Absent: every plan. */
  plans?: readonly string[] | undefined;
}

/** A token that was valid and has expired: refused with its own code, so its holder knows to get a new one. */
export interface ExpiredToken {
  expired: true;
  id: string;
  expiresAt: string;
}

/** A value now (SQLite answers synchronously) or later (PostgreSQL). */
export type MaybePromise<T> = T | Promise<T>;

export interface TokenRegistry {
  create(input: NewToken): MaybePromise<{ token: string; info: TokenInfo }>;
  /** The principal of a valid, unrevoked, unexpired token; ExpiredToken past its expiry; null otherwise. */
  authenticate(token: string): MaybePromise<Principal | ExpiredToken | null>;
  revoke(id: string): MaybePromise<boolean>;
  list(): MaybePromise<TokenInfo[]>;
}

export function isExpired(result: Principal | ExpiredToken | null): result is ExpiredToken {
  return result !== null && 'expired' in result;
}
