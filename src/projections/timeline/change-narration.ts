import {
  GOAL_KIND_LABELS,
  tiltakStatusLabel,
  type Party,
  type PlanEvent,
  type PlanPeriod,
  type TiltakStatus,
} from '../../domain/index.js';
import type { PlanView } from '../read-model.js';
import { placedTiltak } from '../plan-at/index.js';
import type { TimelineEvent } from './timeline-event.js';

interface TrackedGrant {
  source: string;
  year: number;
  amountNok: number | null;
}

interface TrackedTiltak {
  number: string | null;
  title: string;
  status: TiltakStatus | null;
  tiltaksomradeId: string;
  responsible: readonly Party[];
  participants: readonly Party[];
  grants: Map<string, TrackedGrant>;
}

/**
 * What a line about an event needs to know of the plan just before it: names, numbers and statuses as they were,
 * so that "Pågår → Fullført" names the status the tiltak left. Changed in place as the events are told.
 */
export interface NarrationState {
  plan: { title: string; period: PlanPeriod } | null;
  satsningsomrader: Map<string, { number: number; title: string }>;
  tiltaksomrader: Map<string, { title: string; satsningsomradeId: string }>;
  tiltak: Map<string, TrackedTiltak>;
}

export function narrationStateFrom(view: PlanView | null): NarrationState {
  const state: NarrationState = {
    plan: view === null ? null : { title: view.title, period: view.period },
    satsningsomrader: new Map(),
    tiltaksomrader: new Map(),
    tiltak: new Map(),
  };
  if (view === null) return state;
  for (const satsningsomrade of view.satsningsomrader) {
    const { satsningsomradeId, number, title } = satsningsomrade;
    state.satsningsomrader.set(satsningsomradeId, { number, title });
    for (const tiltaksomrade of satsningsomrade.tiltaksomrader) {
      state.tiltaksomrader.set(tiltaksomrade.tiltaksomradeId, {
        title: tiltaksomrade.title,
        satsningsomradeId,
      });
    }
  }
  for (const { tiltak } of placedTiltak(view)) {
    state.tiltak.set(tiltak.tiltakId, {
      number: tiltak.number,
      title: tiltak.title,
      status: tiltak.status,
      tiltaksomradeId: tiltak.tiltaksomradeId,
      responsible: tiltak.responsible,
      participants: tiltak.participants,
      grants: new Map(
        tiltak.funding.filter((grant) => grant.withdrawnAt === null).map((grant) => [grant.grantId, grant]),
      ),
    });
  }
  return state;
}

const NOK = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const NOTE_MAX = 140;

export function formatNok(amount: number): string {
  return `${NOK.format(amount)} kr`;
}

function quoted(text: string): string {
  return `«${text}»`;
}

function names(parties: readonly Party[]): string {
  return parties.length === 0 ? 'ingen' : parties.map((party) => party.name).join(', ');
}

function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= NOTE_MAX ? oneLine : `${oneLine.slice(0, NOTE_MAX - 1)}…`;
}

function tiltakLabel(tiltak: { number: string | null; title: string } | undefined, tiltakId: string): string {
  if (tiltak === undefined) return `Tiltak ${tiltakId}`;
  return tiltak.number === null ? `Tiltak ${tiltak.title}` : `Tiltak ${tiltak.number} ${tiltak.title}`;
}

function grantText(grant: TrackedGrant): string {
  const amount = grant.amountNok === null ? 'beløp ikke oppgitt' : formatNok(grant.amountNok);
  return `${amount} (${grant.source}, ${String(grant.year)})`;
}

function areaName(state: NarrationState, tiltaksomradeId: string): string {
  const area = state.tiltaksomrader.get(tiltaksomradeId);
  return quoted(area === undefined ? tiltaksomradeId : area.title);
}

function satsningsomradeName(state: NarrationState, satsningsomradeId: string): string {
  const area = state.satsningsomrader.get(satsningsomradeId);
  return area === undefined ? satsningsomradeId : String(area.number);
}

function periodText(period: PlanPeriod): string {
  return `${period.from}–${period.to}`;
}

function partyDelta(before: readonly Party[], after: readonly Party[]): string {
  const beforeIds = new Set(before.map((party) => party.id));
  const afterIds = new Set(after.map((party) => party.id));
  const added = after.filter((party) => !beforeIds.has(party.id));
  const removed = before.filter((party) => !afterIds.has(party.id));
  const parts = [
    ...(added.length > 0 ? [`lagt til ${names(added)}`] : []),
    ...(removed.length > 0 ? [`fjernet ${names(removed)}`] : []),
  ];
  return parts.length === 0 ? 'samme deltakere' : parts.join('; ');
}

/** One line for people about one counting event, in Norwegian; brings the state up to just after the event. */
export function narrate(state: NarrationState, counting: TimelineEvent): string {
  if (counting.aggregate === 'plan') return narratePlanEvent(state, counting.event);
  const read = counting.event;
  if (read.type === 'EventRetracted') {
    const retracted = tiltakLabel(state.tiltak.get(counting.tiltakId), counting.tiltakId);
    return `${retracted}: hendelse trukket tilbake (${read.data.retractedType})`;
  }
  const tiltakId = read.data.tiltakId;
  const tracked = state.tiltak.get(tiltakId);
  const label = tiltakLabel(tracked, tiltakId);
  switch (read.type) {
    case 'TiltakCreated': {
      const { data } = read;
      state.tiltak.set(tiltakId, {
        number: data.number,
        title: data.title,
        status: data.status,
        tiltaksomradeId: data.tiltaksomradeId,
        responsible: data.responsible,
        participants: data.participants,
        grants: new Map(),
      });
      return `${tiltakLabel(data, tiltakId)}: opprettet i ${areaName(state, data.tiltaksomradeId)} (${tiltakStatusLabel(data.status)})`;
    }
    case 'TiltakStatusChanged': {
      const before = tracked === undefined ? null : tracked.status;
      if (tracked !== undefined) tracked.status = read.data.status;
      // A report of the status in force (left by a retraction between two equal reports) changes nothing.
      if (tracked !== undefined && before === read.data.status) {
        return `${label}: ${tiltakStatusLabel(before)} rapportert på nytt (uendret)`;
      }
      return `${label}: ${tiltakStatusLabel(before)} → ${tiltakStatusLabel(read.data.status)}`;
    }
    case 'ResponsibilityReassigned': {
      const before = tracked?.responsible ?? [];
      if (tracked !== undefined) tracked.responsible = read.data.responsible;
      return `${label}: ansvarlig ${names(before)} → ${names(read.data.responsible)}`;
    }
    case 'ParticipantsChanged': {
      const before = tracked?.participants ?? [];
      if (tracked !== undefined) tracked.participants = read.data.participants;
      return `${label}: deltakere ${partyDelta(before, read.data.participants)}`;
    }
    case 'FundingGranted': {
      const { grantId, source, year, amountNok } = read.data;
      tracked?.grants.set(grantId, { source, year, amountNok });
      return `${label}: tildelt ${grantText({ source, year, amountNok })}`;
    }
    case 'FundingWithdrawn': {
      const grant = tracked?.grants.get(read.data.grantId);
      tracked?.grants.delete(read.data.grantId);
      const what = grant === undefined ? read.data.grantId : grantText(grant);
      return `${label}: tildeling trukket tilbake: ${what}`;
    }
    case 'TiltakRevised': {
      const { number, title, description } = read.data;
      const parts: string[] = [];
      if (number !== undefined) parts.push(`nummer ${tracked?.number ?? '–'} → ${number ?? '–'}`);
      if (title !== undefined) parts.push(`tittel ${quoted(tracked?.title ?? '')} → ${quoted(title)}`);
      if (description !== undefined) parts.push('beskrivelse endret');
      if (tracked !== undefined) {
        if (number !== undefined) tracked.number = number;
        if (title !== undefined) tracked.title = title;
      }
      return `${label}: ${parts.length === 0 ? 'revidert' : parts.join('; ')}`;
    }
    case 'TiltakMoved': {
      const from = tracked === undefined ? '?' : areaName(state, tracked.tiltaksomradeId);
      if (tracked !== undefined) tracked.tiltaksomradeId = read.data.tiltaksomradeId;
      return `${label}: flyttet fra ${from} til ${areaName(state, read.data.tiltaksomradeId)}`;
    }
    case 'ProgressNoted':
      return `${label}: fremdrift: ${shortened(read.data.text)}`;
    default: {
      const unknownEvent: never = read;
      throw new TypeError(`unknown tiltak event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

function narratePlanEvent(state: NarrationState, read: PlanEvent): string {
  switch (read.type) {
    case 'PlanCreated':
      state.plan = { title: read.data.title, period: read.data.period };
      return `Planen opprettet: ${quoted(read.data.title)} (${periodText(read.data.period)})`;
    case 'PlanRevised': {
      const parts: string[] = [];
      const before = state.plan;
      if (read.data.title !== undefined) {
        parts.push(`tittel ${quoted(before?.title ?? '')} → ${quoted(read.data.title)}`);
      }
      if (read.data.period !== undefined) {
        const from = before === null ? '–' : periodText(before.period);
        parts.push(`periode ${from} → ${periodText(read.data.period)}`);
      }
      if (before !== null) {
        state.plan = { title: read.data.title ?? before.title, period: read.data.period ?? before.period };
      }
      return `Planen revidert: ${parts.length === 0 ? 'uten endring' : parts.join('; ')}`;
    }
    case 'GoalAdded':
      return `Nytt ${GOAL_KIND_LABELS[read.data.kind].toLowerCase()}: ${shortened(read.data.text)}`;
    case 'GoalRevised':
      return `Mål revidert: ${shortened(read.data.text)}`;
    case 'SatsningsomradeAdded':
      state.satsningsomrader.set(read.data.satsningsomradeId, {
        number: read.data.number,
        title: read.data.title,
      });
      return `Nytt satsningsområde ${String(read.data.number)}: ${read.data.title}`;
    case 'SatsningsomradeRevised': {
      const { satsningsomradeId, number, title } = read.data;
      const before = state.satsningsomrader.get(satsningsomradeId);
      const parts: string[] = [];
      if (number !== undefined)
        parts.push(`nummer ${before === undefined ? '–' : String(before.number)} → ${String(number)}`);
      if (title !== undefined) parts.push(`tittel ${quoted(before?.title ?? '')} → ${quoted(title)}`);
      const name = satsningsomradeName(state, satsningsomradeId);
      if (before !== undefined) {
        state.satsningsomrader.set(satsningsomradeId, {
          number: number ?? before.number,
          title: title ?? before.title,
        });
      }
      return `Satsningsområde ${name} revidert: ${parts.length === 0 ? 'uten endring' : parts.join('; ')}`;
    }
    case 'TiltaksomradeAdded':
      state.tiltaksomrader.set(read.data.tiltaksomradeId, {
        title: read.data.title,
        satsningsomradeId: read.data.satsningsomradeId,
      });
      return `Nytt tiltaksområde ${quoted(read.data.title)} i satsningsområde ${satsningsomradeName(state, read.data.satsningsomradeId)}`;
    case 'TiltaksomradeRevised': {
      const before = areaName(state, read.data.tiltaksomradeId);
      const area = state.tiltaksomrader.get(read.data.tiltaksomradeId);
      if (area !== undefined) {
        state.tiltaksomrader.set(read.data.tiltaksomradeId, { ...area, title: read.data.title });
      }
      return `Tiltaksområde ${before} fikk tittelen ${quoted(read.data.title)}`;
    }
    case 'PlanPublished':
      return 'Planen publisert';
    case 'EventRetracted':
      return `Planen: hendelse trukket tilbake (${read.data.retractedType})`;
    default: {
      const unknownEvent: never = read;
      throw new TypeError(`unknown plan event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
