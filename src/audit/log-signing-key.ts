import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  createHash,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Ed25519 key that signs log heads; its public half is served at GET /audit/public-key. */
export interface LogSigningKey {
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
  /** sha256 hex of the public key's DER (SPKI): names the key in every signed head. */
  keyId: string;
  sign(message: string): string;
  verify(message: string, signatureBase64: string): boolean;
  /** Set when the key file can be read by others than its owner (a warning for the operator). */
  looseMode: number | null;
}

export const SIGNING_KEY_FILE = 'audit-signing-key.pem';

/**
 * Reads the signing key in DATA_DIR, or creates it on the first start (PKCS#8 PEM, mode 0600). Two processes
 * starting at once agree on one key: the file is created exclusively and a loser reads the winner's.
 */
export function loadOrCreateSigningKey(dataDir: string): LogSigningKey {
  const path = join(dataDir, SIGNING_KEY_FILE);
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const { privateKey } = generateKeyPairSync('ed25519');
    pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
      pem = readFileSync(path, 'utf8');
    }
  }
  const mode = statSync(path).mode & 0o777;
  return signingKeyOf(createPrivateKey(pem), (mode & 0o077) === 0 ? null : mode);
}

/** The signing key in DATA_DIR without creating one (for `npm run verify`); null when there is none. */
export function readSigningKey(dataDir: string): LogSigningKey | null {
  const path = join(dataDir, SIGNING_KEY_FILE);
  if (!existsSync(path)) return null;
  return signingKeyOf(createPrivateKey(readFileSync(path, 'utf8')), null);
}

function signingKeyOf(privateKey: KeyObject, looseMode: number | null): LogSigningKey {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    publicKeyPem,
    keyId: createHash('sha256').update(der).digest('hex'),
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
    verify: (message, signature) =>
      verify(null, Buffer.from(message, 'utf8'), publicKey, Buffer.from(signature, 'base64')),
    looseMode,
  };
}
