import type { z } from 'zod';
import { StoredEventError } from './event-errors.js';
import type { ParsedEvent, StoredEvent } from './stored-event.js';

/** An older schema version of an event and how to lift its data one version up. */
export interface OlderEventVersion {
  schema: z.ZodType;
  upcast(data: unknown): unknown;
}

/**
 * One event type's payload schemas. `schema` is the current version (`schemaVersion`); `olderVersions[n]` reads
 * version n and lifts it to n + 1, so a stored event of any known version is read through a chain of upcasters.
 * A type is never renamed; a breaking payload change adds a version here.
 */
export interface EventTypeSpec<Data = unknown> {
  schemaVersion: number;
  schema: z.ZodType<Data>;
  olderVersions?: Readonly<Record<number, OlderEventVersion>>;
}

/** Types an upcaster by the schema of the version it reads. */
export function olderVersion<Old>(schema: z.ZodType<Old>, upcast: (data: Old) => unknown): OlderEventVersion {
  return { schema, upcast: (data) => upcast(data as Old) };
}

/** Reads a stored payload of any known version as the current version's data. */
export function readEventData<Data>(
  spec: EventTypeSpec<Data>,
  type: string,
  schemaVersion: number,
  data: unknown,
): Data {
  if (schemaVersion > spec.schemaVersion || schemaVersion < 1) {
    throw new StoredEventError('EVENT.UNSUPPORTED_VERSION', `${type} v${schemaVersion} cannot be read`, {
      type,
      schemaVersion,
      currentVersion: spec.schemaVersion,
    });
  }
  let current = data;
  for (let version = schemaVersion; version < spec.schemaVersion; version++) {
    const older = spec.olderVersions?.[version];
    if (older === undefined) {
      throw new StoredEventError('EVENT.UNSUPPORTED_VERSION', `${type} v${version} has no upcaster`, {
        type,
        schemaVersion: version,
      });
    }
    current = older.upcast(parseOrThrow(older.schema, current, type, version));
  }
  return parseOrThrow(spec.schema, current, type, spec.schemaVersion);
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, type: string, version: number): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new StoredEventError('EVENT.INVALID_DATA', `${type} v${version} does not match its schema`, {
      type,
      schemaVersion: version,
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code })),
    });
  }
  return result.data;
}

/**
 * A stored event of one aggregate's streams, its data upcast to the current version and checked. `Event` is the
 * aggregate's event union: `specs` parsed `data` with the schema of its `type`, so the pair is one of its members.
 */
export function parseStoredEvent<Event extends ParsedEvent>(
  stored: StoredEvent,
  specs: Readonly<Record<string, EventTypeSpec>>,
  aggregate: string,
): Event {
  return parseUncached<Event>(stored, specs, aggregate);
}

/**
 * A stored event as a replay of the whole log reads it (the projections at start-up). The domain checked every
 * payload of the current version when it decided the event, and the store keeps it unchanged, so that data is
 * taken as stored: the event returned is `stored` itself, with no copy. An older version is still read through
 * its schemas and upcasters (into a new event), and what the domain cannot read at all still throws: an unknown
 * type, an unsupported version, a payload that is not an object. A payload written around the domain (by hand
 * in the database) is not checked field by field here; the command side, which parses every event it folds,
 * still refuses it.
 */
export function readTrustedStoredEvent<Event extends ParsedEvent>(
  stored: StoredEvent,
  specs: Readonly<Record<string, EventTypeSpec>>,
  aggregate: string,
): Event {
  const { type, schemaVersion, data } = stored;
  const spec = Object.hasOwn(specs, type) ? specs[type] : undefined;
  if (spec === undefined || schemaVersion !== spec.schemaVersion) {
    return parseUncached<Event>(stored, specs, aggregate);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoredEventError('EVENT.INVALID_DATA', `${type} v${schemaVersion} has no object as its data`, {
      type,
      schemaVersion,
      issues: [{ path: '', code: 'invalid_type' }],
    });
  }
  // The parsed event's fields are a subset of the stored event's, with data of the type's schema (checked above).
  return stored as unknown as Event;
}

function parseUncached<Event extends ParsedEvent>(
  stored: StoredEvent,
  specs: Readonly<Record<string, EventTypeSpec>>,
  aggregate: string,
): Event {
  const { type } = stored;
  const spec = Object.hasOwn(specs, type) ? specs[type] : undefined;
  if (spec === undefined) {
    throw new StoredEventError('EVENT.UNKNOWN_TYPE', `${type} is not a ${aggregate} event`, {
      type,
      streamId: stored.streamId,
    });
  }
  const data = readEventData<unknown>(spec, type, stored.schemaVersion, stored.data);
  return {
    eventId: stored.eventId,
    type,
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    recordedAt: stored.recordedAt,
    effectiveAt: stored.effectiveAt,
    reason: stored.reason,
    data,
  } as Event;
}
