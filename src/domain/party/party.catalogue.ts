import type { PartyKind } from './party.schema.js';

/** A party the domain knows by name: its canonical name, the other names it goes by, its kommunenummer. */
export interface KnownParty {
  kind: PartyKind;
  name: string;
  aliases: readonly string[];
  kommunenummer: string | null;
}

/**
 * Akershus universitetssykehus HF and the municipalities of its area, with the kommunenummer valid during the
 * 2020-2022 plan period (Viken, 2020-2023). Akershus county was re-established on 1 January 2024 and these
 * municipalities got new 32xx numbers; party ids keep the 30xx number, since an id never changes.
 */
export const KNOWN_PARTIES: readonly KnownParty[] = [
  {
    kind: 'helseforetak',
    name: 'Akershus universitetssykehus HF',
    aliases: ['Ahus', 'A-hus', 'Akershus universitetssykehus'],
    kommunenummer: null,
  },
  kommune('Nordre Follo', '3020'),
  kommune('Aurskog-Høland', '3026'),
  kommune('Rælingen', '3027'),
  kommune('Enebakk', '3028'),
  kommune('Lørenskog', '3029'),
  kommune('Lillestrøm', '3030'),
  kommune('Nittedal', '3031'),
  kommune('Gjerdrum', '3032'),
  kommune('Ullensaker', '3033'),
  kommune('Nes', '3034'),
  kommune('Eidsvoll', '3035'),
  kommune('Nannestad', '3036'),
  kommune('Hurdal', '3037'),
];

function kommune(name: string, kommunenummer: string): KnownParty {
  return { kind: 'kommune', name, aliases: [], kommunenummer };
}
