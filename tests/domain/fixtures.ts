// The plan most scenarios start from: a slice of "Handlingsplan for samhandlingen 2020-2022" (Ahus and the
// municipalities of its area), and builders for the events and commands of its tiltak.
import { knownParty, KNOWN_PARTIES, type Party } from '../../src/domain/index.js';
import type { GivenEvent } from './given-when-then.js';

export const PLAN_ID = 'handlingsplan-2020-2022';
export const PLAN_STREAM = `plan-${PLAN_ID}`;
export const TILTAK_ID = 'integrerte-helsetjenester';
export const TILTAK_STREAM = `tiltak-${TILTAK_ID}`;

/** Midnight UTC of a date: most scenarios only care about the day. */
export function day(date: string): string {
  return `${date}T00:00:00.000Z`;
}

function known(name: string): Party {
  const found = KNOWN_PARTIES.find((party) => party.name === name);
  if (found === undefined) throw new Error(`no known party ${name}`);
  return knownParty(found);
}

export const AHUS = known('Akershus universitetssykehus');
export const LILLESTROM = known('Lillestrøm');
export const LORENSKOG = known('Lørenskog');
export const FAGRAD_MESTRING: Party = {
  id: 'fagrad-mestring',
  kind: 'fagrad',
  name: 'Fagråd Mestring',
  kommunenummer: null,
};

export function planEvent(
  type: string,
  data: Record<string, unknown>,
  effectiveAt = day('2020-01-01'),
): GivenEvent {
  return { streamId: PLAN_STREAM, type, data: { planId: PLAN_ID, ...data }, effectiveAt };
}

export function planCreated(effectiveAt = day('2020-01-01')): GivenEvent {
  return planEvent(
    'PlanCreated',
    {
      title: 'Handlingsplan for samhandlingen 2020-2022',
      period: { from: '2020-01-01', to: '2022-12-31' },
      owner: AHUS,
    },
    effectiveAt,
  );
}

/** The plan with satsningsområde 1 and its tiltaksområder "Barn og unge" and "Skrøpelige eldre". */
export function standardPlan(): GivenEvent[] {
  return [
    planCreated(),
    planEvent('SatsningsomradeAdded', {
      satsningsomradeId: 'sarbare-grupper',
      number: 1,
      title: 'Samarbeid om de mest sårbare pasientgruppene',
    }),
    planEvent('TiltaksomradeAdded', {
      tiltaksomradeId: 'barn-og-unge',
      satsningsomradeId: 'sarbare-grupper',
      title: 'Barn og unge',
    }),
    planEvent('TiltaksomradeAdded', {
      tiltaksomradeId: 'skropelige-eldre',
      satsningsomradeId: 'sarbare-grupper',
      title: 'Skrøpelige eldre',
    }),
  ];
}

export function tiltakEvent(
  type: string,
  data: Record<string, unknown>,
  effectiveAt: string,
  extra: Partial<GivenEvent> = {},
): GivenEvent {
  return { streamId: TILTAK_STREAM, type, data: { tiltakId: TILTAK_ID, ...data }, effectiveAt, ...extra };
}

export function tiltakCreated(
  overrides: Record<string, unknown> = {},
  effectiveAt = day('2020-01-01'),
): GivenEvent {
  return tiltakEvent(
    'TiltakCreated',
    {
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      number: '1',
      title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
      description: null,
      status: 'PLANNED',
      responsible: [AHUS],
      participants: [LILLESTROM],
      responsibleAsWritten: null,
      alsoTiltaksomradeIds: [],
      ...overrides,
    },
    effectiveAt,
  );
}

export function statusChanged(
  status: string,
  effectiveAt: string,
  extra: Partial<GivenEvent> = {},
): GivenEvent {
  return tiltakEvent('TiltakStatusChanged', { status }, effectiveAt, extra);
}

export function fundingGranted(
  overrides: Record<string, unknown> = {},
  effectiveAt = day('2021-03-01'),
  extra: Partial<GivenEvent> = {},
): GivenEvent {
  return tiltakEvent(
    'FundingGranted',
    {
      grantId: 'samhandlingsmidler-2021',
      source: 'Samhandlingsmidler',
      year: 2021,
      amountNok: 500000,
      decisionReference: 'ASU-sak 12/2021',
      ...overrides,
    },
    effectiveAt,
    extra,
  );
}

/** A tiltak command with the fixture tiltak's id. */
export function tiltakCommand(type: string, data: Record<string, unknown> = {}, now?: string) {
  return { type, data: { tiltakId: TILTAK_ID, ...data }, ...(now === undefined ? {} : { now }) };
}

/** A plan command with the fixture plan's id. */
export function planCommand(type: string, data: Record<string, unknown> = {}, now?: string) {
  return { type, data: { planId: PLAN_ID, ...data }, ...(now === undefined ? {} : { now }) };
}

/** An EventRetracted in the fixture tiltak's stream. */
export function tiltakRetraction(
  retractedEventId: string,
  retractedType: string,
  effectiveAt: string,
  extra: Partial<GivenEvent> = {},
): GivenEvent {
  return {
    streamId: TILTAK_STREAM,
    type: 'EventRetracted',
    data: { retractedEventId, retractedType },
    effectiveAt,
    reason: 'Feil registrert',
    ...extra,
  };
}
