import {
  findKnownById,
  KNOWN_PARTIES,
  knownPartyId,
  type KommunenummerPeriod,
  type Party,
  type PartyKind,
} from '../../domain/index.js';
import { compareIds, NORWEGIAN } from '../plan-at/index.js';
import type { PlanView } from '../read-model.js';

/** A party as the register knows it: from the catalogue, from the events that name it, or both. */
export interface RegisteredParty {
  partyId: string;
  kind: PartyKind;
  name: string;
  abbreviation: string | null;
  /** Other names events gave it (resolved to this party), in Norwegian order. */
  alsoNamed: string[];
  /** The kommunenummer valid on the date asked; null for a non-municipality. */
  kommunenummer: string | null;
  kommunenummerPeriods: KommunenummerPeriod[];
  /** The party this one is a unit of. */
  partOf: string | null;
  /** Its direct units. */
  parts: string[];
  /** For a group: the parties it stands for. */
  members: string[];
  /** The groups it is a member of. */
  memberOf: string[];
  /** Whether the party is in the domain's catalogue (rather than known only from the events naming it). */
  inCatalogue: boolean;
}

/** The register at one point: every party of the catalogue and every party the plans' tiltak and owners name. */
export class PartyRegister {
  readonly #parties: ReadonlyMap<string, RegisteredParty>;
  readonly #sorted: readonly RegisteredParty[];

  constructor(parties: ReadonlyMap<string, RegisteredParty>) {
    this.#parties = parties;
    this.#sorted = [...parties.values()].sort(
      (a, b) => NORWEGIAN.compare(a.name, b.name) || compareIds(a.partyId, b.partyId),
    );
  }

  get(partyId: string): RegisteredParty | undefined {
    return this.#parties.get(partyId);
  }

  /** Every party, by name in Norwegian order, then id. */
  all(): readonly RegisteredParty[] {
    return this.#sorted;
  }

  /** The party and all its units, their units and so on (the roll-up of "which tiltak does Ahus take part in"). */
  withUnits(partyId: string): Set<string> {
    const found = new Set<string>([partyId]);
    const queue = [partyId];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const part of this.#parties.get(next)?.parts ?? []) {
        if (!found.has(part)) {
          found.add(part);
          queue.push(part);
        }
      }
    }
    return found;
  }
}

/**
 * Builds the register from the catalogue and the plans at one point. `onDate` (a date in Europe/Oslo) picks each
 * municipality's kommunenummer of that day. Where the catalogue knows a party, its name, kind and place win over
 * what older events wrote; other names events used are kept as `alsoNamed`.
 */
export function buildPartyRegister(plans: readonly PlanView[], onDate: string): PartyRegister {
  const parties = new Map<string, RegisteredParty>();
  for (const known of KNOWN_PARTIES) {
    const partyId = knownPartyId(known);
    parties.set(partyId, {
      partyId,
      kind: known.kind,
      name: known.name,
      abbreviation: known.abbreviation,
      alsoNamed: [],
      kommunenummer: numberOn(known.kommunenummerPeriods, onDate) ?? known.kommunenummer,
      kommunenummerPeriods: [...known.kommunenummerPeriods],
      partOf: known.partOf,
      parts: [],
      members: [...known.members],
      memberOf: [],
      inCatalogue: true,
    });
  }
  const seen = (party: Party) => {
    const registered = parties.get(party.id);
    if (registered === undefined) {
      parties.set(party.id, {
        partyId: party.id,
        kind: party.kind,
        name: party.name,
        abbreviation: party.abbreviation ?? null,
        alsoNamed: [],
        kommunenummer: party.kommunenummer,
        kommunenummerPeriods: [],
        partOf: party.partOf ?? null,
        parts: [],
        members: [],
        memberOf: [],
        inCatalogue: false,
      });
      return;
    }
    if (party.name !== registered.name && !registered.alsoNamed.includes(party.name)) {
      registered.alsoNamed.push(party.name);
    }
    if (findKnownById(party.id) === undefined) {
      registered.abbreviation ??= party.abbreviation ?? null;
      registered.partOf ??= party.partOf ?? null;
    }
  };
  for (const plan of plans) {
    seen(plan.owner);
    for (const area of plan.satsningsomrader)
      for (const inner of area.tiltaksomrader)
        for (const tiltak of inner.tiltak) {
          tiltak.responsible.forEach(seen);
          tiltak.participants.forEach(seen);
        }
  }
  for (const party of parties.values()) {
    party.alsoNamed.sort(NORWEGIAN.compare);
    if (party.partOf !== null) parties.get(party.partOf)?.parts.push(party.partyId);
    for (const member of party.members) parties.get(member)?.memberOf.push(party.partyId);
  }
  for (const party of parties.values()) {
    party.parts.sort(compareIds);
    party.memberOf.sort(compareIds);
  }
  return new PartyRegister(parties);
}

function numberOn(periods: readonly KommunenummerPeriod[], date: string): string | null {
  const period = periods.find(
    (candidate) =>
      (candidate.from === null || candidate.from <= date) && (candidate.to === null || date <= candidate.to),
  );
  return period?.kommunenummer ?? null;
}
