import { nextStatusPosition } from './tiltak.status.js';
import type { TiltakEvent } from './tiltak.events.js';
import type { ProgressNote, StatusReport, TiltakState } from './tiltak.state.js';

/**
 * One event applied to a tiltak. Pure and total: an event that finds no tiltak (or no grant) leaves the state as
 * it is, so a fold never throws on history the rules would not produce today.
 */
export function evolveTiltak(state: TiltakState | null, event: TiltakEvent): TiltakState | null {
  if (event.type === 'TiltakCreated') {
    const { data } = event;
    return {
      tiltakId: data.tiltakId,
      planId: data.planId,
      tiltaksomradeId: data.tiltaksomradeId,
      number: data.number,
      title: data.title,
      description: data.description,
      status: data.status,
      lastKnownStatus: data.status === 'UNKNOWN' ? null : data.status,
      responsible: data.responsible,
      participants: data.participants,
      responsibleAsWritten: data.responsibleAsWritten,
      alsoTiltaksomradeIds: data.alsoTiltaksomradeIds,
      funding: [],
      statusHistory:
        data.status === null
          ? []
          : [
              {
                eventId: event.eventId,
                effectiveAt: event.effectiveAt,
                status: data.status,
                reason: event.reason,
              },
            ],
      notes: [],
      createdAt: event.effectiveAt,
    };
  }
  if (state === null) return null;
  switch (event.type) {
    case 'TiltakStatusChanged':
      return withStatusReport(state, event, [...state.statusHistory, statusReportOf(event)]);
    case 'ResponsibilityReassigned':
      return changed(state, { responsible: event.data.responsible });
    case 'ParticipantsChanged':
      return changed(state, { participants: event.data.participants });
    case 'FundingGranted': {
      const { grantId, source, year, amountNok, decisionReference } = event.data;
      const grant = { grantId, source, year, amountNok, decisionReference, grantedAt: event.effectiveAt };
      return changed(state, {
        funding: [
          ...state.funding.filter((other) => other.grantId !== grantId),
          { ...grant, withdrawnAt: null },
        ],
      });
    }
    case 'FundingWithdrawn':
      return changed(state, {
        funding: state.funding.map((grant) =>
          grant.grantId === event.data.grantId && grant.withdrawnAt === null
            ? { ...grant, withdrawnAt: event.effectiveAt }
            : grant,
        ),
      });
    case 'TiltakRevised':
      // Undefined keeps a field (changed), null clears a number or a description.
      return changed(state, {
        number: event.data.number,
        title: event.data.title,
        description: event.data.description,
      });
    case 'TiltakMoved':
      return changed(state, {
        tiltaksomradeId: event.data.tiltaksomradeId,
        alsoTiltaksomradeIds: state.alsoTiltaksomradeIds.filter((id) => id !== event.data.tiltaksomradeId),
      });
    case 'ProgressNoted':
      return changed(state, { notes: [...state.notes, noteOf(event)] });
    case 'EventRetracted':
      // The temporal selection has already applied it; it changes what counts, not the tiltak.
      return state;
    default: {
      const unknownEvent: never = event;
      throw new TypeError(`unknown tiltak event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/**
 * The state with `changes` applied, spelled out field by field. A spread (`{ ...state, status }`) copied the
 * state into an object of another shape with a separate property store, and the read side folds such steps on
 * every plan read (up to three per tiltak from a checkpoint): spelled out, a plan read at a past date allocated a
 * quarter less and ran a fifth faster. A field undefined in `changes` keeps its value (no field of a state is
 * ever undefined; its identity and creation never change); a field added to TiltakState must be added here.
 */
function changed(
  state: TiltakState,
  changes: Partial<Omit<TiltakState, 'tiltakId' | 'planId' | 'createdAt'>>,
): TiltakState {
  return {
    tiltakId: state.tiltakId,
    planId: state.planId,
    tiltaksomradeId: changes.tiltaksomradeId ?? state.tiltaksomradeId,
    number: changes.number === undefined ? state.number : changes.number,
    title: changes.title ?? state.title,
    description: changes.description === undefined ? state.description : changes.description,
    status: changes.status === undefined ? state.status : changes.status,
    lastKnownStatus: changes.lastKnownStatus === undefined ? state.lastKnownStatus : changes.lastKnownStatus,
    responsible: changes.responsible ?? state.responsible,
    participants: changes.participants ?? state.participants,
    responsibleAsWritten: state.responsibleAsWritten,
    alsoTiltaksomradeIds: changes.alsoTiltaksomradeIds ?? state.alsoTiltaksomradeIds,
    funding: changes.funding ?? state.funding,
    statusHistory: changes.statusHistory ?? state.statusHistory,
    notes: changes.notes ?? state.notes,
    createdAt: state.createdAt,
  };
}

/**
 * Folds events already selected and ordered (see selectEventsAt) into a tiltak: the same state as reducing with
 * evolveTiltak, but the status history and notes are built once rather than copied for each event (a copy per
 * status report made a fold quadratic in the length of a history, and commands fold their whole stream).
 */
export function foldTiltak(events: readonly TiltakEvent[]): TiltakState | null {
  return foldTiltakFrom(null, events);
}

/**
 * The same, continuing from `start` (a kept state, say a checkpoint), which it never changes. The reports and notes
 * this fold adds are gathered and joined to the start's arrays once, at the end: one array of the final length
 * each.
 */
export function foldTiltakFrom(
  start: TiltakState | null,
  events: readonly TiltakEvent[],
): TiltakState | null {
  const { state, reports, notes } = gather(start, events);
  if (state === null || (reports.length === 0 && notes.length === 0)) return state;
  return changed(state, {
    statusHistory: reports.length === 0 ? undefined : state.statusHistory.concat(reports),
    notes: notes.length === 0 ? undefined : state.notes.concat(notes),
  });
}

/** How many entries of a state's status history and notes are its own (see growTiltak). */
export interface OwnedLengths {
  reports: number;
  notes: number;
}

/**
 * The same fold as foldTiltakFrom, for a caller that gives `start` up: the reports and notes the events add are
 * pushed onto start's own arrays rather than copied with them, so a step costs what the new events cost, not what
 * the history is long. `owned` says how many entries of start's arrays are start's: a start whose arrays another
 * fold already grew (a fold carried forward twice) is cut back to them first, at the cost of one copy. The states
 * before keep their entries unchanged (arrays only grow at the end); only their arrays' length may no longer be
 * theirs, which is why a grown state is read through tiltakWithLengths with its lengths.
 */
export function growTiltak(
  start: TiltakState | null,
  owned: OwnedLengths,
  events: readonly TiltakEvent[],
): { state: TiltakState | null } & OwnedLengths {
  const { state, reports, notes, restarted } = gather(start, events);
  if (state === null) return { state, reports: 0, notes: 0 };
  // After a TiltakCreated among the events, the state's arrays are new ones, wholly its own.
  const base = restarted ? { reports: state.statusHistory.length, notes: state.notes.length } : owned;
  const statusHistory = pushOwned(state.statusHistory, base.reports, reports);
  const allNotes = pushOwned(state.notes, base.notes, notes);
  const grown =
    statusHistory === state.statusHistory && allNotes === state.notes
      ? state
      : changed(state, { statusHistory, notes: allNotes });
  return { state: grown, reports: base.reports + reports.length, notes: base.notes + notes.length };
}

/** `state` with its status history and notes cut to the given lengths (itself when they are those already). */
export function tiltakWithLengths(state: TiltakState, reports: number, notes: number): TiltakState {
  if (state.statusHistory.length === reports && state.notes.length === notes) return state;
  return changed(state, {
    statusHistory: state.statusHistory.slice(0, reports),
    notes: state.notes.slice(0, notes),
  });
}

/** `state` with copies of its status history and notes, for a caller that handed the arrays to a reader. */
export function tiltakWithCopiedArrays(state: TiltakState): TiltakState {
  return changed(state, { statusHistory: state.statusHistory.slice(), notes: state.notes.slice() });
}

// The array with `more` after its first `owned` entries: pushed in place when nothing is past them yet.
function pushOwned<T>(array: readonly T[], owned: number, more: readonly T[]): readonly T[] {
  if (array.length === owned && more.length === 0) return array;
  const target = array.length === owned && !Object.isFrozen(array) ? (array as T[]) : array.slice(0, owned);
  for (const entry of more) target.push(entry);
  return target;
}

/**
 * The loop both folds share: the states between carry the start's arrays (none of them leaves the fold, and no
 * step reads them: a status step needs only the status position, and TiltakCreated starts the arrays anew); the
 * reports and notes added are gathered apart, to be joined to them once.
 */
function gather(
  start: TiltakState | null,
  events: readonly TiltakEvent[],
): { state: TiltakState | null; reports: StatusReport[]; notes: ProgressNote[]; restarted: boolean } {
  let state = start;
  let reports: StatusReport[] = [];
  let notes: ProgressNote[] = [];
  let restarted = false;
  for (const event of events) {
    const before = state;
    if (before !== null && event.type === 'TiltakStatusChanged') {
      reports.push(statusReportOf(event));
      state = withStatusReport(before, event, before.statusHistory);
    } else if (before !== null && event.type === 'ProgressNoted') {
      notes.push(noteOf(event));
    } else {
      state = evolveTiltak(before, event);
      if (event.type === 'TiltakCreated') {
        [reports, notes] = [[], []];
        restarted = true;
      }
    }
  }
  return { state, reports, notes, restarted };
}

type TiltakEventOf<Type extends TiltakEvent['type']> = Extract<TiltakEvent, { type: Type }>;

function withStatusReport(
  state: TiltakState,
  event: TiltakEventOf<'TiltakStatusChanged'>,
  statusHistory: readonly StatusReport[],
): TiltakState {
  const position = nextStatusPosition(state, event.data.status);
  return changed(state, {
    status: position.status,
    lastKnownStatus: position.lastKnownStatus,
    statusHistory,
  });
}

function statusReportOf(event: TiltakEventOf<'TiltakStatusChanged'>): StatusReport {
  return {
    eventId: event.eventId,
    effectiveAt: event.effectiveAt,
    status: event.data.status,
    reason: event.reason,
  };
}

function noteOf(event: TiltakEventOf<'ProgressNoted'>): ProgressNote {
  return { eventId: event.eventId, effectiveAt: event.effectiveAt, text: event.data.text };
}
