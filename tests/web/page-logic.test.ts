// The page's pure parts, without a browser: the view in the URL, Oslo times, kroner, problems in words, and the
// values the form kit makes of its fields.
import t from 'tap';
import { readViewState, writeViewState } from '../../web/src/view-state.js';
import { osloInstant, osloDay, osloTime, parseKroner } from '../../web/src/format.js';
import { plainWords } from '../../web/src/plain-words.js';
import { AMOUNT_PROBLEM, kronerOrProblem, middayOf, textOrNull } from '../../web/src/forms/values.js';

t.test('the view survives the URL, and what is not a date, instant or position is ignored', async (t) => {
  const view = {
    plan: 'ahus-2020-2022',
    date: '2021-09-07',
    knownAt: '2026-12-03T16:05:07+01:00',
    status: 'IN_PROGRESS',
    tiltak: 'tiltak-1',
    diffFrom: '2021-03-01',
    diffTo: '2021-09-30',
    audit: {
      actor: 'a1b2c3',
      tiltakId: 'tiltak-1',
      type: 'FundingGranted',
      from: '2021-01-01',
      to: '2021-12-31',
      after: '120',
    },
  };
  t.same(readViewState(writeViewState(view), '2026-12-03'), view, 'read back as written');
  const junk = readViewState(
    '#date=7.9.2021&knownAt=yesterday&diffFrom=2021-3-1&status=<b>&audit.after=-1&audit.from=today',
    '2026-12-03',
  );
  t.equal(junk.date, '2026-12-03', 'a date that is not YYYY-MM-DD is today');
  t.equal(junk.knownAt, null);
  t.equal(junk.diffFrom, null);
  t.equal(junk.status, null);
  t.equal(junk.audit.after, null);
  t.equal(junk.audit.from, null);
  t.notMatch(writeViewState(readViewState('', '2026-12-03')), /knownAt|audit|diff/, 'defaults write nothing');
});

t.test('an Oslo day and time become an instant with the offset in force then', async (t) => {
  t.equal(osloInstant('2021-01-15', '14:05:07'), '2021-01-15T14:05:07+01:00', 'winter');
  t.equal(osloInstant('2021-07-15', '14:05'), '2021-07-15T14:05:00+02:00', 'summer');
  const instant = '2021-07-15T12:05:07.000Z';
  t.equal(osloDay(instant), '2021-07-15');
  t.equal(osloTime(instant), '14:05:07');
  t.equal(Date.parse(osloInstant(osloDay(instant), osloTime(instant))), Date.parse(instant), 'round trip');
});

t.test('kroner as people write them', async (t) => {
  t.equal(parseKroner('250 000'), 250000);
  t.equal(parseKroner('250\u00a0000 kr'), 250000, 'with the no-break space Norwegian grouping uses');
  t.equal(parseKroner('1.500.000'), 1500000);
  t.equal(parseKroner(''), null, 'empty is unknown, not 0');
  t.equal(parseKroner('mye'), 'invalid');
  t.equal(parseKroner('-5'), 'invalid');
  t.equal(parseKroner('12,50'), 'invalid', 'whole kroner only');
});

t.test('problems in words by their code, fields named in Norwegian', async (t) => {
  t.match(plainWords(409, { code: 'FUNDING.GRANT_EXISTS' }), /allerede en tildeling/);
  t.match(plainWords(412, {}), /Noen andre har endret/);
  t.equal(
    plainWords(400, {
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [{ path: 'body.amountNok' }, { path: 'body.replacement.data.year' }],
    }),
    'Sjekk feltet beløp, år: verdien ble ikke godtatt.',
  );
  t.match(plainWords(500, { code: 'INTERNAL' }), /Noe gikk galt \(500 INTERNAL\)/);
});

t.test('what the form kit makes of its fields for a command', async (t) => {
  t.equal(middayOf('2021-03-15'), '2021-03-15T12:00:00Z', 'a day is noon UTC, the same day in Oslo');
  t.equal(osloDay(middayOf('2021-06-30')), '2021-06-30', 'in summer too');
  t.same(kronerOrProblem('250 000'), { amountNok: 250000 });
  t.same(kronerOrProblem(''), { amountNok: null }, 'empty is not known');
  t.same(kronerOrProblem('mye'), { problem: AMOUNT_PROBLEM });
  t.match(AMOUNT_PROBLEM, /helt antall kroner/);
  t.equal(textOrNull('  SU-sak 12/2021 '), 'SU-sak 12/2021');
  t.equal(textOrNull('   '), null, 'only spaces is nothing');
});
