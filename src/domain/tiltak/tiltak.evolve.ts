import { nextStatusPosition } from './tiltak.status.js';
import type { TiltakEvent } from './tiltak.events.js';
import type { TiltakState } from './tiltak.state.js';

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
    case 'TiltakStatusChanged': {
      const { status } = event.data;
      return {
        ...state,
        ...nextStatusPosition(state, status),
        statusHistory: [
          ...state.statusHistory,
          { eventId: event.eventId, effectiveAt: event.effectiveAt, status, reason: event.reason },
        ],
      };
    }
    case 'ResponsibilityReassigned':
      return { ...state, responsible: event.data.responsible };
    case 'ParticipantsChanged':
      return { ...state, participants: event.data.participants };
    case 'FundingGranted': {
      const { grantId, source, year, amountNok, decisionReference } = event.data;
      const grant = { grantId, source, year, amountNok, decisionReference, grantedAt: event.effectiveAt };
      return {
        ...state,
        funding: [
          ...state.funding.filter((other) => other.grantId !== grantId),
          { ...grant, withdrawnAt: null },
        ],
      };
    }
    case 'FundingWithdrawn':
      return {
        ...state,
        funding: state.funding.map((grant) =>
          grant.grantId === event.data.grantId && grant.withdrawnAt === null
            ? { ...grant, withdrawnAt: event.effectiveAt }
            : grant,
        ),
      };
    case 'TiltakRevised':
      return {
        ...state,
        number: event.data.number === undefined ? state.number : event.data.number,
        title: event.data.title ?? state.title,
        description: event.data.description === undefined ? state.description : event.data.description,
      };
    case 'TiltakMoved':
      return { ...state, tiltaksomradeId: event.data.tiltaksomradeId };
    case 'ProgressNoted':
      return {
        ...state,
        notes: [
          ...state.notes,
          { eventId: event.eventId, effectiveAt: event.effectiveAt, text: event.data.text },
        ],
      };
    case 'EventRetracted':
      // The temporal selection has already applied it; it changes what counts, not the tiltak.
      return state;
    default: {
      const unknownEvent: never = event;
      throw new TypeError(`unknown tiltak event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/** Folds events already selected and ordered (see selectEventsAt) into a tiltak. */
export function foldTiltak(events: readonly TiltakEvent[]): TiltakState | null {
  return events.reduce<TiltakState | null>(evolveTiltak, null);
}
