import t from 'tap';
import { readFileSync } from 'node:fs';
import {
  PlanDocumentInvalid,
  PlanDocumentSchema,
  effectiveAtToInstant,
  listProblems,
  parseLocator,
  parsePlanDocument,
} from '../../src/import/plan-document.schema.js';
import type {
  PlanDocument,
  SourceLocator,
  Tiltak,
  TiltakStatus,
} from '../../src/import/plan-document.schema.js';

const AHUS_FILE = 'ahus-samhandling-2020-2022.json';
const HSO_FILE = 'hso-samarbeid-om-de-som-trenger-det-mest.json';

function readPlanJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/plans/${file}`, import.meta.url), 'utf8'));
}

const ahus = parsePlanDocument(readPlanJson(AHUS_FILE), AHUS_FILE);
const hso = parsePlanDocument(readPlanJson(HSO_FILE), HSO_FILE);

function instant(value: string): number {
  const at = effectiveAtToInstant(value);
  if (at === null) throw new Error(`not an effective date: ${value}`);
  return at.getTime();
}

/** A bare validAt date means the end of that day in Europe/Oslo (DESIGN.md §5). */
function endOfOsloDay(date: string): number {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return instant(next.toISOString().slice(0, 10)) - 1;
}

/** The status a tiltak has at `at`, or undefined when it does not exist yet: the way the importer will fold it. */
function statusAt(tiltak: Tiltak, at: number): TiltakStatus | null | undefined {
  if (instant(tiltak.createdEffectiveAt) > at) return undefined;
  const dated: [number, TiltakStatus | null][] = [
    ...tiltak.changes.flatMap((change): [number, TiltakStatus | null][] =>
      change.kind === 'status-changed' ? [[instant(change.effectiveAt), change.to]] : [],
    ),
    [instant(tiltak.status.effectiveAt), tiltak.status.value],
  ];
  let current: TiltakStatus | null = null;
  for (const [when, value] of dated.sort((a, b) => a[0] - b[0])) if (when <= at) current = value;
  return current;
}

function statusCounts(document: PlanDocument, validAt: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const tiltak of document.tiltak) {
    const status = statusAt(tiltak, endOfOsloDay(validAt));
    if (status === undefined) continue;
    const key = status ?? 'IKKE_RAPPORTERT';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function allIds(document: PlanDocument): string[] {
  return [
    document.plan.id,
    ...document.parties.map((party) => party.id),
    ...document.goals.map((goal) => goal.id),
    ...document.satsningsomrader.map((area) => area.id),
    ...document.tiltaksomrader.map((area) => area.id),
    ...document.tiltak.flatMap((tiltak) => [
      tiltak.id,
      ...tiltak.funding.map((grant) => grant.id),
      ...tiltak.changes.map((change) => change.id),
    ]),
  ];
}

type Fact = readonly [string, { source: SourceLocator }];

/** Every fact of the document, with a name for it; each must carry a source locator. */
function facts(document: PlanDocument): Fact[] {
  return [
    ['plan', document.plan],
    ...(document.plan.asOf === undefined ? [] : [['plan.asOf', document.plan.asOf] as const]),
    ...document.parties.map((party) => [`party ${party.id}`, party] as const),
    ...document.goals.map((goal) => [`goal ${goal.id}`, goal] as const),
    ...document.satsningsomrader.map((area) => [`satsningsomrade ${area.id}`, area] as const),
    ...document.tiltaksomrader.flatMap((area) => [
      [`tiltaksomrade ${area.id}`, area] as const,
      ...area.alsoWrittenAs.map((alias) => [`alias of ${area.id}`, alias] as const),
    ]),
    ...document.tiltak.flatMap((tiltak) => [
      [`tiltak ${tiltak.id}`, tiltak] as const,
      [`status of ${tiltak.id}`, tiltak.status] as const,
      ...tiltak.funding.map((grant) => [`funding ${grant.id}`, grant] as const),
      ...tiltak.changes.map((change) => [`change ${change.id}`, change] as const),
    ]),
  ];
}

function titlesOfTiltaksomrader(document: PlanDocument, satsningsomradeNumber: number): string[] {
  const area = document.satsningsomrader.find((candidate) => candidate.number === satsningsomradeNumber);
  return document.tiltaksomrader
    .filter((candidate) => candidate.satsningsomradeId === area?.id)
    .map((candidate) => candidate.title);
}

function tiltakIn(document: PlanDocument, satsningsomradeNumber: number): Tiltak[] {
  const area = document.satsningsomrader.find((candidate) => candidate.number === satsningsomradeNumber);
  const areas = new Set(
    document.tiltaksomrader
      .filter((candidate) => candidate.satsningsomradeId === area?.id)
      .map((candidate) => candidate.id),
  );
  return document.tiltak.filter((tiltak) => areas.has(tiltak.tiltaksomradeId));
}

function party(document: PlanDocument, id: string) {
  const found = document.parties.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no party ${id}`);
  return found;
}

t.test('both seed plan documents validate against the plan document schema', async (t) => {
  t.ok(PlanDocumentSchema.safeParse(readPlanJson(AHUS_FILE)).success, AHUS_FILE);
  t.ok(PlanDocumentSchema.safeParse(readPlanJson(HSO_FILE)).success, HSO_FILE);
});

t.test('the Ahus plan has one overall goal, three effect goals and two quality goals', async (t) => {
  const kinds = ahus.goals.map((goal) => goal.kind);
  t.equal(kinds.filter((kind) => kind === 'overall').length, 1);
  t.equal(kinds.filter((kind) => kind === 'effect').length, 3);
  t.equal(kinds.filter((kind) => kind === 'quality').length, 2);
  t.equal(ahus.goals.length, 6);
});

t.test('the Ahus plan runs 2020-2022 and states its content as of 2021-09-07', async (t) => {
  t.strictSame(ahus.plan.period, {
    from: '2020-01-01',
    to: '2022-12-31',
    fromBasis: 'stated-period',
    toBasis: 'stated-period',
  });
  t.equal(ahus.plan.asOf?.date, '2021-09-07');
});

t.test(
  'the Ahus plan has four numbered satsningsområder with the tiltaksområder the document lists',
  async (t) => {
    t.strictSame(
      ahus.satsningsomrader.map((area) => [area.number, area.title]),
      [
        [1, 'Samarbeid om de mest sårbare pasientgruppene'],
        [2, 'Psykisk helse og rus'],
        [3, 'Digital samhandling'],
        [4, 'Kompetanse'],
      ],
    );
    t.strictSame(titlesOfTiltaksomrader(ahus, 1), [
      'Barn og unge',
      'Skrøpelige eldre',
      'Personer med flere kroniske lidelser',
    ]);
    t.strictSame(titlesOfTiltaksomrader(ahus, 2), [
      'Nasjonal satsing på «samarbeid om de mest sårbare pasientene»',
      'Pakkeforløpene - innføring og bruk',
      'Elektronisk meldingsutveksling/PLO - ta i bruk og utnytte samhandlingspotensialet',
      'Vurdere flere felles samarbeids-løsninger',
    ]);
    t.strictSame(titlesOfTiltaksomrader(ahus, 3), [
      'Avstandsoppfølging - samhandlingsprosjekter mellom Ahus og kommuner',
      'Elektronisk meldingsutveksling',
      'Løsninger tilrettelagt for digitale møter/samhandling mellom Ahus og kommunene',
    ]);
    t.strictSame(titlesOfTiltaksomrader(ahus, 4), [
      'Kompetansebroen',
      'Samarbeid med utdanningsinstitusjonene',
      'Forskningssamarbeid',
      'Øke samhandlingskompetansen',
      'Øke helsekompetansen i befolkningen',
    ]);
  },
);

t.test('the Ahus plan has the 28 tiltak of its tables, 5, 10, 5 and 8 per satsningsområde', async (t) => {
  t.equal(ahus.tiltak.length, 28);
  t.strictSame(
    [1, 2, 3, 4].map((number) => tiltakIn(ahus, number).length),
    [5, 10, 5, 8],
  );
});

t.test('two tiltak numbered alike in one tiltaksområde stay two tiltak with their own ids', async (t) => {
  const samarbeidslosninger = ahus.tiltak.filter(
    (tiltak) => tiltak.tiltaksomradeId === 'ahus-to-felles-samarbeidslosninger',
  );
  t.strictSame(
    samarbeidslosninger.map((tiltak) => [tiltak.numberLabel, tiltak.title]),
    [
      ['Tiltak 3', 'Åpen dialog - nettverksmøter'],
      ['Tiltak 3', 'Bergensmodellen/OCD'],
    ],
  );
  t.not(samarbeidslosninger[0]?.id, samarbeidslosninger[1]?.id);
});

t.test('seven Ahus tiltak have samhandlingsmidler granted for 2021, none with an amount', async (t) => {
  const granted = ahus.tiltak.filter((tiltak) =>
    tiltak.funding.some((grant) => grant.fundingSource === 'samhandlingsmidler' && grant.year === 2021),
  );
  t.equal(granted.length, 7);
  t.ok(ahus.tiltak.every((tiltak) => tiltak.funding.every((grant) => grant.amountNok === null)));
});

t.test('the Ahus status counts at 2021-09-07 are the hand count of docs/seed-transcription.md', async (t) => {
  t.strictSame(statusCounts(ahus, '2021-09-07'), {
    IN_PROGRESS: 11,
    COMPLETED: 2,
    UNKNOWN: 1,
    PLANNED: 1,
    IKKE_RAPPORTERT: 13,
  });
});

t.test('the Ahus plan has no tiltak on 2019-12-31 and all 28 from its first day', async (t) => {
  t.strictSame(statusCounts(ahus, '2019-12-31'), {});
  t.strictSame(statusCounts(ahus, '2020-01-01'), { IKKE_RAPPORTERT: 28 });
});

t.test('a status the text dates counts from that date, the others from the document date', async (t) => {
  // "innført 2020" puts one tiltak in progress by the end of 2020, "juni 21" completes one by June 2021.
  t.strictSame(statusCounts(ahus, '2021-06-30'), { IN_PROGRESS: 1, COMPLETED: 1, IKKE_RAPPORTERT: 26 });
  t.strictSame(statusCounts(ahus, '2021-09-06'), { IN_PROGRESS: 1, COMPLETED: 1, IKKE_RAPPORTERT: 26 });
});

t.test('every Ahus tiltak references an existing tiltaksområde and existing parties', async (t) => {
  const areas = new Set(ahus.tiltaksomrader.map((area) => area.id));
  const parties = new Set(ahus.parties.map((candidate) => candidate.id));
  for (const tiltak of ahus.tiltak) {
    t.ok(areas.has(tiltak.tiltaksomradeId), tiltak.id);
    t.ok(
      tiltak.alsoTiltaksomradeIds.every((id) => areas.has(id)),
      `${tiltak.id} also-tiltaksområder`,
    );
    t.ok(
      [...tiltak.responsible, ...tiltak.participants].every((id) => parties.has(id)),
      `${tiltak.id} parties`,
    );
  }
});

t.test('municipalities, hospital units and user organisations are separate parties', async (t) => {
  const elaering = ahus.tiltak.find((tiltak) => tiltak.id === 'ahus-e-laering-selvmordsforebygging');
  t.strictSame(
    elaering?.responsible.map((id) => [party(ahus, id).kind, party(ahus, id).name]),
    [
      ['kommune', 'Lillestrøm kommune'],
      ['kommune', 'Nittedal kommune'],
      ['klinikk', 'Akuttmedisinsk avdeling'],
    ],
  );
  t.equal(
    party(ahus, 'klinikk-ahus-akuttmedisinsk-avdeling').partOf,
    'helseforetak-akershus-universitetssykehus',
  );
  t.strictSame(
    elaering?.participants.map((id) => party(ahus, id).kind),
    ['brukerorganisasjon'],
  );
});

t.test('the municipalities of the Ahus plan carry their 2020-2023 kommunenummer', async (t) => {
  const kommuner = Object.fromEntries(
    ahus.parties
      .filter((candidate) => candidate.kind === 'kommune')
      .map((candidate) => [candidate.name, candidate.kommunenummer]),
  );
  t.strictSame(kommuner, {
    'Lillestrøm kommune': '3030',
    'Lørenskog kommune': '3029',
    'Nordre Follo kommune': '3020',
    'Ullensaker kommune': '3033',
    'Rælingen kommune': '3027',
    'Eidsvoll kommune': '3035',
    'Nannestad kommune': '3036',
    'Hurdal kommune': '3037',
    'Gjerdrum kommune': '3032',
    'Nittedal kommune': '3031',
    'Sør-Odal kommune': '3415',
    'Aurskog-Høland kommune': '3026',
  });
  for (const candidate of ahus.parties.filter((p) => p.kind === 'kommune')) {
    t.equal(candidate.id, `kommune-${candidate.kommunenummer ?? ''}`);
  }
});

t.test('every id in each seed document is unique', async (t) => {
  for (const document of [ahus, hso]) {
    const ids = allIds(document);
    t.equal(new Set(ids).size, ids.length, document.plan.id);
  }
  const tiltakIds = [...ahus.tiltak, ...hso.tiltak].map((tiltak) => tiltak.id);
  t.equal(new Set(tiltakIds).size, tiltakIds.length, 'tiltak ids are unique across the seed plans');
});

t.test('every fact carries a well-formed source locator into a listed document', async (t) => {
  for (const document of [ahus, hso]) {
    const lineCounts = new Map(document.documents.map((entry) => [entry.file, entry.lineCount]));
    for (const [where, fact] of facts(document)) {
      const lineCount = lineCounts.get(fact.source.document);
      const locator = parseLocator(fact.source.locator);
      t.ok(lineCount !== undefined && locator !== null, where);
      if (lineCount === undefined || locator === null) continue;
      t.ok(locator.firstLine >= 1 && locator.lastLine <= lineCount, `${where} lines`);
      t.ok(locator.quote === null || locator.quote.trim().length > 0, `${where} quote`);
    }
  }
});

t.test('titles and goals are quoted verbatim by their own locators', async (t) => {
  for (const document of [ahus, hso]) {
    const quoted = [
      ...document.goals.map((goal) => [goal.text, goal.source.locator] as const),
      ...document.satsningsomrader.map((area) => [area.title, area.source.locator] as const),
      ...document.tiltaksomrader.map((area) => [area.title, area.source.locator] as const),
      ...document.tiltak.map((tiltak) => [tiltak.title, tiltak.source.locator] as const),
    ];
    for (const [text, locator] of quoted) {
      t.ok(parseLocator(locator)?.quote?.includes(text), text);
    }
  }
});

t.test('the HSØ seminar document has the 23 projects, each under its health trust', async (t) => {
  t.equal(hso.tiltak.length, 23);
  const focus = hso.satsningsomrader.find(
    (area) => area.id === 'hso-sa-samarbeid-om-de-som-trenger-det-mest',
  );
  t.equal(focus?.title, 'Samarbeid om de som trenger det mest – integrerte helsetjenester');
  const perTrust: [string, number][] = [];
  for (const tiltak of hso.tiltak) {
    t.equal(tiltak.responsible.length, 1, tiltak.id);
    const trust = party(hso, tiltak.responsible[0] ?? '');
    t.ok(['helseforetak', 'ideelt-sykehus'].includes(trust.kind), tiltak.id);
    const area = hso.tiltaksomrader.find((candidate) => candidate.id === tiltak.tiltaksomradeId);
    t.equal(area?.title, trust.name, `${tiltak.id} is listed under ${trust.name}`);
    t.equal(area?.satsningsomradeId, focus?.id);
    t.equal(tiltak.createdEffectiveAt, hso.plan.asOf?.date);
    const last = perTrust.at(-1);
    if (last?.[0] === trust.name) last[1] += 1;
    else perTrust.push([trust.name, 1]);
  }
  t.strictSame(perTrust, [
    ['Sykehuset Telemark HF', 6],
    ['Vestre Viken HF', 2],
    ['Sørlandet sykehus HF', 1],
    ['Sykehuset Innlandet HF', 2],
    ['Oslo universitetssykehus HF', 6],
    ['Sykehuset i Vestfold HF', 3],
    ['Diakonhjemmet sykehus', 1],
    ['Lovisenberg diakonale sykehus', 1],
    ['Akershus universitetssykehus', 1],
  ]);
});

t.test('the HSØ projects have no status except the one the text calls planned', async (t) => {
  t.strictSame(statusCounts(hso, hso.plan.asOf?.date ?? ''), { IKKE_RAPPORTERT: 22, PLANNED: 1 });
});

t.test('a party shared by the seed documents is defined alike in both', async (t) => {
  const inAhus = party(ahus, 'helseforetak-akershus-universitetssykehus');
  const inHso = party(hso, 'helseforetak-akershus-universitetssykehus');
  t.strictSame({ ...inAhus, source: null }, { ...inHso, source: null });
});

t.test('a broken document fails validation with every problem listed by path', async (t) => {
  const broken = structuredClone(readPlanJson(AHUS_FILE)) as {
    tiltak: {
      id: string;
      tiltaksomradeId: string;
      status: { value: string };
      funding: { amountNok: number }[];
    }[];
    parties: { partOf?: string; source: { locator: string } }[];
  };
  const [first, second, third, fourth, fifth] = broken.tiltak;
  const [ahusParty, lillestrom] = broken.parties;
  if (!first || !second || !third?.funding[0] || !fourth || !fifth || !ahusParty || !lillestrom) {
    throw new Error('the Ahus seed lost the rows this test breaks');
  }
  first.tiltaksomradeId = 'ahus-to-finnes-ikke';
  second.status.value = 'DONE';
  third.funding[0].amountNok = -5;
  fifth.id = fourth.id;
  lillestrom.partOf = 'helseforetak-finnes-ikke';
  ahusParty.source.locator = 'line 9999';

  const result = PlanDocumentSchema.safeParse(broken);
  t.notOk(result.success);
  const problems = result.success ? [] : listProblems(result.error);
  const expected: [string, string, string | null][] = [
    ['/tiltak/0/tiltaksomradeId', 'custom', 'known-tiltaksomrade'],
    ['/tiltak/1/status/value', 'invalid_value', null],
    ['/tiltak/2/funding/0/amountNok', 'too_small', null],
    ['/tiltak/4/id', 'custom', 'unique-id'],
    ['/parties/1/partOf', 'custom', 'known-party'],
    ['/parties/0/source/locator', 'custom', 'line-in-document'],
  ];
  t.strictSame(problems.map((problem) => [problem.path, problem.code, problem.rule]).sort(), expected.sort());
  t.ok(problems.every((problem) => problem.message.length > 0));

  const error = t.throws(() => parsePlanDocument(broken, AHUS_FILE));
  t.ok(error instanceof PlanDocumentInvalid);
  if (error instanceof PlanDocumentInvalid) {
    t.equal(error.code, 'IMPORT.PLAN_DOCUMENT_INVALID');
    t.equal(error.problems.length, expected.length);
  }
});

t.test('a date before the tiltak exists or after the document date is rejected', async (t) => {
  const broken = structuredClone(readPlanJson(AHUS_FILE)) as {
    tiltak: { createdEffectiveAt: string; status: { effectiveAt: string } }[];
  };
  const [first, second] = broken.tiltak;
  if (!first || !second) throw new Error('the Ahus seed lost its tiltak');
  first.status.effectiveAt = '2019-06-01';
  second.status.effectiveAt = '2021-09-08';
  const result = PlanDocumentSchema.safeParse(broken);
  const problems = result.success ? [] : listProblems(result.error);
  t.strictSame([...new Set(problems.map((problem) => `${problem.path} ${problem.rule ?? ''}`))].sort(), [
    '/tiltak/0/status/effectiveAt date-order',
    '/tiltak/1/status/effectiveAt date-order',
  ]);
});

t.test('a document that is not even an object is reported, not thrown on', async (t) => {
  t.notOk(PlanDocumentSchema.safeParse(null).success);
  t.notOk(PlanDocumentSchema.safeParse({ tiltak: 'none' }).success);
});

t.test('a bare effective date means the start of that day in Europe/Oslo', async (t) => {
  t.equal(effectiveAtToInstant('2021-09-07')?.toISOString(), '2021-09-06T22:00:00.000Z');
  t.equal(effectiveAtToInstant('2020-01-01')?.toISOString(), '2019-12-31T23:00:00.000Z');
  t.equal(effectiveAtToInstant('2021-03-28')?.toISOString(), '2021-03-27T23:00:00.000Z');
  t.equal(effectiveAtToInstant('2021-10-31')?.toISOString(), '2021-10-30T22:00:00.000Z');
  t.equal(effectiveAtToInstant('2021-09-07T10:00:00+02:00')?.toISOString(), '2021-09-07T08:00:00.000Z');
  t.equal(effectiveAtToInstant('7.9.2021'), null);
});

t.test('locators name lines and may quote them', async (t) => {
  t.strictSame(parseLocator('line 79'), { firstLine: 79, lastLine: 79, quote: null });
  t.strictSame(parseLocator('lines 20-22: Samarbeid'), { firstLine: 20, lastLine: 22, quote: 'Samarbeid' });
  t.equal(parseLocator('line 0'), null);
  t.equal(parseLocator('lines 22-20'), null);
  t.equal(parseLocator('line 79:'), null);
  t.equal(parseLocator('Tiltak 3'), null);
});
