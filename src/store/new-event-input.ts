import { canonicalJson } from '../shared/index.js';
import type { Actor, EventSource, NewEvent } from './event-store.js';
import { normalizeIsoInstant } from './iso-instant.js';

/**
 * A NewEvent checked and put in the form it is stored and hashed in. Actor, source and data are kept both as
 * canonical JSON text (what the row holds) and as the value a read would parse back from it, so the event an
 * append returns, the event a read returns and the event the hash was computed over are the same.
 */
export interface PreparedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  /** ISO 8601 UTC with milliseconds, or null to take the batch's recordedAt. */
  effectiveAt: string | null;
  actor: Actor;
  actorJson: string;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  source: EventSource;
  sourceJson: string;
  data: unknown;
  dataJson: string;
}

/**
 * Checks what the store itself relies on (higher layers validate the rest) and normalises it.
 * Throws a TypeError naming the field, so that garbage never reaches the log.
 */
export function prepareNewEvent(event: NewEvent): PreparedEvent {
  requireText(event.eventId, 'eventId');
  requireText(event.type, 'type');
  requireText(event.correlationId, 'correlationId');
  if (!Number.isSafeInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw new TypeError(`event ${event.eventId}: schemaVersion must be a positive integer`);
  }
  const actor = copyActor(event.actor, event.eventId);
  const source = copySource(event.source, event.eventId);
  const dataJson = canonicalJson(event.data);
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    effectiveAt: normalizeEffectiveAt(event.effectiveAt, event.eventId),
    actor,
    actorJson: canonicalJson(actor),
    reason: optionalText(event.reason, 'reason', event.eventId),
    correlationId: event.correlationId,
    causationId: optionalText(event.causationId, 'causationId', event.eventId),
    source,
    sourceJson: canonicalJson(source),
    // Parsing the canonical text turns bigints and Dates into the strings a read gives back.
    data: JSON.parse(dataJson) as unknown,
    dataJson,
  };
}

function normalizeEffectiveAt(effectiveAt: string | undefined, eventId: string): string | null {
  if (effectiveAt === undefined) return null;
  const instant = typeof effectiveAt === 'string' ? normalizeIsoInstant(effectiveAt) : null;
  if (instant === null) {
    throw new TypeError(
      `event ${eventId}: effectiveAt ${JSON.stringify(effectiveAt)} is not an ISO 8601 instant`,
    );
  }
  return instant;
}

/** A copy with only the fields of Actor: whatever else a caller's principal object carries is not stored. */
function copyActor(actor: Actor, eventId: string): Actor {
  if (typeof actor !== 'object' || actor === null) throw new TypeError(`event ${eventId}: actor is missing`);
  requireNonEmpty(actor.id, 'actor.id');
  requireNonEmpty(actor.name, 'actor.name');
  requireNonEmpty(actor.role, 'actor.role');
  if (actor.organization === undefined) return { id: actor.id, name: actor.name, role: actor.role };
  if (typeof actor.organization !== 'string')
    throw new TypeError(`event ${eventId}: actor.organization must be a string`);
  return { id: actor.id, name: actor.name, role: actor.role, organization: actor.organization };
}

function copySource(source: EventSource, eventId: string): EventSource {
  if (typeof source !== 'object' || source === null)
    throw new TypeError(`event ${eventId}: source is missing`);
  switch (source.kind) {
    case 'api':
      if (source.requestDigest !== undefined) requireNonEmpty(source.requestDigest, 'source.requestDigest');
      return {
        kind: 'api',
        ...(source.requestDigest === undefined ? {} : { requestDigest: source.requestDigest }),
        ...correctionOf(source.correctionOf),
      };
    case 'system':
      return { kind: source.kind };
    case 'import':
      requireNonEmpty(source.document, 'source.document');
      requireNonEmpty(source.locator, 'source.locator');
      return {
        kind: 'import',
        document: source.document,
        locator: source.locator,
        ...correctionOf(source.correctionOf),
      };
    default: {
      const unknownSource: never = source;
      throw new TypeError(`event ${eventId}: unknown source ${JSON.stringify(unknownSource)}`);
    }
  }
}

function correctionOf(eventId: string | undefined): { correctionOf?: string } {
  if (eventId === undefined) return {};
  requireNonEmpty(eventId, 'source.correctionOf');
  return { correctionOf: eventId };
}

/** With the u flag this matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Text columns hold UTF-8, which has no form for a lone surrogate: SQLite would store U+FFFD instead, and the
 * hash computed over the original would no longer recompute. JSON columns are safe, JSON escapes them.
 */
export function assertStorableText(value: string, field: string): void {
  if (LONE_SURROGATE.test(value)) throw new TypeError(`${field} contains a lone UTF-16 surrogate`);
}

/** For a text column. */
function requireText(value: unknown, field: string): asserts value is string {
  requireNonEmpty(value, field);
  assertStorableText(value, field);
}

/** For a member of a JSON column (actor, source), where JSON escapes what UTF-8 cannot hold. */
function requireNonEmpty(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${field} must be a non-empty string`);
}

function optionalText(value: string | null | undefined, field: string, eventId: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new TypeError(`event ${eventId}: ${field} must be a string or null`);
  assertStorableText(value, field);
  return value;
}
