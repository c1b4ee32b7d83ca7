import t from 'tap';
import {
  KNOWN_PARTIES,
  PARTY_KINDS,
  PARTY_KIND_LABELS,
  PartyError,
  resolveParties,
  resolveParty,
  samePartySet,
} from '../../../src/domain/index.js';
import { throwsDomainError } from '../given-when-then.js';

t.test('Akershus universitetssykehus HF is one party under all its names', async (t) => {
  const names = ['Ahus', 'A-hus', 'AHUS', 'Akershus universitetssykehus', 'Akershus universitetssykehus HF'];
  const parties = names.map((name) => resolveParty({ kind: 'helseforetak', name }));
  t.strictSame(
    new Set(parties.map((party) => party.id)),
    new Set(['helseforetak-akershus-universitetssykehus']),
  );
  t.ok(
    parties.every((party) => party.name === 'Akershus universitetssykehus HF'),
    'the canonical name is used',
  );
});

t.test('a municipality of the Ahus area is identified by its 2020-2023 kommunenummer', async (t) => {
  for (const input of [
    { kind: 'kommune' as const, name: 'Lillestrøm' },
    { kind: 'kommune' as const, name: 'Lillestrøm kommune' },
    { kind: 'kommune' as const, name: '  lillestrøm   KOMMUNE ' },
    { kind: 'kommune' as const, name: 'Lillestrøm', kommunenummer: '3030' },
  ]) {
    t.strictSame(resolveParty(input), {
      id: 'kommune-3030',
      kind: 'kommune',
      name: 'Lillestrøm',
      kommunenummer: '3030',
    });
  }
});

t.test('the catalogue holds Ahus and the thirteen municipalities of its area', async (t) => {
  const numbers = Object.fromEntries(
    KNOWN_PARTIES.filter((party) => party.kind === 'kommune').map((party) => [
      party.name,
      party.kommunenummer,
    ]),
  );
  t.strictSame(numbers, {
    'Aurskog-Høland': '3026',
    Enebakk: '3028',
    Lørenskog: '3029',
    Lillestrøm: '3030',
    Nittedal: '3031',
    Gjerdrum: '3032',
    Ullensaker: '3033',
    Nes: '3034',
    Eidsvoll: '3035',
    Nannestad: '3036',
    Hurdal: '3037',
    Rælingen: '3027',
    'Nordre Follo': '3020',
  });
  t.equal(resolveParty({ kind: 'kommune', name: 'Aurskog-Høland kommune' }).id, 'kommune-3026');
  t.equal(resolveParty({ kind: 'kommune', name: 'Rælingen' }).id, 'kommune-3027');
});

t.test(
  'a municipality outside the catalogue is identified by its number when given, else by its name',
  async (t) => {
    t.strictSame(resolveParty({ kind: 'kommune', name: 'Sør-Odal', kommunenummer: '3415' }), {
      id: 'kommune-3415',
      kind: 'kommune',
      name: 'Sør-Odal',
      kommunenummer: '3415',
    });
    t.strictSame(resolveParty({ kind: 'kommune', name: 'Sør-Odal kommune' }), {
      id: 'kommune-sor-odal',
      kind: 'kommune',
      name: 'Sør-Odal kommune',
      kommunenummer: null,
    });
  },
);

t.test('a kommunenummer that belongs to another municipality is refused', async (t) => {
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'kommune', name: 'Nes', kommunenummer: '3030' }),
    PartyError,
    'PARTY.KOMMUNENUMMER_MISMATCH',
  );
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3205' }),
    PartyError,
    'PARTY.KOMMUNENUMMER_MISMATCH',
  );
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'kommune', name: 'Skedsmo', kommunenummer: '3030' }),
    PartyError,
    'PARTY.KOMMUNENUMMER_MISMATCH',
  );
});

t.test('only a kommune has a kommunenummer', async (t) => {
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'fagrad', name: 'Fagråd Mestring', kommunenummer: '3030' }),
    PartyError,
    'PARTY.KOMMUNENUMMER_NOT_APPLICABLE',
  );
});

t.test('a name without letters or digits identifies no party', async (t) => {
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'utvalg', name: '– ?' }),
    PartyError,
    'PARTY.NAME_NOT_IDENTIFYING',
  );
});

t.test('other parties get a deterministic id from kind and normalised name', async (t) => {
  const a = resolveParty({ kind: 'fagrad', name: 'Fagråd Behandlingsforløp' });
  const b = resolveParty({ kind: 'fagrad', name: '  fagråd   behandlingsforløp ' });
  const c = resolveParty({ kind: 'fagrad', name: 'Behandlingsforløp' });
  t.equal(a.id, 'fagrad-behandlingsforlop');
  t.equal(b.id, a.id);
  t.equal(c.id, a.id, '"Fagråd X" and "X" name the same fagråd');
  t.equal(resolveParty({ kind: 'utvalg', name: 'LSF' }).id, 'utvalg-lsf');
  t.equal(
    resolveParty({ kind: 'klinikk', name: 'Ortopedisk klinikk Ahus' }).id,
    'klinikk-ortopedisk-klinikk-ahus',
  );
  t.equal(
    resolveParty({ kind: 'helseforetak', name: 'Sykehuset Telemark HF' }).id,
    'helseforetak-sykehuset-telemark',
  );
  t.equal(
    resolveParty({ kind: 'helseforetak', name: 'Sykehuset Telemark' }).id,
    'helseforetak-sykehuset-telemark',
  );
});

t.test('the same name under another kind is another party', async (t) => {
  t.not(
    resolveParty({ kind: 'utvalg', name: 'Mestring' }).id,
    resolveParty({ kind: 'fagrad', name: 'Mestring' }).id,
  );
});

t.test('a long name gives an id of at most 100 characters', async (t) => {
  const party = resolveParty({ kind: 'brukerorganisasjon', name: 'Landsforeningen '.repeat(15) });
  t.ok(party.id.length <= 100);
  t.match(party.id, /^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
});

t.test('a list naming the same party twice resolves to one party, in the order first named', async (t) => {
  const parties = resolveParties([
    { kind: 'kommune', name: 'Ullensaker' },
    { kind: 'helseforetak', name: 'Ahus' },
    { kind: 'kommune', name: 'Ullensaker kommune' },
  ]);
  t.strictSame(
    parties.map((party) => party.id),
    ['kommune-3033', 'helseforetak-akershus-universitetssykehus'],
  );
});

t.test('party sets compare by id, regardless of order', async (t) => {
  const a = resolveParties([
    { kind: 'kommune', name: 'Nes' },
    { kind: 'kommune', name: 'Hurdal' },
  ]);
  const b = resolveParties([
    { kind: 'kommune', name: 'Hurdal kommune' },
    { kind: 'kommune', name: 'Nes', kommunenummer: '3034' },
  ]);
  t.ok(samePartySet(a, b));
  t.notOk(samePartySet(a, b.slice(1)));
});

t.test('every party kind has a Norwegian label', async (t) => {
  t.strictSame(Object.keys(PARTY_KIND_LABELS), [...PARTY_KINDS]);
  t.equal(PARTY_KIND_LABELS.klinikk, 'Klinikk/avdeling');
});
