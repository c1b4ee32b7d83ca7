import { readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SignedLogHead } from './signed-log-head.js';

/** The last signed head the server verified the log up to, kept in DATA_DIR for the next start (docs/audit.md). */
export const VERIFIED_HEAD_FILE = 'audit-head.json';

const headSchema = z.strictObject({
  treeSize: z.number().int().min(0),
  position: z
    .string()
    .regex(/^\d{1,19}$/)
    .nullable(),
  rootHash: z.string().regex(/^[0-9a-f]{64}$/),
  timestamp: z.iso.datetime(),
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().min(1).max(200),
});

export function verifiedHeadPath(dataDir: string): string {
  return join(dataDir, VERIFIED_HEAD_FILE);
}

export class UnreadableVerifiedHead extends Error {
  readonly code = 'AUDIT.UNREADABLE_HEAD';
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableVerifiedHead';
  }
}

/** The kept head, or null when there is none yet (a first start); UnreadableVerifiedHead when it is damaged. */
export function readVerifiedHead(path: string): SignedLogHead | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UnreadableVerifiedHead(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UnreadableVerifiedHead(`${path} is not JSON`);
  }
  const parsed = headSchema.safeParse(json);
  if (!parsed.success) throw new UnreadableVerifiedHead(`${path} is not a signed log head`);
  return parsed.data;
}

/** Replaces the kept head atomically (written, synced, renamed), owner-only; off the event loop. */
export async function writeVerifiedHead(path: string, head: SignedLogHead): Promise<void> {
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w', 0o600);
  try {
    await file.writeFile(`${JSON.stringify(head)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}
