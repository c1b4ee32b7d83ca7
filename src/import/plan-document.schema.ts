/**
 * The plan document format (docs/plan-document-format.md): one action plan transcribed from a source text, as
 * JSON in data/plans. Every fact carries a `source` locator into the text it came from, and every date says on
 * what basis it was chosen. The zod schema below is the single definition of the format; `parsePlanDocument`
 * reports every problem of a document in one pass (shape, values and cross-references alike).
 */
import { z } from 'zod';
import {
  EntityIdSchema,
  GOAL_KINDS,
  PARTY_KINDS,
  PartyKindSchema,
  startOfOsloDay,
  TILTAK_STATUSES,
  TiltakStatusSchema,
  type TiltakStatus,
} from '../domain/index.js';

export const PLAN_DOCUMENT_FORMAT_VERSION = 1;

/** Lowercase ASCII slug; the identity of an entity that survives renumbering and renaming (the domain's id). */
export const IdSchema = EntityIdSchema;

// The document speaks the domain's vocabulary: the same statuses, kinds of party and kinds of goal.
export { TILTAK_STATUSES, TiltakStatusSchema, PARTY_KINDS, PartyKindSchema, GOAL_KINDS };
export type { TiltakStatus };

/**
 * Why a date has the value it has: `stated` the text gives the date; `stated-period` the text gives a year or a
 * month and the period's boundary is used (the last day for something that happened in it, the first or last day
 * for a plan period); `plan-start` the text gives no date and the plan's start is used; `document-date` the text
 * gives no date and the document's own date (`plan.asOf`) is used as the latest date the fact is known to hold;
 * `inferred` the date, or part of it, is not in the text (docs/seed-transcription.md says why it was chosen).
 */
export const DATE_BASES = ['stated', 'stated-period', 'plan-start', 'document-date', 'inferred'] as const;
export const DateBasisSchema = z.enum(DATE_BASES);

const IsoDateSchema = z.iso.date();
/** A bare date (start of that day in Europe/Oslo) or an instant with an offset. */
export const EffectiveAtSchema = z.union([IsoDateSchema, z.iso.datetime({ offset: true })]);

const TextSchema = z
  .string()
  .min(1)
  .refine((text) => text === text.trim(), { message: 'text must not start or end with whitespace' });

const LOCATOR_PATTERN = /^(?:line ([1-9]\d*)|lines ([1-9]\d*)-([1-9]\d*))(?:: (\S[\s\S]*))?$/;

export interface ParsedLocator {
  firstLine: number;
  lastLine: number;
  /** A verbatim quote from those lines, or null when the locator names lines only. */
  quote: string | null;
}

/** Reads `line 79`, `lines 20-22`, or either followed by `: ` and a verbatim quote from those lines. */
export function parseLocator(locator: string): ParsedLocator | null {
  const match = LOCATOR_PATTERN.exec(locator);
  if (match === null) return null;
  const [, single, from, to, quote] = match;
  const firstLine = Number(single ?? from);
  const lastLine = Number(single ?? to);
  if (lastLine <= firstLine && single === undefined) return null;
  return { firstLine, lastLine, quote: quote ?? null };
}

export const SourceLocatorSchema = z.strictObject({
  /** The file name of the source document; must be listed in `documents`. */
  document: z.string().regex(/^[^/\\]+$/),
  locator: z.string().refine((locator) => parseLocator(locator) !== null, {
    message: 'locator must be "line N" or "lines N-M", optionally followed by ": <verbatim quote>"',
  }),
});

export const SourceDocumentSchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+$/),
  title: TextSchema,
  /** Lines are counted from 1, split on "\n"; a locator may not point past the last one. */
  lineCount: z.number().int().positive(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export const PartySchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  kind: PartyKindSchema,
  abbreviation: TextSchema.optional(),
  kommunenummer: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** The party this one is a unit of (a klinikk of a helseforetak, a sykehjem of a kommune). */
  partOf: IdSchema.optional(),
  source: SourceLocatorSchema,
});

export const PlanSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  period: z.strictObject({
    from: IsoDateSchema,
    to: IsoDateSchema,
    fromBasis: DateBasisSchema,
    toBasis: DateBasisSchema,
  }),
  owner: IdSchema,
  publishedAt: EffectiveAtSchema.optional(),
  /** The date the document states its content as of ("Sist oppdatert", the seminar day). */
  asOf: z
    .strictObject({ date: IsoDateSchema, basis: DateBasisSchema, source: SourceLocatorSchema })
    .optional(),
  source: SourceLocatorSchema,
});

export const GoalSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(GOAL_KINDS),
  text: TextSchema,
  source: SourceLocatorSchema,
});

export const SatsningsomradeSchema = z.strictObject({
  id: IdSchema,
  number: z.number().int().positive(),
  title: TextSchema,
  source: SourceLocatorSchema,
});

export const TiltaksomradeSchema = z.strictObject({
  id: IdSchema,
  satsningsomradeId: IdSchema,
  title: TextSchema,
  /** Other wordings of the same title in the document (a shorter table label, another spelling). */
  alsoWrittenAs: z.array(z.strictObject({ text: TextSchema, source: SourceLocatorSchema })).default([]),
  source: SourceLocatorSchema,
});

const datedFact = {
  effectiveAt: EffectiveAtSchema,
  effectiveAtBasis: DateBasisSchema,
  source: SourceLocatorSchema,
};

export const TiltakStatusEntrySchema = z.strictObject({
  /** null: no status reported ("Ikke rapportert"), which is not the same as UNKNOWN. */
  value: TiltakStatusSchema.nullable(),
  ...datedFact,
});

export const FundingGrantSchema = z.strictObject({
  id: IdSchema,
  /** Where the money comes from; `samhandlingsmidler` for the collaboration funds. */
  fundingSource: IdSchema,
  year: z.number().int().min(1900).max(2100),
  amountNok: z.number().int().nonnegative().nullable(),
  decisionReference: TextSchema.nullable(),
  note: TextSchema.optional(),
  ...datedFact,
});

export const TiltakChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: IdSchema, kind: z.literal('progress-noted'), note: TextSchema, ...datedFact }),
  z.strictObject({
    id: IdSchema,
    kind: z.literal('status-changed'),
    to: TiltakStatusSchema.nullable(),
    ...datedFact,
  }),
]);

export const TiltakSchema = z.strictObject({
  id: IdSchema,
  /** The number label as the text writes it ("Tiltak 3", "Tiltak 2.2", "Tiltak"), or null when it has none. */
  numberLabel: TextSchema.nullable(),
  title: TextSchema,
  description: TextSchema.nullable(),
  tiltaksomradeId: IdSchema,
  /** Further tiltaksområder the text files the tiltak under (a table row labelled with two of them). */
  alsoTiltaksomradeIds: z.array(IdSchema).default([]),
  createdEffectiveAt: EffectiveAtSchema,
  createdEffectiveAtBasis: DateBasisSchema,
  responsible: z.array(IdSchema),
  participants: z.array(IdSchema),
  /** The document's own words for who is responsible (and, where a table combines them, the status), verbatim. */
  responsibleAsWritten: TextSchema.nullable(),
  /** The status as of the document; earlier statuses, if the text gives any, are `status-changed` changes. */
  status: TiltakStatusEntrySchema,
  funding: z.array(FundingGrantSchema),
  changes: z.array(TiltakChangeSchema),
  source: SourceLocatorSchema,
});

const PlanDocumentShape = z.strictObject({
  formatVersion: z.literal(PLAN_DOCUMENT_FORMAT_VERSION),
  documents: z.array(SourceDocumentSchema).min(1),
  plan: PlanSchema,
  parties: z.array(PartySchema),
  goals: z.array(GoalSchema),
  satsningsomrader: z.array(SatsningsomradeSchema),
  tiltaksomrader: z.array(TiltaksomradeSchema),
  tiltak: z.array(TiltakSchema),
});

/** The stable names of the cross-reference rules, carried as `params.rule` on their issues. */
export type CrossReferenceRule =
  | 'unique-id'
  | 'unique-document'
  | 'known-document'
  | 'line-in-document'
  | 'known-party'
  | 'party-hierarchy'
  | 'kommunenummer'
  | 'satsningsomrade-numbers'
  | 'known-satsningsomrade'
  | 'known-tiltaksomrade'
  | 'party-listed-once'
  | 'period-order'
  | 'date-order';

type Path = (string | number)[];
type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [number, Rec][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): [number, Rec][] => (isRecord(item) ? [[index, item]] : []));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function textList(value: unknown): [number, string][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): [number, string][] =>
    typeof item === 'string' ? [[index, item]] : [],
  );
}

/**
 * The instant an `effectiveAt` stands for: an instant as written, a bare date as the start of that day in
 * Europe/Oslo. Returns null for a value that is neither.
 */
export function effectiveAtToInstant(value: string): Date | null {
  if (IsoDateSchema.safeParse(value).success) {
    return new Date(startOfOsloDay(value));
  }
  if (z.iso.datetime({ offset: true }).safeParse(value).success) return new Date(value);
  return null;
}

function instantOf(value: unknown): number | null {
  const raw = text(value);
  if (raw === undefined) return null;
  return effectiveAtToInstant(raw)?.getTime() ?? null;
}

function endOfOsloDay(date: unknown): number | null {
  const raw = text(date);
  if (raw === undefined || !IsoDateSchema.safeParse(raw).success) return null;
  const next = new Date(`${raw}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const start = instantOf(next.toISOString().slice(0, 10));
  return start === null ? null : start - 1;
}

/**
 * Cross-reference checks over whatever shape the input has: they run even when the shape is broken elsewhere,
 * so one parse reports every problem, and skip only the parts they cannot read.
 */
function checkCrossReferences(doc: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(doc)) return;
  const report = (rule: CrossReferenceRule, path: Path, message: string): void => {
    ctx.addIssue({ code: 'custom', message, path, params: { rule } });
  };

  checkSources(doc, report);
  const ids = checkIdentities(doc, report);
  checkParties(doc, ids.parties, report);
  checkStructure(doc, ids, report);
  checkTiltak(doc, ids, report);
  checkDates(doc, report);
}

type Report = (rule: CrossReferenceRule, path: Path, message: string) => void;

interface KnownIds {
  parties: Set<string>;
  satsningsomrader: Set<string>;
  tiltaksomrader: Set<string>;
}

function checkSources(doc: Rec, report: Report): void {
  const lineCounts = new Map<string, number>();
  for (const [index, document] of entries(doc.documents)) {
    const file = text(document.file);
    if (file === undefined) continue;
    if (lineCounts.has(file))
      report('unique-document', ['documents', index, 'file'], `${file} is listed twice`);
    lineCounts.set(file, typeof document.lineCount === 'number' ? document.lineCount : Infinity);
  }
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => visit(item, [...path, index]));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source' && isRecord(child)) checkSource(child, [...path, key]);
      else visit(child, [...path, key]);
    }
  };
  const checkSource = (source: Rec, path: Path): void => {
    const document = text(source.document);
    if (document === undefined) return;
    const lineCount = lineCounts.get(document);
    if (lineCount === undefined) {
      report('known-document', [...path, 'document'], `${document} is not listed in documents`);
      return;
    }
    const locator = parseLocator(text(source.locator) ?? '');
    if (locator !== null && locator.lastLine > lineCount) {
      report('line-in-document', [...path, 'locator'], `${document} has ${lineCount} lines`);
    }
  };
  visit(doc, []);
}

function checkIdentities(doc: Rec, report: Report): KnownIds {
  const seen = new Map<string, string>();
  const claim = (id: unknown, path: Path): string | undefined => {
    const value = text(id);
    if (value === undefined) return undefined;
    const first = seen.get(value);
    if (first !== undefined) report('unique-id', path, `id ${value} is already used at ${first}`);
    else seen.set(value, toPointer(path));
    return value;
  };
  const collect = (collection: string): Set<string> => {
    const found = new Set<string>();
    for (const [index, item] of entries(doc[collection])) {
      const id = claim(item.id, [collection, index, 'id']);
      if (id !== undefined) found.add(id);
    }
    return found;
  };
  if (isRecord(doc.plan)) claim(doc.plan.id, ['plan', 'id']);
  const known: KnownIds = {
    parties: collect('parties'),
    satsningsomrader: collect('satsningsomrader'),
    tiltaksomrader: collect('tiltaksomrader'),
  };
  collect('goals');
  collect('tiltak');
  for (const [index, tiltak] of entries(doc.tiltak)) {
    for (const list of ['funding', 'changes'] as const) {
      for (const [itemIndex, item] of entries(tiltak[list])) {
        claim(item.id, ['tiltak', index, list, itemIndex, 'id']);
      }
    }
  }
  return known;
}

function checkParties(doc: Rec, parties: Set<string>, report: Report): void {
  if (isRecord(doc.plan)) {
    const owner = text(doc.plan.owner);
    if (owner !== undefined && !parties.has(owner)) {
      report('known-party', ['plan', 'owner'], `owner ${owner} is not a party`);
    }
  }
  const parentOf = new Map<string, string>();
  const kommunenummer = new Map<string, number>();
  for (const [index, party] of entries(doc.parties)) {
    const id = text(party.id);
    const partOf = text(party.partOf);
    if (partOf !== undefined) {
      if (!parties.has(partOf)) {
        report('known-party', ['parties', index, 'partOf'], `partOf ${partOf} is not a party`);
      }
      if (id !== undefined) parentOf.set(id, partOf);
    }
    const nummer = text(party.kommunenummer);
    if (nummer === undefined) continue;
    if (party.kind !== 'kommune') {
      report('kommunenummer', ['parties', index, 'kommunenummer'], 'only a kommune has a kommunenummer');
    }
    if (kommunenummer.has(nummer)) {
      report('kommunenummer', ['parties', index, 'kommunenummer'], `kommunenummer ${nummer} is used twice`);
    }
    kommunenummer.set(nummer, index);
  }
  for (const [index, party] of entries(doc.parties)) {
    const id = text(party.id);
    if (id === undefined) continue;
    const chain = new Set<string>([id]);
    for (let parent = parentOf.get(id); parent !== undefined; parent = parentOf.get(parent)) {
      if (chain.has(parent)) {
        report('party-hierarchy', ['parties', index, 'partOf'], `${id} is (indirectly) a unit of itself`);
        break;
      }
      chain.add(parent);
    }
  }
}

function checkStructure(doc: Rec, ids: KnownIds, report: Report): void {
  const numbers: number[] = [];
  for (const [index, area] of entries(doc.satsningsomrader)) {
    if (typeof area.number !== 'number') continue;
    if (numbers.includes(area.number)) {
      report(
        'satsningsomrade-numbers',
        ['satsningsomrader', index, 'number'],
        `number ${area.number} is used twice`,
      );
    }
    numbers.push(area.number);
  }
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.some((number, position) => number !== position + 1)) {
    report('satsningsomrade-numbers', ['satsningsomrader'], 'satsningsområder must be numbered 1..n');
  }
  for (const [index, area] of entries(doc.tiltaksomrader)) {
    const parent = text(area.satsningsomradeId);
    if (parent !== undefined && !ids.satsningsomrader.has(parent)) {
      report(
        'known-satsningsomrade',
        ['tiltaksomrader', index, 'satsningsomradeId'],
        `satsningsområde ${parent} does not exist`,
      );
    }
  }
}

function checkTiltak(doc: Rec, ids: KnownIds, report: Report): void {
  for (const [index, tiltak] of entries(doc.tiltak)) {
    const here: Path = ['tiltak', index];
    const area = text(tiltak.tiltaksomradeId);
    if (area !== undefined && !ids.tiltaksomrader.has(area)) {
      report('known-tiltaksomrade', [...here, 'tiltaksomradeId'], `tiltaksområde ${area} does not exist`);
    }
    for (const [position, also] of textList(tiltak.alsoTiltaksomradeIds)) {
      const path = [...here, 'alsoTiltaksomradeIds', position];
      if (!ids.tiltaksomrader.has(also)) {
        report('known-tiltaksomrade', path, `tiltaksområde ${also} does not exist`);
      } else if (also === area) {
        report('known-tiltaksomrade', path, 'the main tiltaksområde is not repeated here');
      }
    }
    const listed = new Map<string, string>();
    for (const list of ['responsible', 'participants'] as const) {
      for (const [position, party] of textList(tiltak[list])) {
        const path = [...here, list, position];
        if (!ids.parties.has(party)) report('known-party', path, `party ${party} does not exist`);
        const first = listed.get(party);
        if (first !== undefined) report('party-listed-once', path, `party ${party} is already in ${first}`);
        else listed.set(party, list);
      }
    }
  }
}

function checkDates(doc: Rec, report: Report): void {
  const plan = isRecord(doc.plan) ? doc.plan : {};
  const period = isRecord(plan.period) ? plan.period : {};
  const planStart = instantOf(period.from);
  const planEnd = endOfOsloDay(period.to);
  if (planStart !== null && planEnd !== null && planEnd < planStart) {
    report('period-order', ['plan', 'period', 'to'], 'the period ends before it starts');
  }
  const asOfEnd = isRecord(plan.asOf) ? endOfOsloDay(plan.asOf.date) : null;
  for (const [index, tiltak] of entries(doc.tiltak)) {
    const here: Path = ['tiltak', index];
    const created = instantOf(tiltak.createdEffectiveAt);
    const within = (instant: number | null, path: Path, what: string): void => {
      if (instant === null) return;
      if (planStart !== null && instant < planStart)
        report('date-order', path, `${what} is before the plan starts`);
      if (asOfEnd !== null && instant > asOfEnd)
        report('date-order', path, `${what} is after the document's date`);
    };
    within(created, [...here, 'createdEffectiveAt'], 'the creation');
    const dated: [Path, unknown][] = [[[...here, 'status'], tiltak.status]];
    for (const list of ['funding', 'changes'] as const) {
      for (const [position, item] of entries(tiltak[list])) dated.push([[...here, list, position], item]);
    }
    const status = isRecord(tiltak.status) ? instantOf(tiltak.status.effectiveAt) : null;
    for (const [path, item] of dated) {
      if (!isRecord(item)) continue;
      const instant = instantOf(item.effectiveAt);
      const at = [...path, 'effectiveAt'];
      within(instant, at, 'the date');
      if (instant !== null && created !== null && instant < created) {
        report('date-order', at, 'the date is before the tiltak was created');
      }
      if (item.kind === 'status-changed' && instant !== null && status !== null && instant > status) {
        report('date-order', at, 'an earlier status is dated after the status as of the document');
      }
    }
  }
}

/** The whole plan document: shape, values and cross-references. */
export const PlanDocumentSchema = PlanDocumentShape.superRefine(checkCrossReferences, { when: () => true });

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Tiltak = z.infer<typeof TiltakSchema>;
export type SourceLocator = z.infer<typeof SourceLocatorSchema>;

export interface PlanDocumentProblem {
  /** JSON Pointer (RFC 6901) to the offending value. */
  path: string;
  /** zod's issue code; `custom` for the cross-reference rules. */
  code: string;
  /** The cross-reference rule that failed, for `custom` issues. */
  rule: CrossReferenceRule | null;
  message: string;
}

/** A plan document that does not validate; `problems` lists every problem found, not only the first. */
export class PlanDocumentInvalid extends Error {
  readonly code = 'IMPORT.PLAN_DOCUMENT_INVALID';
  constructor(
    readonly document: string,
    readonly problems: readonly PlanDocumentProblem[],
  ) {
    super(
      `${document}: ${problems.length} problem(s); first: ${problems[0]?.path ?? ''} ${problems[0]?.message ?? ''}`,
    );
    this.name = 'PlanDocumentInvalid';
  }
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function listProblems(error: z.ZodError): PlanDocumentProblem[] {
  return error.issues.map((issue) => {
    const rule: unknown = issue.code === 'custom' ? issue.params?.rule : undefined;
    return {
      path: toPointer(issue.path),
      code: issue.code,
      rule: typeof rule === 'string' ? (rule as CrossReferenceRule) : null,
      message: issue.message,
    };
  });
}

/** Validates a parsed JSON value as a plan document; `name` labels the error (usually the file name). */
export function parsePlanDocument(input: unknown, name = 'plan document'): PlanDocument {
  const result = PlanDocumentSchema.safeParse(input);
  if (!result.success) throw new PlanDocumentInvalid(name, listProblems(result.error));
  return result.data;
}
