import { slugify } from '../shared/slug.js';
import { KNOWN_PARTIES, type KnownParty } from './party.catalogue.js';
import { PartyError } from './party.errors.js';
import { PARTY_KINDS, type Party, type PartyInput, type PartyKind } from './party.schema.js';

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
    case 'regionalt-helseforetak':
      return slug.replace(/-rhf$/, '');
    case 'fagrad':
      return slug.replace(/^fagrad-/, '');
    case 'ideelt-sykehus':
    case 'utvalg':
    case 'klinikk':
    case 'brukerorganisasjon':
    case 'gruppe':
    case 'other':
      return slug;
    default: {
      const unknownKind: never = kind;
      throw new TypeError(`unknown party kind ${String(unknownKind)}`);
    }
  }
}

/** Kinds whose names repeat from one organisation to the next, so the organisation is part of their identity. */
const UNIT_KINDS: ReadonlySet<PartyKind> = new Set<PartyKind>(['klinikk', 'other']);

/**
 * The stable id of a party: `kommune-<kommunenummer>` for a municipality whose number is known; for a unit of
 * another party (a klinikk, or an `other` such as a sykehjem), `<kind>-<the parent's key>-<name key>`, so that
 * "Ortopedisk klinikk" of Ahus (`klinikk-ahus-ortopedisk-klinikk`) is not another trust's; otherwise
 * `<kind>-<name key>`; cut to the 100 characters an id may have.
 */
export function partyId(
  kind: PartyKind,
  name: string,
  kommunenummer: string | null,
  partOf: string | null = null,
): string {
  if (kind === 'kommune' && kommunenummer !== null) return `kommune-${kommunenummer}`;
  const key = partyNameKey(kind, name);
  const unitOf = partOf !== null && UNIT_KINDS.has(kind) ? `${parentKey(partOf)}-` : '';
  return `${kind}-${unitOf}${key}`.slice(0, 100).replace(/-+$/, '');
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
  const partOf = input.partOf ?? null;
  // A unit is known by its name within its parent; the catalogue holds no units.
  const byName = partOf !== null && UNIT_KINDS.has(input.kind) ? undefined : findKnownByName(input.kind, key);
  const byNumber = kommunenummer === null ? undefined : findKnownByNumber(kommunenummer);
  if (byNumber !== undefined && byName !== byNumber) {
    // A number the catalogue knows, under another municipality's name or one it does not know: a typo or a slip.
    throw new PartyError('PARTY.KOMMUNENUMMER_MISMATCH', `kommunenummer ${kommunenummer} is not ${name}`, {
      name,
      kommunenummer,
      knownName: byNumber.name,
    });
  }
  if (byName !== undefined && kommunenummer !== null && byNumber === undefined) {
    throw new PartyError(
      'PARTY.KOMMUNENUMMER_MISMATCH',
      `${byName.name} is not kommunenummer ${kommunenummer}`,
      {
        name,
        kommunenummer,
        knownKommunenummer: byName.kommunenummerPeriods.map((period) => period.kommunenummer),
      },
    );
  }
  const known = byName ?? byNumber;
  if (known !== undefined) return knownParty(known);
  const abbreviation = input.abbreviation ?? null;
  return {
    id: partyId(input.kind, name, kommunenummer, partOf),
    kind: input.kind,
    name,
    kommunenummer,
    ...(abbreviation === null ? {} : { abbreviation }),
    ...(partOf === null ? {} : { partOf }),
  };
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

export function knownPartyId(known: KnownParty): string {
  return partyId(known.kind, known.name, known.kommunenummer);
}

export function knownParty(known: KnownParty): Party {
  return {
    id: knownPartyId(known),
    kind: known.kind,
    name: known.name,
    kommunenummer: known.kommunenummer,
    ...(known.abbreviation === null ? {} : { abbreviation: known.abbreviation }),
    ...(known.partOf === null ? {} : { partOf: known.partOf }),
  };
}

/** The catalogue's party of this id, if it has one. */
export function findKnownById(id: string): KnownParty | undefined {
  return KNOWN_BY_ID.get(id);
}

const KNOWN_BY_ID: ReadonlyMap<string, KnownParty> = new Map(
  KNOWN_PARTIES.map((known) => [knownPartyId(known), known]),
);

/** How a unit's id names its parent: the catalogue's abbreviation or name ("ahus"), else the parent's id key. */
function parentKey(parentId: string): string {
  const known = KNOWN_BY_ID.get(parentId);
  if (known !== undefined) return slugify(known.abbreviation ?? known.name, 60);
  const kind = [...PARTY_KINDS].sort((a, b) => b.length - a.length).find((k) => parentId.startsWith(`${k}-`));
  return (kind === undefined ? parentId : parentId.slice(kind.length + 1)).slice(0, 60);
}

function findKnownByName(kind: PartyKind, key: string): KnownParty | undefined {
  return KNOWN_PARTIES.find(
    (known) =>
      known.kind === kind && [known.name, ...known.aliases].some((name) => partyNameKey(kind, name) === key),
  );
}

function findKnownByNumber(kommunenummer: string): KnownParty | undefined {
  return KNOWN_PARTIES.find((known) =>
    known.kommunenummerPeriods.some((period) => period.kommunenummer === kommunenummer),
  );
}
