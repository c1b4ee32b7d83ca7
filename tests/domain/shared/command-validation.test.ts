import t from 'tap';
import { z } from 'zod';
import {
  ChangeTiltakStatusSchema,
  CommandError,
  commandSchemas,
  parseCommand,
  type CommandInput,
} from '../../../src/domain/index.js';
import { ACTOR, DEFAULT_NOW } from '../given-when-then.js';

// Bad input never reaches decide: every command's data is parsed by its schema first.

const metadata = { now: DEFAULT_NOW, actor: ACTOR };

function refusal(input: CommandInput): CommandError {
  try {
    parseCommand(input, metadata);
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error(`${input.type} was accepted`);
}

function invalidPaths(input: CommandInput): string[] {
  const error = refusal(input);
  if (error.code !== 'COMMAND.INVALID') throw new Error(`refused with ${error.code}`);
  return [...new Set(error.issues.map((issue) => issue.path))];
}

const status = (data: Record<string, unknown>) => ({
  type: 'ChangeTiltakStatus',
  data: { tiltakId: 'tiltak-1', status: 'IN_PROGRESS', ...data },
});

t.test('an unknown command type is refused', async (t) => {
  t.equal(refusal({ type: 'DeleteTiltak', data: {} }).code, 'COMMAND.UNKNOWN_TYPE');
  t.equal(refusal({ type: 'toString', data: {} }).code, 'COMMAND.UNKNOWN_TYPE');
});

t.test('unknown fields are refused, at any depth', async (t) => {
  t.strictSame(invalidPaths(status({ actor: 'me' })), ['']);
  t.strictSame(
    invalidPaths({
      type: 'CorrectTiltakEvent',
      data: {
        tiltakId: 'tiltak-1',
        eventId: 'e1',
        reason: 'Feil',
        replacement: { type: 'NoteProgress', data: { text: 'Notat', recordedAt: DEFAULT_NOW } },
      },
    }),
    ['replacement.data'],
  );
});

t.test('a status outside the vocabulary is refused, and so is null as a new status', async (t) => {
  t.strictSame(invalidPaths(status({ status: 'DONE' })), ['status']);
  t.strictSame(invalidPaths(status({ status: null })), ['status']);
});

t.test('text fields have length limits and must not be blank', async (t) => {
  const create = (data: Record<string, unknown>) => ({
    type: 'CreateTiltak',
    data: { tiltakId: 'tiltak-1', planId: 'plan-1', tiltaksomradeId: 'to-1', title: 'Tittel', ...data },
  });
  t.strictSame(invalidPaths(create({ title: 'x'.repeat(301) })), ['title']);
  t.strictSame(invalidPaths(create({ title: '   ' })), ['title']);
  t.strictSame(invalidPaths(create({ description: 'x'.repeat(5001) })), ['description']);
  t.strictSame(invalidPaths(status({ reason: 'x'.repeat(2001) })), ['reason']);
  t.doesNotThrow(() =>
    parseCommand(create({ title: 'x'.repeat(300), description: 'x'.repeat(5000) }), metadata),
  );
});

t.test('text is trimmed', async (t) => {
  const command = parseCommand(
    { type: 'NoteProgress', data: { tiltakId: 'tiltak-1', text: '  Fagdag holdt  ' } },
    metadata,
  );
  t.equal(command.type === 'NoteProgress' ? command.data.text : undefined, 'Fagdag holdt');
});

t.test('effectiveAt is a real date or a real instant with a zone', async (t) => {
  for (const effectiveAt of [
    '2021-06-31',
    '2021-06-30T12:00:00',
    '2021-02-30T12:00:00Z',
    '2021-13-01T00:00:00Z',
    '30.06.2021',
    '',
  ]) {
    t.strictSame(invalidPaths(status({ effectiveAt })), ['effectiveAt'], effectiveAt);
  }
  for (const effectiveAt of [
    '2021-06-30T12:00:00Z',
    '2021-06-30T12:00:00.123+02:00',
    '2020-02-29T23:59:59-01:00',
    '2021-06-30',
  ]) {
    t.doesNotThrow(() => parseCommand(status({ effectiveAt }), metadata), effectiveAt);
  }
});

t.test('calendar dates must be real dates', async (t) => {
  const create = (period: unknown) => ({
    type: 'CreatePlan',
    data: { planId: 'plan-1', title: 'Plan', owner: { kind: 'helseforetak', name: 'Ahus' }, period },
  });
  t.strictSame(invalidPaths(create({ from: '2021-02-29', to: '2022-12-31' })), ['period.from']);
  t.strictSame(invalidPaths(create({ from: '2020-01-01', to: '2022-12-31T00:00:00Z' })), ['period.to']);
});

t.test('ids are lowercase slugs or uuids of at most 100 characters', async (t) => {
  for (const tiltakId of [
    'Tiltak-1',
    '-tiltak',
    'tiltak_1',
    'x'.repeat(101),
    'tiltak 1',
    'B0F0C5A2-6E0B-4C55-9E0A-0D3C2E5A1B2C',
  ]) {
    t.strictSame(invalidPaths(status({ tiltakId })), ['tiltakId'], tiltakId);
  }
  for (const tiltakId of ['tiltak-1', '1', 'b0f0c5a2-6e0b-4c55-9e0a-0d3c2e5a1b2c', 'x'.repeat(100)]) {
    t.doesNotThrow(() => parseCommand(status({ tiltakId }), metadata), tiltakId);
  }
});

t.test('funding years are whole years and amounts whole non-negative kroner', async (t) => {
  const grant = (data: Record<string, unknown>) => ({
    type: 'GrantFunding',
    data: { tiltakId: 'tiltak-1', source: 'Samhandlingsmidler', year: 2021, ...data },
  });
  t.strictSame(invalidPaths(grant({ year: 2021.5 })), ['year']);
  t.strictSame(invalidPaths(grant({ year: '2021' })), ['year']);
  t.strictSame(invalidPaths(grant({ amountNok: -100 })), ['amountNok']);
  t.doesNotThrow(() => parseCommand(grant({ amountNok: 0 }), metadata));
  t.doesNotThrow(() => parseCommand(grant({ amountNok: null }), metadata));
});

t.test('party lists are bounded', async (t) => {
  const responsible = Array.from({ length: 51 }, (_, index) => ({ kind: 'other', name: `Aktør ${index}` }));
  t.strictSame(
    invalidPaths({ type: 'ReassignResponsibility', data: { tiltakId: 'tiltak-1', responsible } }),
    ['responsible'],
  );
  t.strictSame(
    invalidPaths({
      type: 'ReassignResponsibility',
      data: { tiltakId: 'tiltak-1', responsible: [{ kind: 'department', name: 'X' }] },
    }),
    ['responsible.0.kind'],
  );
});

t.test('the server’s metadata is checked too', async (t) => {
  t.throws(() => parseCommand(status({}), { now: 'yesterday', actor: ACTOR }), CommandError);
});

t.test('every command schema yields a JSON Schema (the HTTP layer derives OpenAPI from them)', async (t) => {
  for (const [type, schema] of Object.entries(commandSchemas)) {
    t.doesNotThrow(() => z.toJSONSchema(schema, { io: 'input' }), type);
  }
  const body = z.toJSONSchema(ChangeTiltakStatusSchema.omit({ tiltakId: true }), { io: 'input' });
  t.strictSame(body.required, ['status']);
  t.equal(body.additionalProperties, false);
});
