import { nameBasedUuid } from '../application/index.js';

/**
 * The event id an imported fact gets: a name-based uuid (RFC 9562 version 8, from sha256) of its import key. The
 * same fact always gets the same id, so "is it imported already?" is "is this id in its stream?", which holds after
 * a partial import and when a document later gains facts.
 */
export function importEventId(key: string): string {
  return nameBasedUuid('samhandlingsplan:import', key);
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
