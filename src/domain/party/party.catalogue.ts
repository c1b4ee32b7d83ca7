import type { PartyKind } from './party.schema.js';

/** A kommunenummer and the days it was the municipality's number (`to` null: still is). */
export interface KommunenummerPeriod {
  kommunenummer: string;
  /** First day, a date in Europe/Oslo; null: in use before the first period this catalogue records. */
  from: string | null;
  /** Last day, or null while the number is in use. */
  to: string | null;
}

/** A party the domain knows by name: its canonical name, the other names it goes by, where it belongs. */
export interface KnownParty {
  kind: PartyKind;
  name: string;
  aliases: readonly string[];
  abbreviation: string | null;
  /** The number the party's id is made of (the one of the 2020-2022 plan period); null for a non-municipality. */
  kommunenummer: string | null;
  /** Every number the municipality has had, oldest first; each names this one party. */
  kommunenummerPeriods: readonly KommunenummerPeriod[];
  /** The id of the party this one is a unit of (a hospital trust of its regional trust), or null. */
  partOf: string | null;
  /** For a group (kind `gruppe`): the ids of the parties it stands for. */
  members: readonly string[];
}

export const AHUS_ID = 'helseforetak-akershus-universitetssykehus';
export const HELSE_SOR_OST_ID = 'regionalt-helseforetak-helse-sor-ost';
export const KOMMUNENE_I_OPPTAKSOMRADET_ID = 'gruppe-kommunene-i-opptaksomradet';

// The county reforms: Akershus and Buskerud/Østfold became Viken on 1 January 2020 (new 30xx numbers, and the
// mergers that made Lillestrøm and Nordre Follo), and Akershus was re-established on 1 January 2024 (32xx).
const VIKEN_FROM = '2020-01-01';
const VIKEN_TO = '2023-12-31';
const AKERSHUS_FROM = '2024-01-01';

/** [name, number before 2020 or null (a municipality made in 2020), Viken number, Akershus number]. */
const AHUS_AREA_KOMMUNER: readonly (readonly [string, string | null, string, string])[] = [
  ['Vestby', '0211', '3019', '3216'],
  ['Nordre Follo', null, '3020', '3207'],
  ['Ås', '0214', '3021', '3218'],
  ['Frogn', '0215', '3022', '3214'],
  ['Nesodden', '0216', '3023', '3212'],
  ['Aurskog-Høland', '0221', '3026', '3226'],
  ['Rælingen', '0228', '3027', '3224'],
  ['Enebakk', '0229', '3028', '3220'],
  ['Lørenskog', '0230', '3029', '3222'],
  ['Lillestrøm', null, '3030', '3205'],
  ['Nittedal', '0233', '3031', '3232'],
  ['Gjerdrum', '0234', '3032', '3230'],
  ['Ullensaker', '0235', '3033', '3209'],
  ['Nes', '0236', '3034', '3228'],
  ['Eidsvoll', '0237', '3035', '3240'],
  ['Nannestad', '0238', '3036', '3238'],
  ['Hurdal', '0239', '3037', '3242'],
];

const ahusAreaKommuner: KnownParty[] = AHUS_AREA_KOMMUNER.map(([name, before, viken, akershus]) =>
  kommune(name, [
    ...(before === null ? [] : [{ kommunenummer: before, from: null, to: '2019-12-31' }]),
    { kommunenummer: viken, from: VIKEN_FROM, to: VIKEN_TO },
    { kommunenummer: akershus, from: AKERSHUS_FROM, to: null },
  ]),
);

/**
 * The hospital trusts of Helse Sør-Øst, the private non-profit hospitals with agreements with it, and the
 * municipalities of Ahus's area (Romerike and Follo) with their numbers by period; ids keep the number of the
 * 2020-2022 plan period (docs/seed-transcription.md, "Parties").
 */
export const KNOWN_PARTIES: readonly KnownParty[] = [
  organisation('regionalt-helseforetak', 'Helse Sør-Øst RHF', { aliases: ['Helse Sør-Øst'] }),
  organisation('helseforetak', 'Akershus universitetssykehus', {
    aliases: ['Ahus', 'A-hus', 'Akershus universitetssykehus HF'],
    abbreviation: 'Ahus',
    partOf: HELSE_SOR_OST_ID,
  }),
  ...[
    'Sykehuset Telemark HF',
    'Vestre Viken HF',
    'Sørlandet sykehus HF',
    'Sykehuset Innlandet HF',
    'Oslo universitetssykehus HF',
    'Sykehuset i Vestfold HF',
    'Sykehuset Østfold HF',
  ].map((name) => organisation('helseforetak', name, { partOf: HELSE_SOR_OST_ID })),
  organisation('ideelt-sykehus', 'Diakonhjemmet sykehus'),
  organisation('ideelt-sykehus', 'Lovisenberg diakonale sykehus'),
  ...ahusAreaKommuner,
  kommune('Sør-Odal', [
    { kommunenummer: '0419', from: null, to: '2019-12-31' },
    { kommunenummer: '3415', from: VIKEN_FROM, to: null },
  ]),
  kommune('Oslo', [{ kommunenummer: '0301', from: null, to: null }]),
  organisation('gruppe', 'Kommunene i opptaksområdet', {
    aliases: ['kommunene', 'kommuner'],
    members: ahusAreaKommuner.map((known) => `kommune-${known.kommunenummer ?? ''}`),
  }),
  organisation('gruppe', 'Ahus og kommunene', { members: [AHUS_ID, KOMMUNENE_I_OPPTAKSOMRADET_ID] }),
];

function organisation(
  kind: PartyKind,
  name: string,
  more: { aliases?: string[]; abbreviation?: string; partOf?: string; members?: string[] } = {},
): KnownParty {
  return {
    kind,
    name,
    aliases: more.aliases ?? [],
    abbreviation: more.abbreviation ?? null,
    kommunenummer: null,
    kommunenummerPeriods: [],
    partOf: more.partOf ?? null,
    members: more.members ?? [],
  };
}

/** The id keeps the number of the 2020-2022 period (Viken), or the first number of one made later. */
function kommune(name: string, periods: KommunenummerPeriod[]): KnownParty {
  const identifying = periods.find((period) => period.from === VIKEN_FROM) ?? periods[0];
  return {
    kind: 'kommune',
    name,
    aliases: [],
    abbreviation: null,
    kommunenummer: identifying?.kommunenummer ?? null,
    kommunenummerPeriods: periods,
    partOf: null,
    members: [],
  };
}
