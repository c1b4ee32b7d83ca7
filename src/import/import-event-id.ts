import { createHash } from 'node:crypto';

/**
 * The event id an imported fact gets: a name-based uuid (RFC 9562 version 8, from sha256) of its import key. The
 * same fact always gets the same id, so "is it imported already?" is "is this id in its stream?", which holds after
 * a partial import and when a document later gains facts.
 */
export function importEventId(key: string): string {
  const bytes = createHash('sha256').update(`samhandlingsplan:import:${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Event ids for the command handler while one fact is decided: the first event of the fact gets the key's id,
 * any further one (no import command decides more than one today) a numbered variant, equally deterministic.
 */
export class ImportEventIds {
  #key = '';
  #count = 0;

  /** Starts the ids of the fact with this key. */
  use(key: string): void {
    this.#key = key;
    this.#count = 0;
  }

  readonly next = (): string => {
    const n = this.#count++;
    return importEventId(n === 0 ? this.#key : `${this.#key}#${n}`);
  };
}
