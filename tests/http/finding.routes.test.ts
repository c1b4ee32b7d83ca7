// GET /tiltak and GET /parties over the shipped seed plans; every expected value is counted by hand from the seed
// texts (docs/seed-transcription.md, "The 28 tiltak").
import t from 'tap';
import { startApi, type Api } from './api-fixture.js';

const AHUS_PLAN = 'ahus-2020-2022';
const HSO_PLAN = 'hso-regional-utviklingsplan-2035';
const AHUS = 'helseforetak-akershus-universitetssykehus';

interface Found {
  tiltakId: string;
  planId: string;
  status: string | null;
  roles?: string[];
  via?: string[];
}
interface FoundPage {
  items: Found[];
  nextCursor: string | null;
  total: number;
}

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

async function find(api: Api, query: string): Promise<FoundPage> {
  const response = await api.as('reader', { method: 'GET', url: `/tiltak?${query}` });
  if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
  return response.json<FoundPage>();
}

const ids = (page: FoundPage) => page.items.map((item) => item.tiltakId);

t.test('finding tiltak in the seed plans', async (t) => {
  const api = await seededApi(t);

  t.test("Lørenskog's tiltak at 2021-09-07: the two projects the text names it in", async (t) => {
    const page = await find(api, 'partyId=kommune-3029&validAt=2021-09-07');
    t.strictSame(ids(page), [
      'ahus-integrerte-helsetjenester-sarbare-eldre',
      'ahus-ledetekster-sjekklister-utskrivelse',
    ]);
    t.equal(page.total, 2);
    const before = await find(api, 'partyId=kommune-3029&validAt=2019-12-31');
    t.equal(before.total, 0, 'no tiltak existed before the plan started');
  });

  t.test(
    "Ahus's tiltak include its units': 16 in its plan (8 name Ahus itself), 17 with the HSØ project",
    async (t) => {
      const inPlan = await find(api, `partyId=${AHUS}&planId=${AHUS_PLAN}&limit=200`);
      t.equal(inPlan.total, 16);
      t.ok(
        ids(inPlan).includes('ahus-samhandling-for-bedre-behelse'),
        'Ortopedisk klinikk Ahus counts for Ahus',
      );
      t.ok(ids(inPlan).includes('ahus-opplaeringsfilm-blodtransfusjoner'), 'Blodbanken Ahus counts for Ahus');
      t.equal((await find(api, `partyId=${AHUS}&limit=200`)).total, 17);
      const responsible = await find(api, `partyId=${AHUS}&planId=${AHUS_PLAN}&role=responsible&limit=200`);
      t.equal(responsible.total, 15);
      const participant = await find(api, `partyId=${AHUS}&planId=${AHUS_PLAN}&role=participant`);
      t.strictSame(ids(participant), ['ahus-revisjon-bup-retningslinjer']);
    },
  );

  t.test('a sykehjem counts for its kommune: Lillestrøm 3 (with Pålsetnet), Aurskog-Høland 1', async (t) => {
    t.equal((await find(api, 'partyId=kommune-3030')).total, 3);
    t.strictSame(ids(await find(api, 'partyId=kommune-3026')), ['ahus-opplaeringsfilm-blodtransfusjoner']);
  });

  t.test('a tiltak listed under two tiltaksområder is found under both', async (t) => {
    const also = await find(api, 'tiltaksomradeId=ahus-to-personer-med-flere-kroniske-lidelser');
    t.strictSame(ids(also), [
      'ahus-integrerte-helsetjenester-sarbare-eldre',
      'ahus-covid-19-rehabilitering',
      'ahus-samhandling-for-bedre-behelse',
    ]);
    t.equal((await find(api, 'tiltaksomradeId=ahus-to-skropelige-eldre')).total, 3);
  });

  t.test('status filters take several statuses, NOT_REPORTED included', async (t) => {
    const at = `planId=${AHUS_PLAN}&validAt=2021-09-07&limit=200`;
    t.equal((await find(api, `${at}&status=IN_PROGRESS,COMPLETED`)).total, 13);
    t.equal((await find(api, `${at}&status=IN_PROGRESS&status=COMPLETED`)).total, 13);
    t.equal((await find(api, `${at}&status=NOT_REPORTED`)).total, 13);
    t.strictSame(ids(await find(api, `${at}&status=UNKNOWN`)), ['ahus-pasientforlopsavtalen-film']);
    const june = await find(api, `planId=${AHUS_PLAN}&validAt=2021-06-30&status=COMPLETED`);
    t.strictSame(ids(june), ['ahus-covid-19-rehabilitering'], 'Åpen dialog is completed only as of 7.9.2021');
  });

  t.test('funded in a year: the seven tiltak granted samhandlingsmidler 2021', async (t) => {
    t.equal((await find(api, 'fundedIn=2021')).total, 7);
    t.equal((await find(api, 'fundedIn=2020')).total, 0);
  });

  t.test('text search ignores case and diacritics', async (t) => {
    const expected = [
      'ahus-integrerte-helsetjenester-sarbare-eldre',
      'ahus-samhandling-for-bedre-behelse',
      'hso-integrerte-helsetjenester-sarbare-eldre-ahus',
    ];
    for (const q of ['sårbare eldre', 'SARBARE  Eldre', 'Sårbare ELDRE']) {
      const page = await find(api, `q=${encodeURIComponent(q)}`);
      t.strictSame(ids(page).sort(), [...expected].sort(), q);
    }
    t.strictSame(ids(await find(api, 'q=REHABILITERING')), ['ahus-covid-19-rehabilitering']);
  });

  t.test(
    '"skrøpelig" finds the tiltak listed under "Skrøpelige eldre", which no tiltak text names',
    async (t) => {
      const area = ids(await find(api, 'tiltaksomradeId=ahus-to-skropelige-eldre'));
      t.equal(area.length, 3);
      for (const q of ['skrøpelig', 'SKROPELIG']) {
        t.strictSame(ids(await find(api, `q=${encodeURIComponent(q)}`)), area, q);
      }
    },
  );

  t.test("the document's order: Åpen dialog before Bergensmodellen, HSØ projects as listed", async (t) => {
    const area = ids(await find(api, 'tiltaksomradeId=ahus-to-felles-samarbeidslosninger'));
    t.strictSame(area, ['ahus-apen-dialog-nettverksmoter', 'ahus-bergensmodellen-ocd']);
    const hso = ids(await find(api, `planId=${HSO_PLAN}&limit=200`));
    t.equal(hso.length, 23);
    t.equal(hso[0], 'hso-akuttkjeden-i-telemark');
    t.equal(hso.at(-1), 'hso-integrerte-helsetjenester-sarbare-eldre-ahus');
  });

  t.test('pages follow each other with the cursor, and limits are bounded', async (t) => {
    const all = ids(await find(api, `planId=${AHUS_PLAN}&limit=200`));
    t.equal(all.length, 28);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: FoundPage = await find(
        api,
        `planId=${AHUS_PLAN}&limit=10${cursor === null ? '' : `&cursor=${cursor}`}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    t.equal(pages, 3);
    t.strictSame(seen, all);

    const first = await api.as('reader', { method: 'GET', url: `/tiltak?planId=${AHUS_PLAN}&limit=10` });
    const { nextCursor } = first.json<FoundPage>();
    t.equal(
      first.headers.link,
      `</tiltak?planId=${AHUS_PLAN}&limit=10&cursor=${nextCursor ?? ''}>; rel="next"`,
      'the Link header names the next page, as on the other paged lists',
    );
    const last = await api.as('reader', { method: 'GET', url: `/tiltak?planId=${AHUS_PLAN}&limit=200` });
    t.equal(last.headers.link, undefined, 'the last page names no next page');
    t.equal(
      (await find(api, `planId=${AHUS_PLAN}`)).items.length,
      28,
      'the default limit (50) holds the plan',
    );
    for (const query of [
      'limit=201',
      'limit=0',
      'cursor=bm9wZQ',
      'status=DONE',
      'validat=2020-06-01',
      'fundedIn=abc',
    ]) {
      const response = await api.as('reader', { method: 'GET', url: `/tiltak?${query}` });
      t.equal(response.statusCode, 400, query);
      t.equal(response.json<{ code: string }>().code, 'REQUEST.VALIDATION_FAILED', query);
    }
  });

  t.test('an unknown plan or party is a 404, and a reader may search', async (t) => {
    const plan = await api.as('reader', { method: 'GET', url: '/tiltak?planId=nope' });
    t.equal(plan.statusCode, 404);
    t.equal(plan.json<{ code: string }>().code, 'PLAN.NOT_FOUND');
    const party = await api.as('reader', { method: 'GET', url: '/tiltak?partyId=kommune-9999' });
    t.equal(party.json<{ code: string }>().code, 'PARTY.NOT_FOUND');
    t.equal((await api.as(null, { method: 'GET', url: '/tiltak' })).statusCode, 401);
  });

  t.test('what the importer parsed reaches the tiltak', async (t) => {
    const response = await api.as('reader', {
      method: 'GET',
      url: '/tiltak/ahus-revisjon-bup-retningslinjer',
    });
    const tiltak = response.json<{
      responsibleAsWritten: string | null;
      participants: { id: string; partOf?: string }[];
    }>();
    t.equal(
      tiltak.responsibleAsWritten,
      'AU Nedsatt arbeidsgruppe med repr. fra Ahus og kommuner med leder fra ABUP Ahus og sekretær AU Pågår',
    );
    t.has(tiltak.participants, [
      { id: AHUS },
      { id: 'gruppe-kommunene-i-opptaksomradet' },
      { id: 'klinikk-ahus-abup', partOf: AHUS },
    ]);
  });
});

interface PartyBody {
  partyId: string;
  kind: string;
  name: string;
  kommunenummer: string | null;
  partOf: string | null;
  parts: string[];
  members: string[];
}

t.test('the party register', async (t) => {
  const api = await seededApi(t);
  const parties = async (query: string) => {
    const response = await api.as('reader', { method: 'GET', url: `/parties?${query}` });
    if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
    return response.json<{ items: PartyBody[]; nextCursor: string | null; total: number }>();
  };

  t.test(
    "a name is found whatever its case and letters; today's kommunenummer and the old one",
    async (t) => {
      const found = await parties('q=LILLESTROM&kind=kommune');
      t.strictSame(
        found.items.map((party) => [party.partyId, party.name]),
        [['kommune-3030', 'Lillestrøm']],
      );
      t.equal(found.items[0]?.kommunenummer, '3205', 'the number of today');
      const then = await parties('q=lillestrøm&kind=kommune&validAt=2021-09-07');
      t.equal(then.items[0]?.kommunenummer, '3030', 'the number of 2021');
      for (const kommunenummer of ['3030', '3205']) {
        t.strictSame(
          (await parties(`kommunenummer=${kommunenummer}`)).items.map((party) => party.partyId),
          ['kommune-3030'],
        );
      }
      t.strictSame(
        (await parties('q=lillestrom')).items.map((party) => party.partyId),
        ['kommune-3030', 'other-lillestrom-legesenter'],
      );
    },
  );

  t.test('kinds: one regional trust, two private hospitals with agreements', async (t) => {
    t.strictSame(
      (await parties('kind=regionalt-helseforetak')).items.map((party) => party.partyId),
      ['regionalt-helseforetak-helse-sor-ost'],
    );
    t.strictSame(
      (await parties('kind=ideelt-sykehus')).items.map((party) => party.name),
      ['Diakonhjemmet sykehus', 'Lovisenberg diakonale sykehus'],
    );
    const ahus = (await parties('q=ahus&kind=helseforetak')).items[0];
    t.equal(ahus?.name, 'Akershus universitetssykehus');
    t.equal(ahus?.partOf, 'regionalt-helseforetak-helse-sor-ost');
    t.strictSame(ahus?.parts, [
      'klinikk-ahus-abup',
      'klinikk-ahus-akuttmedisinsk-avdeling',
      'klinikk-ahus-avdeling-samhandling-og-helsefremming',
      'klinikk-ahus-blodbanken',
      'klinikk-ahus-dps-nedre-romerike',
      'klinikk-ahus-dps-ovre-romerike',
      'klinikk-ahus-ortopedisk-klinikk',
      'klinikk-ahus-urologisk-poliklinikk',
    ]);
    const group = (await parties('kind=gruppe&q=opptaksomradet')).items[0];
    t.equal(group?.members.length, 17);
  });

  t.test('a party with its rolled-up tiltak', async (t) => {
    const response = await api.as('reader', {
      method: 'GET',
      url: `/parties/${AHUS}?validAt=2021-09-07&limit=5`,
    });
    t.equal(response.statusCode, 200);
    const body = response.json<{
      party: PartyBody;
      counts: { tiltak: number; responsible: number; participant: number };
      tiltak: FoundPage;
    }>();
    t.strictSame(body.counts, { tiltak: 17, responsible: 16, participant: 1 });
    t.equal(body.tiltak.items.length, 5);
    t.equal(body.tiltak.total, 17);
    t.not(body.tiltak.nextCursor, null);
    t.strictSame(body.tiltak.items[0]?.via, [AHUS, 'klinikk-ahus-abup'], 'Ahus itself and ABUP Ahus');
    const sykehjem = await api.as('reader', {
      method: 'GET',
      url: '/parties/other-aurskog-holand-aurskog-sykehjem',
    });
    t.equal(sykehjem.json<{ party: PartyBody }>().party.partOf, 'kommune-3026');
    const missing = await api.as('reader', { method: 'GET', url: '/parties/kommune-9999' });
    t.equal(missing.statusCode, 404);
    t.equal(missing.json<{ code: string }>().code, 'PARTY.NOT_FOUND');
    const unknownParam = await api.as('reader', { method: 'GET', url: `/parties/${AHUS}?asOf=2021-01-01` });
    t.equal(unknownParam.statusCode, 400);
  });

  t.test('the register is paginated', async (t) => {
    const first = await parties('limit=5');
    t.equal(first.items.length, 5);
    t.ok(first.total > 40);
    const second = await parties(`limit=5&cursor=${first.nextCursor ?? ''}`);
    t.equal(second.items.length, 5);
    t.notOk(second.items.some((party) => first.items.some((seen) => seen.partyId === party.partyId)));
  });
});
