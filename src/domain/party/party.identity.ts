import { slugify } from '../shared/slug.js';
import { KNOWN_PARTIES, type KnownParty } from './party.catalogue.js';
import { PartyError } from './party.errors.js';
import type { Party, PartyInput, PartyKind } from './party.schema.js';

/**
 * The identifying part of a name: its slug without the words that only say what kind of party it is
 * ("Lillestrøm kommune" and "Lillestrøm" are one municipality, "Sykehuset Telemark HF" and "Sykehuset Telemark"
 * one hospital trust, "Fagråd Mestring" and "Mestring" one fagråd).
 */
export function partyNameKey(kind: PartyKind, name: string): string {
  const slug = slugify(name, 200);
  switch (kind) {
    case 'kommune':
      return slug.replace(/^kommunen-/, '').replace(/-kommune$/, '');
    case 'helseforetak':
      return slug.replace(/-hf$/, '');
    case 'fagrad':
      return slug.replace(/^fagrad-/, '');
    case 'utvalg':
    case 'klinikk':
    case 'brukerorganisasjon':
    case 'other':
      return slug;
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`unknown party kind ${String(unknownKind)}`);
    }
  }
}

/**
 * The stable id of a party: `kommune-<kommunenummer>` for a municipality whose number is known, otherwise
 * `<kind>-<name key>`, cut to the 100 characters an id may have.
 */
export function partyId(kind: PartyKind, name: string, kommunenummer: string | null): string {
  if (kind === 'kommune' && kommunenummer !== null) return `kommune-${kommunenummer}`;
  const key = partyNameKey(kind, name);
  return `${kind}-${key}`.slice(0, 100).replace(/-+$/, '');
}

/** The one Party a command's naming of it stands for: the same party named twice gets the same id. */
export function resolveParty(input: PartyInput): Party {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const key = partyNameKey(input.kind, name);
  if (key === '') {
    throw new PartyError(
      'PARTY.NAME_NOT_IDENTIFYING',
      `"${name}" has no letters or digits to identify a party`,
      {
        name,
      },
    );
  }
  const kommunenummer = input.kommunenummer ?? null;
  if (kommunenummer !== null && input.kind !== 'kommune') {
    throw new PartyError('PARTY.KOMMUNENUMMER_NOT_APPLICABLE', 'only a kommune has a kommunenummer', {
      kind: input.kind,
      kommunenummer,
    });
  }
  const byName = findKnownByName(input.kind, key);
  const byNumber = kommunenummer === null ? undefined : findKnownByNumber(kommunenummer);
  if (byNumber !== undefined && byName !== byNumber) {
    throw new PartyError('PARTY.KOMMUNENUMMER_MISMATCH', `kommunenummer ${kommunenummer} is not ${name}`, {
      name,
      kommunenummer,
      knownName: byNumber.name,
    });
  }
  if (byName !== undefined && kommunenummer !== null && byName.kommunenummer !== kommunenummer) {
    throw new PartyError(
      'PARTY.KOMMUNENUMMER_MISMATCH',
      `${byName.name} is not kommunenummer ${kommunenummer}`,
      {
        name,
        kommunenummer,
        knownKommunenummer: byName.kommunenummer,
      },
    );
  }
  const known = byName ?? byNumber;
  if (known !== undefined) return knownParty(known);
  return { id: partyId(input.kind, name, kommunenummer), kind: input.kind, name, kommunenummer };
}

/** Resolves a list of named parties, keeping the first naming of each party and the order given. */
export function resolveParties(inputs: readonly PartyInput[]): Party[] {
  const parties = new Map<string, Party>();
  for (const input of inputs) {
    const party = resolveParty(input);
    if (!parties.has(party.id)) parties.set(party.id, party);
  }
  return [...parties.values()];
}

/** Whether two party lists name the same set of parties (order does not matter). */
export function samePartySet(a: readonly Party[], b: readonly Party[]): boolean {
  const ids = new Set(a.map((party) => party.id));
  const otherIds = new Set(b.map((party) => party.id));
  return ids.size === otherIds.size && [...ids].every((id) => otherIds.has(id));
}

export function knownParty(known: KnownParty): Party {
  return {
    id: partyId(known.kind, known.name, known.kommunenummer),
    kind: known.kind,
    name: known.name,
    kommunenummer: known.kommunenummer,
  };
}

function findKnownByName(kind: PartyKind, key: string): KnownParty | undefined {
  return KNOWN_PARTIES.find(
    (known) =>
      known.kind === kind && [known.name, ...known.aliases].some((name) => partyNameKey(kind, name) === key),
  );
}

function findKnownByNumber(kommunenummer: string): KnownParty | undefined {
  return KNOWN_PARTIES.find((known) => known.kommunenummer === kommunenummer);
}
