/**
 * The read side's port (DESIGN.md §3, §5): what the HTTP layer, the importer and the benchmarks ask of the
 * projections. Everything here answers at a point on both time axes; the implementation keeps per-entity indexes
 * by valid time so that a read does not fold the whole log.
 *
 * Positions and revisions are bigints here; the HTTP layer writes them as strings. Instants are ISO 8601 UTC
 * strings with milliseconds (`2021-09-07T10:00:00.000Z`).
 */
import type {
  Party,
  PlanPeriod,
  PlanState,
  ProgressNote,
  Satsningsomrade,
  TiltakState,
  TiltakStatus,
  Tiltaksomrade,
} from '../domain/index.js';
import type { Actor, RecordedEvent } from '../store/index.js';

/** A point on both axes. Undefined means "now": every event recorded so far, at any valid time up to now. */
export interface TemporalQuery {
  /** Valid time: the world as it was at this instant. */
  validAt?: string | undefined;
  /** Transaction time: as the system knew it at this instant. */
  knownAt?: string | undefined;
}

/** The envelope of one stored event, without its payload: enough to say who changed what, when and why. */
export type EventSummary = Pick<
  RecordedEvent,
  | 'eventId'
  | 'type'
  | 'streamId'
  | 'revision'
  | 'position'
  | 'recordedAt'
  | 'effectiveAt'
  | 'actor'
  | 'reason'
  | 'source'
  | 'correlationId'
>;

/** A tiltak as the events that count at one point make it, with where that state came from. */
/** A progress note with who wrote it (the actor of its ProgressNoted event). */
export interface NoteView extends ProgressNote {
  author: Actor;
}

export interface TiltakView extends Omit<TiltakState, 'notes'> {
  notes: readonly NoteView[];
  /** The stream's revision as known at knownAt (the ETag of the current state). */
  revision: bigint;
  /** The counting event that was folded last (valid-time order) at this point: what last changed it. */
  lastChange: EventSummary;
}

export interface TiltaksomradeView extends Tiltaksomrade {
  /** false: the plan no longer has it (its creation was retracted), yet tiltak still name it. */
  exists: boolean;
  tiltak: readonly TiltakView[];
}

export interface SatsningsomradeView extends Satsningsomrade {
  /** false: GONE_SATSNINGSOMRADE, which holds the tiltaksområder that no longer exist. */
  exists: boolean;
  tiltaksomrader: readonly TiltaksomradeView[];
}

/**
 * The whole plan tree at one point. Tiltak are ordered by number (natural order: "2" before "10"), then in the
 * order they were created (a document's own order, for those imported).
 */
export interface PlanView extends Omit<PlanState, 'satsningsomrader' | 'tiltaksomrader'> {
  /** Ordered by number; each holds its tiltaksområder and their tiltak. */
  satsningsomrader: readonly SatsningsomradeView[];
  /** The plan stream's revision as known at knownAt. */
  revision: bigint;
  lastChange: EventSummary;
}

export interface PlanSummary {
  planId: string;
  title: string;
  period: PlanPeriod;
  owner: Party;
  publishedAt: string | null;
  tiltakCount: number;
}

/** One field an event changed, as the entity was just before and just after it (in valid-time order). */
export interface ValueChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A collection an event changed (notes, parties, grants): only the items that left it and came into it. */
export interface ItemsChange {
  field: string;
  added: readonly unknown[];
  removed: readonly unknown[];
}

export type FieldChange = ValueChange | ItemsChange;

export interface HistoryEntry extends EventSummary {
  /** The payload as the current schema version reads it (upcast). */
  data: unknown;
  /** The retraction that hides this event, if one was recorded at or before knownAt. */
  retractedBy: EventSummary | null;
  /** What this event changed; empty for a retracted event and for a retraction itself. */
  changes: readonly FieldChange[];
}

/** Where a history page ends: the last entry's place in valid-time order (effectiveAt, then position). */
export interface HistoryCursor {
  effectiveMs: number;
  position: bigint;
}

export interface HistoryQuery {
  knownAt?: string | undefined;
  /** Continue after this entry. */
  after?: HistoryCursor | undefined;
  limit: number;
}

export interface HistoryPage {
  entries: readonly HistoryEntry[];
  /** Every entry of the history as known at knownAt, on all pages. */
  total: number;
  /** Pass as `after` for the next page; null when this page reached the end. */
  next: HistoryCursor | null;
}

export type TimelineInterval = 'month' | 'quarter';

/** How many tiltak have one status; `status` null is "Ikke rapportert", as in the plan tree. */
export interface StatusCount {
  status: TiltakStatus | null;
  statusLabel: string;
  count: number;
}

/** Every status in DESIGN.md §1's order, then null ("Ikke rapportert"), each with its count (zeros too). */
export type StatusCounts = readonly StatusCount[];

export interface TimelineChange {
  eventId: string;
  type: string;
  tiltakId: string | null;
  effectiveAt: string;
  /** The day it took effect in Europe/Oslo (effectiveAt is UTC: `2021-09-06T22:00:00.000Z` is 7 September). */
  effectiveDate: string;
  recordedAt: string;
  /** The day it was recorded in Europe/Oslo. */
  recordedDate: string;
  /** One line for people, e.g. "Tiltak 2.1: Pågår → Fullført". */
  summary: string;
}

export interface TimelineBucket {
  /** `2021-03` or `2021-Q1`. */
  label: string;
  /** Start of the interval (inclusive) and its end (exclusive), as instants (Europe/Oslo calendar). */
  from: string;
  to: string;
  /** The interval's first and last day in Europe/Oslo (`2021-07-01`, `2021-09-30`), inclusive. */
  firstDate: string;
  lastDate: string;
  /** Tiltak existing at the end of the interval, per status then. */
  statusCounts: StatusCounts;
  tiltakCount: number;
  created: number;
  completed: number;
  discontinued: number;
  /**
   * Grants effective in the interval: `amountNok` sums those that state an amount and is null when grants were
   * made but none states one (unknown, never 0); `withoutAmount` counts the grants that state none.
   */
  fundingGranted: { count: number; amountNok: number | null; withoutAmount: number };
  /** All the changes effective in the interval; `changes` lists the first of them (at most 100 by default). */
  changeCount: number;
  changes: readonly TimelineChange[];
}

export interface TimelineOptions {
  from: string;
  to: string;
  interval: TimelineInterval;
  knownAt?: string | undefined;
}

/** The changes a quarterly timeline of [from, to) lists (from the start of from's quarter), one page of them. */
export interface ChangesQuery {
  from: string;
  to: string;
  knownAt?: string | undefined;
  /** The first change of the page (0: the first of the range). */
  offset: number;
  limit: number;
}

export interface ChangesPage {
  changes: TimelineChange[];
  /** Every change of the range, on all pages. */
  total: number;
}

export interface Timeline {
  planId: string;
  from: string;
  to: string;
  interval: TimelineInterval;
  knownAt: string | null;
  buckets: readonly TimelineBucket[];
}

export interface TiltakDiffEntry {
  tiltakId: string;
  number: string | null;
  title: string;
}

/** The events, counting in one state and not in the other, that explain an entry: the first 100, and how many. */
export interface ExplainedEntry extends TiltakDiffEntry {
  events: readonly EventSummary[];
  eventCount: number;
}

export interface TiltakChangeEntry extends ExplainedEntry {
  /** The first 100 fields changed, and how many. */
  changes: readonly ValueChange[];
  changeCount: number;
}

export interface PlanDiff {
  planId: string;
  from: TemporalQuery;
  to: TemporalQuery;
  /** Changes to the plan itself (title, period, goals, areas). */
  plan: readonly ValueChange[];
  /** The plan stream's events, counting in one state and not in the other, that explain `plan` (the first 100). */
  planEvents: readonly EventSummary[];
  planEventCount: number;
  added: readonly ExplainedEntry[];
  removed: readonly ExplainedEntry[];
  changed: readonly TiltakChangeEntry[];
}

/** A table for JSON and CSV alike: the column order is the CSV header. */
export interface Report<Row extends Record<string, string | number | null>> {
  columns: readonly (keyof Row & string)[];
  rows: readonly Row[];
}

export interface ReportQuery extends TemporalQuery {
  /** Only this plan; all plans when absent. */
  planId?: string | undefined;
  /** Only these plans (a scoped token's); all when absent. */
  planIds?: readonly string[] | undefined;
}

export interface AuditQuery {
  actorId?: string | undefined;
  tiltakId?: string | undefined;
  planId?: string | undefined;
  type?: string | undefined;
  /** recordedAt range: from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Page after this position. */
  after?: bigint | undefined;
  limit: number;
}

export interface AuditEntry extends EventSummary {
  tiltakId: string | null;
  planId: string | null;
  data: unknown;
}

export interface AuditPage {
  entries: readonly AuditEntry[];
  /** Pass as `after` for the next page; null when this page reached the end. */
  nextAfter: bigint | null;
}

/** Where an event lives: what a retraction by event id needs. */
export interface EventLocation {
  eventId: string;
  streamId: string;
  aggregate: 'plan' | 'tiltak';
  aggregateId: string;
  type: string;
}

export interface ReadModel {
  listPlans(at?: TemporalQuery): PlanSummary[];
  /** null when the plan did not exist at that point. */
  planAt(planId: string, at?: TemporalQuery): PlanView | null;
  /** Whether the plan's stream has an event the projections applied (at any point in either time). */
  hasPlan(planId: string): boolean;
  tiltakAt(tiltakId: string, at?: TemporalQuery): TiltakView | null;
  /**
   * One page of the tiltak's events in valid-time order, retracted ones included and marked; null if unknown.
   * Each entry's changes name only what its event changed, so a page costs its own entries and one fold.
   */
  tiltakHistory(tiltakId: string, query: HistoryQuery): HistoryPage | null;
  timeline(planId: string, options: TimelineOptions): Timeline | null;
  /**
   * One page of the changes the timeline's quarters list, without the status counts: a page costs one plan tree
   * and the narration up to its end, not a tree per quarter. null for an unknown plan.
   */
  changes(planId: string, query: ChangesQuery): ChangesPage | null;
  diff(planId: string, from: TemporalQuery, to: TemporalQuery): PlanDiff | null;
  statusReport(query: ReportQuery): Report<StatusReportRow>;
  statusTotals(query: ReportQuery): Report<StatusTotalsRow>;
  tiltakStatusList(query: ReportQuery): Report<TiltakStatusRow>;
  fundingReport(query: ReportQuery): Report<FundingReportRow>;
  fundingTotals(query: ReportQuery): Report<FundingTotalsRow>;
  responsibilityReport(query: ReportQuery): Report<ResponsibilityReportRow>;
  audit(query: AuditQuery): AuditPage;
  locateEvent(eventId: string): EventLocation | null;
  /** The plan a tiltak was created in (it never moves to another plan); null for an unknown tiltak. */
  planOfTiltak(tiltakId: string): string | null;
  /** Position of the last event the projections have applied; null before the first. */
  position(): bigint | null;
  /** True once the projections have caught up with the store after start. */
  isCaughtUp(): boolean;
  /** Resolves true once position() >= the given position, false after timeoutMs. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean>;
}

export type StatusReportRow = {
  planId: string;
  satsningsomradeNumber: number;
  satsningsomrade: string;
  tiltaksomrade: string;
  /** Status code, or null: "Ikke rapportert" (one name with the plan tree and the timeline). */
  status: string | null;
  /** Norwegian label of the status. */
  statusLabel: string;
  count: number;
};

/** One satsningsområde (or the whole plan: number null) with a count per status column and the total. */
export type StatusTotalsRow = {
  planId: string;
  satsningsomradeNumber: number | null;
  satsningsomrade: string;
} & Record<TiltakStatus | 'NOT_REPORTED' | 'total', number>;

/** One tiltak as a steering group reads it. */
export type TiltakStatusRow = {
  planId: string;
  satsningsomradeNumber: number;
  satsningsomrade: string;
  tiltaksomrade: string;
  tiltakId: string;
  tiltakNumber: string | null;
  tiltak: string;
  status: string | null;
  statusLabel: string;
  /** Names of the responsible parties joined with "; " (or as written in the source). */
  responsible: string;
  /** effectiveAt of the event that last changed the tiltak. */
  lastChangeAt: string;
  lastChangeType: string;
};

export type FundingReportRow = {
  planId: string;
  year: number;
  source: string;
  tiltakId: string;
  tiltakNumber: string | null;
  tiltak: string;
  grantId: string;
  /** null: granted with no amount stated. */
  amountNok: number | null;
  decisionReference: string | null;
  /** When the grant was withdrawn; null while it stands. */
  withdrawnAt: string | null;
};

/** Grants of one year from one source (or all sources of a year: source null), withdrawn ones apart. */
export type FundingTotalsRow = {
  planId: string;
  year: number;
  /** null: the year's total over all sources. */
  source: string | null;
  /** Standing grants. */
  grants: number;
  /** Sum of the standing grants that state an amount; null when none of them does (unknown, not 0). */
  amountNok: number | null;
  /** Standing grants that state no amount: "7 grants, amount not given". */
  grantsWithoutAmount: number;
  /** Withdrawn grants, not in the sums. */
  withdrawn: number;
};

export type ResponsibilityReportRow = {
  partyId: string;
  party: string;
  partyKind: string;
  /** `responsible` or `participant`. */
  role: string;
  planId: string;
  tiltakId: string;
  tiltakNumber: string | null;
  tiltak: string;
  status: string | null;
  /** Norwegian label of the status; UNKNOWN carries the last known status beside it. */
  statusLabel: string;
};
