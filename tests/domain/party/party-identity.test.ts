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

t.test('Akershus universitetssykehus is one party under all its names, part of Helse Sør-Øst', async (t) => {
  const names = ['Ahus', 'A-hus', 'AHUS', 'Akershus universitetssykehus', 'Akershus universitetssykehus HF'];
  const parties = names.map((name) => resolveParty({ kind: 'helseforetak', name }));
  t.strictSame(
    new Set(parties.map((party) => party.id)),
    new Set(['helseforetak-akershus-universitetssykehus']),
  );
  t.ok(
    parties.every((party) => party.name === 'Akershus universitetssykehus'),
    'the canonical name is the one the seed texts write (neither writes "HF")',
  );
  t.strictSame(parties[0], {
    id: 'helseforetak-akershus-universitetssykehus',
    kind: 'helseforetak',
    name: 'Akershus universitetssykehus',
    kommunenummer: null,
    abbreviation: 'Ahus',
    partOf: 'regionalt-helseforetak-helse-sor-ost',
  });
});

t.test('a municipality keeps one identity under each of its numbers by period', async (t) => {
  for (const kommunenummer of ['3030', '3205']) {
    t.equal(resolveParty({ kind: 'kommune', name: 'Lillestrøm', kommunenummer }).id, 'kommune-3030');
  }
  for (const kommunenummer of ['0230', '3029', '3222']) {
    t.equal(resolveParty({ kind: 'kommune', name: 'Lørenskog', kommunenummer }).id, 'kommune-3029');
  }
  t.equal(resolveParty({ kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3205' }).name, 'Lillestrøm');
  t.equal(resolveParty({ kind: 'kommune', name: 'Ukjent', kommunenummer: '9999' }).id, 'kommune-9999');
  const lillestrom = KNOWN_PARTIES.find((party) => party.name === 'Lillestrøm');
  t.strictSame(lillestrom?.kommunenummerPeriods, [
    { kommunenummer: '3030', from: '2020-01-01', to: '2023-12-31' },
    { kommunenummer: '3205', from: '2024-01-01', to: null },
  ]);
});

t.test('a unit is identified within the party it is part of', async (t) => {
  const ahus = resolveParty({
    kind: 'klinikk',
    name: 'Ortopedisk klinikk',
    partOf: 'helseforetak-akershus-universitetssykehus',
  });
  const other = resolveParty({
    kind: 'klinikk',
    name: 'Ortopedisk klinikk',
    partOf: 'helseforetak-sykehuset-telemark',
  });
  t.equal(ahus.id, 'klinikk-ahus-ortopedisk-klinikk');
  t.equal(ahus.partOf, 'helseforetak-akershus-universitetssykehus');
  t.equal(other.id, 'klinikk-sykehuset-telemark-hf-ortopedisk-klinikk');
  t.not(ahus.id, other.id, "another trust's Ortopedisk klinikk is another party");
  t.equal(
    resolveParty({ kind: 'other', name: 'Aurskog sykehjem', partOf: 'kommune-3026' }).id,
    'other-aurskog-holand-aurskog-sykehjem',
  );
  t.equal(
    resolveParty({ kind: 'klinikk', name: 'Urologi', partOf: 'helseforetak-ukjent' }).id,
    'klinikk-ukjent-urologi',
  );
  t.equal(resolveParty({ kind: 'klinikk', name: 'Urologi' }).partOf, undefined);
});

t.test('a regional trust and private hospitals with agreements are not helseforetak', async (t) => {
  t.strictSame(resolveParty({ kind: 'regionalt-helseforetak', name: 'Helse Sør-Øst RHF' }), {
    id: 'regionalt-helseforetak-helse-sor-ost',
    kind: 'regionalt-helseforetak',
    name: 'Helse Sør-Øst RHF',
    kommunenummer: null,
  });
  t.equal(
    resolveParty({ kind: 'ideelt-sykehus', name: 'Diakonhjemmet sykehus' }).id,
    'ideelt-sykehus-diakonhjemmet-sykehus',
  );
});

t.test('the municipalities of the area are a group whose members are known', async (t) => {
  const group = KNOWN_PARTIES.find((party) => party.name === 'Kommunene i opptaksområdet');
  t.equal(group?.kind, 'gruppe');
  t.equal(group?.members.length, 17);
  t.ok(group?.members.includes('kommune-3029'));
  t.equal(
    resolveParty({ kind: 'gruppe', name: 'Kommunene i opptaksområdet' }).id,
    'gruppe-kommunene-i-opptaksomradet',
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

t.test('the catalogue holds the seventeen municipalities of the Ahus area, Sør-Odal and Oslo', async (t) => {
  const numbers = Object.fromEntries(
    KNOWN_PARTIES.filter((party) => party.kind === 'kommune').map((party) => [
      party.name,
      party.kommunenummer,
    ]),
  );
  t.strictSame(numbers, {
    Vestby: '3019',
    Ås: '3021',
    Frogn: '3022',
    Nesodden: '3023',
    'Sør-Odal': '3415',
    Oslo: '0301',
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
    t.strictSame(resolveParty({ kind: 'kommune', name: 'Tynset', kommunenummer: '3427' }), {
      id: 'kommune-3427',
      kind: 'kommune',
      name: 'Tynset',
      kommunenummer: '3427',
    });
    t.strictSame(resolveParty({ kind: 'kommune', name: 'Tynset kommune' }), {
      id: 'kommune-tynset',
      kind: 'kommune',
      name: 'Tynset kommune',
      kommunenummer: null,
    });
    t.strictSame(
      resolveParty({ kind: 'kommune', name: 'Sør-Odal kommune' }),
      { id: 'kommune-3415', kind: 'kommune', name: 'Sør-Odal', kommunenummer: '3415' },
      'Sør-Odal is in the catalogue and loses "kommune" like the others',
    );
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
    () => resolveParty({ kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3222' }),
    PartyError,
    'PARTY.KOMMUNENUMMER_MISMATCH',
  );
  throwsDomainError(
    t,
    () => resolveParty({ kind: 'kommune', name: 'Lilestrøm', kommunenummer: '3205' }),
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
