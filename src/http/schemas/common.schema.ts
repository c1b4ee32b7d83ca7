import { z } from 'zod';
import { PartyKindSchema } from '../../domain/index.js';

/** Positions and revisions: 64-bit integers, written as decimal strings so that no JSON parser rounds them. */
export const DecimalStringSchema = z.string().regex(/^\d+$/).meta({ example: '42' });

/** Instants in responses: ISO 8601 UTC with milliseconds. */
export const InstantOutSchema = z.iso.datetime().meta({ example: '2021-03-01T09:00:00.000Z' });

export const PartyOutSchema = z
  .object({
    id: z.string(),
    kind: PartyKindSchema,
    name: z.string(),
    kommunenummer: z.string().nullable(),
    abbreviation: z.string().optional(),
    partOf: z.string().optional().meta({ description: 'The id of the party this one is a unit of' }),
  })
  .meta({ id: 'Party', description: 'An organisation or body (aktør)' });

export const ActorOutSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    organization: z.string().optional(),
  })
  .meta({ id: 'Actor', description: 'The authenticated principal that recorded an event' });

export const EventSourceOutSchema = z
  .object({
    kind: z.enum(['api', 'import', 'system']),
    document: z.string().optional(),
    locator: z.string().optional(),
    correctionOf: z.string().optional().meta({
      description:
        'On the event a correction recorded: the id of the event it corrects (whose document and locator it keeps)',
    }),
  })
  .meta({
    id: 'EventSource',
    description: 'Where an event came from; imports name the document and a locator',
  });

const eventSummaryShape = {
  eventId: z.string(),
  type: z.string(),
  streamId: z.string(),
  revision: DecimalStringSchema,
  position: DecimalStringSchema,
  recordedAt: InstantOutSchema,
  effectiveAt: InstantOutSchema,
  actor: ActorOutSchema,
  reason: z.string().nullable(),
  source: EventSourceOutSchema,
  correlationId: z.string(),
};

export const EventSummarySchema = z
  .object(eventSummaryShape)
  .meta({ id: 'EventSummary', description: 'The envelope of a stored event, without its payload' });

export { eventSummaryShape };

export const ValueChangeSchema = z
  .object({ field: z.string(), before: z.unknown(), after: z.unknown() })
  .meta({ id: 'ValueChange', description: 'One field as it was just before and just after a change' });

export const ItemsChangeSchema = z
  .object({ field: z.string(), added: z.array(z.unknown()), removed: z.array(z.unknown()) })
  .meta({
    id: 'ItemsChange',
    description:
      'A collection (notes, responsible, participants, funding): only the items that came and left',
  });

export const FieldChangeSchema = z.union([ValueChangeSchema, ItemsChangeSchema]).meta({ id: 'FieldChange' });

/** The answer to every command. */
export const WriteResultSchema = z
  .object({
    id: z.string().optional().meta({ description: 'The id of what was created (creates only)' }),
    revision: DecimalStringSchema.meta({ description: "The stream's new revision: the next If-Match" }),
    position: DecimalStringSchema.meta({ description: 'Global position of the last event appended' }),
    eventIds: z.array(z.string()).meta({ description: 'The events appended, in order' }),
  })
  .meta({
    id: 'WriteResult',
    example: {
      revision: '3',
      position: '1207',
      eventIds: ['0b7f6c1e-4a55-4b8e-9a43-2f1d3f0c9e21'],
    },
  });

/** The largest position any store gives (a signed 64-bit integer): past it a query cannot name an event. */
export const MAX_POSITION = 2n ** 63n - 1n;

/** A position in a query: a decimal from 0 to 2^63 − 1, else 400 naming the parameter. */
export const PositionQuerySchema = z
  .string()
  .regex(/^\d{1,19}$/, { message: 'a whole number from 0 to 9223372036854775807' })
  // zod runs the refinement after a failed regex too: only digits reach BigInt.
  .refine((value) => !/^\d+$/.test(value) || BigInt(value) <= MAX_POSITION, {
    message: 'at most 9223372036854775807 (2^63 − 1)',
  })
  .meta({ description: 'A position in the log', example: '126' });

/** A tree size of the log-wide Merkle tree in a query (the number of events a signed head covers). */
export const TreeSizeQuerySchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: 'A tree size (the treeSize of a signed log head)', example: 126 });
