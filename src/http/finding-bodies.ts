import { PARTY_KIND_LABELS, tiltakStatusLabel } from '../domain/index.js';
import type { EventSummary, PartyInvolvement, PlacedTiltak, RegisteredParty } from '../projections/index.js';
import { MAX_PARTS_LISTED } from './schemas/party.schema.js';

/** A found tiltak as TiltakFoundSchema has it. */
export function tiltakFoundBody(placed: PlacedTiltak) {
  const { tiltak, satsningsomrade, tiltaksomrade } = placed;
  return {
    tiltakId: tiltak.tiltakId,
    planId: tiltak.planId,
    satsningsomradeId: satsningsomrade.satsningsomradeId,
    satsningsomradeNumber: satsningsomrade.number,
    tiltaksomradeId: tiltaksomrade.tiltaksomradeId,
    tiltaksomrade: tiltaksomrade.title,
    alsoTiltaksomradeIds: [...tiltak.alsoTiltaksomradeIds],
    number: tiltak.number,
    title: tiltak.title,
    description: tiltak.description,
    status: tiltak.status,
    statusLabel: tiltakStatusLabel(tiltak.status),
    responsible: [...tiltak.responsible],
    participants: [...tiltak.participants],
    responsibleAsWritten: tiltak.responsibleAsWritten,
    fundingYears: [
      ...new Set(tiltak.funding.filter((grant) => grant.withdrawnAt === null).map((grant) => grant.year)),
    ].sort((a, b) => a - b),
    revision: tiltak.revision.toString(),
    lastChange: summaryBody(tiltak.lastChange),
  };
}

export function partyTiltakBody(involved: PartyInvolvement) {
  return Object.assign(tiltakFoundBody(involved), { roles: involved.roles, via: involved.via });
}

export function registeredPartyBody(party: RegisteredParty) {
  return {
    partyId: party.partyId,
    kind: party.kind,
    kindLabel: PARTY_KIND_LABELS[party.kind],
    name: party.name,
    abbreviation: party.abbreviation,
    alsoNamed: party.alsoNamed,
    kommunenummer: party.kommunenummer,
    kommunenummerPeriods: party.kommunenummerPeriods,
    partOf: party.partOf,
    parts: party.parts.slice(0, MAX_PARTS_LISTED),
    partsTotal: party.parts.length,
    members: party.members,
    memberOf: party.memberOf,
    inCatalogue: party.inCatalogue,
  };
}

function summaryBody(summary: EventSummary) {
  return Object.assign({}, summary, {
    revision: summary.revision.toString(),
    position: summary.position.toString(),
  });
}
