import { instantMillis } from '../domain/index.js';
import type { AuditEntry, AuditPage, AuditQuery, EventSummary } from './read-model.js';

interface Entry {
  entry: AuditEntry;
  recordedMs: number;
}

/**
 * Every event by position (= recordedAt order), with a position list per actor, tiltak, plan and type, so a
 * filtered page walks the shortest list that applies rather than the whole log.
 */
export class AuditIndex {
  readonly #entries: Entry[] = [];
  readonly #byKey = new Map<string, number[]>();

  add(summary: EventSummary, data: unknown, owner: { planId: string | null; tiltakId: string | null }): void {
    const index = this.#entries.length;
    const entry: AuditEntry = { ...summary, ...owner, data };
    this.#entries.push({ entry, recordedMs: instantMillis(summary.recordedAt) });
    this.#addKey(`actor:${summary.actor.id}`, index);
    this.#addKey(`type:${summary.type}`, index);
    if (owner.planId !== null) this.#addKey(`plan:${owner.planId}`, index);
    if (owner.tiltakId !== null) this.#addKey(`tiltak:${owner.tiltakId}`, index);
  }

  query(query: AuditQuery): AuditPage {
    const candidates = this.#candidates(query);
    const fromMs = query.from === undefined ? Number.NEGATIVE_INFINITY : instantMillis(query.from);
    const toMs = query.to === undefined ? Number.POSITIVE_INFINITY : instantMillis(query.to);
    const entries: AuditEntry[] = [];
    const length = candidates === null ? this.#entries.length : candidates.length;
    for (let start = this.#firstAfter(candidates, query.after); start < length; start++) {
      const found = this.#entries[this.#indexAt(candidates, start)] as Entry;
      if (found.recordedMs >= toMs) break;
      if (found.recordedMs < fromMs || !matches(found.entry, query)) continue;
      if (entries.length === query.limit) {
        return { entries, nextAfter: (entries.at(-1) as AuditEntry).position };
      }
      entries.push(found.entry);
    }
    return { entries, nextAfter: null };
  }

  #candidates(query: AuditQuery): readonly number[] | null {
    const keys = [
      query.actorId === undefined ? null : `actor:${query.actorId}`,
      query.tiltakId === undefined ? null : `tiltak:${query.tiltakId}`,
      query.planId === undefined ? null : `plan:${query.planId}`,
      query.type === undefined ? null : `type:${query.type}`,
    ].filter((key): key is string => key !== null);
    if (keys.length === 0) return null;
    const lists = keys.map((key) => this.#byKey.get(key) ?? []);
    return lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
  }

  // `null` candidates stand for every entry, without building a list of them all.
  #indexAt(candidates: readonly number[] | null, at: number): number {
    return candidates === null ? at : (candidates[at] as number);
  }

  #firstAfter(candidates: readonly number[] | null, after: bigint | undefined): number {
    const length = candidates === null ? this.#entries.length : candidates.length;
    if (after === undefined) return 0;
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const position = (this.#entries[this.#indexAt(candidates, middle)] as Entry).entry.position;
      if (position <= after) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #addKey(key: string, index: number): void {
    const list = this.#byKey.get(key);
    if (list === undefined) this.#byKey.set(key, [index]);
    else list.push(index);
  }
}

function matches(entry: AuditEntry, query: AuditQuery): boolean {
  return (
    (query.actorId === undefined || entry.actor.id === query.actorId) &&
    (query.tiltakId === undefined || entry.tiltakId === query.tiltakId) &&
    (query.planId === undefined || entry.planId === query.planId) &&
    (query.type === undefined || entry.type === query.type)
  );
}
