import t from 'tap';
import {
  CommandError,
  FUNDING_YEAR_MARGIN,
  FundingError,
  defaultGrantId,
} from '../../../src/domain/index.js';
import {
  TILTAK_ID,
  day,
  fundingGranted,
  standardPlan,
  tiltakCommand,
  tiltakCreated,
  tiltakEvent,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

const grant = (data: Record<string, unknown> = {}) =>
  tiltakCommand('GrantFunding', {
    source: 'Samhandlingsmidler',
    year: 2021,
    amountNok: 500000,
    decisionReference: 'ASU-sak 12/2021',
    effectiveAt: '2021-03-01T00:00:00Z',
    ...data,
  });

t.test('funding is granted with source, year, amount in NOK and decision reference', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(grant())
    .then(t, [
      {
        type: 'FundingGranted',
        data: {
          tiltakId: TILTAK_ID,
          grantId: 'samhandlingsmidler-2021',
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: 500000,
          decisionReference: 'ASU-sak 12/2021',
        },
        effectiveAt: '2021-03-01T00:00:00.000Z',
      },
    ]);
});

t.test('a grant whose amount is not known is recorded with amount null', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(grant({ amountNok: undefined, decisionReference: undefined, grantId: 'tildeling-2021' }))
    .then(t, [
      {
        type: 'FundingGranted',
        data: {
          tiltakId: TILTAK_ID,
          grantId: 'tildeling-2021',
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: null,
          decisionReference: null,
        },
      },
    ]);
});

t.test('a grant id defaults to source and year', async (t) => {
  t.equal(defaultGrantId('Samhandlingsmidler', 2021), 'samhandlingsmidler-2021');
  t.equal(defaultGrantId('Helse Sør-Øst RHF', 2022), 'helse-sor-ost-rhf-2022');
  t.equal(defaultGrantId('—', 2022), 'grant-2022');
});

t.test(`the funding year may lie ${FUNDING_YEAR_MARGIN} year before or after the plan period`, async (t) => {
  for (const year of [2019, 2020, 2022, 2023]) {
    given(standardPlan(), tiltakCreated())
      .when(grant({ year }))
      .then(t, [
        {
          type: 'FundingGranted',
          data: {
            tiltakId: TILTAK_ID,
            grantId: `samhandlingsmidler-${year}`,
            source: 'Samhandlingsmidler',
            year,
            amountNok: 500000,
            decisionReference: 'ASU-sak 12/2021',
          },
        },
      ]);
  }
});

t.test('a funding year further from the plan period is refused', async (t) => {
  for (const year of [2018, 2024]) {
    given(standardPlan(), tiltakCreated())
      .when(grant({ year }))
      .thenThrows(t, FundingError, 'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD');
  }
});

t.test('the plan period that counts is the one at the grant’s effectiveAt', async (t) => {
  given(standardPlan(), tiltakCreated(), {
    streamId: 'plan-handlingsplan-2020-2022',
    type: 'PlanRevised',
    data: { planId: 'handlingsplan-2020-2022', period: { from: '2020-01-01', to: '2023-12-31' } },
    effectiveAt: day('2022-06-01'),
  })
    .when(grant({ year: 2024, effectiveAt: '2022-01-01T00:00:00Z' }))
    .thenThrows(t, FundingError, 'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD');
});

t.test('a negative or fractional amount is refused as bad input before any rule', async (t) => {
  for (const amountNok of [-1, 1.5, '500000', Number.MAX_SAFE_INTEGER + 2]) {
    const error = given(standardPlan(), tiltakCreated())
      .when(grant({ amountNok }))
      .thenThrows(t, CommandError, 'COMMAND.INVALID');
    t.strictSame(
      (error as CommandError | undefined)?.issues.map((issue) => issue.path),
      ['amountNok'],
    );
  }
});

t.test('a grant id already used on the tiltak is refused', async (t) => {
  given(standardPlan(), tiltakCreated(), fundingGranted())
    .when(grant({ amountNok: 250000 }))
    .thenThrows(t, FundingError, 'FUNDING.GRANT_EXISTS');
});

t.test('a grant is withdrawn', async (t) => {
  given(standardPlan(), tiltakCreated(), fundingGranted())
    .when(
      tiltakCommand('WithdrawFunding', {
        grantId: 'samhandlingsmidler-2021',
        effectiveAt: '2021-09-01T00:00:00Z',
        reason: 'Prosjektet fikk ikke startet',
      }),
    )
    .then(t, [
      {
        type: 'FundingWithdrawn',
        data: { tiltakId: TILTAK_ID, grantId: 'samhandlingsmidler-2021' },
        reason: 'Prosjektet fikk ikke startet',
      },
    ]);
});

t.test('withdrawing a grant the tiltak never had is refused', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('WithdrawFunding', { grantId: 'samhandlingsmidler-2021' }))
    .thenThrows(t, FundingError, 'FUNDING.GRANT_NOT_FOUND');
});

t.test('withdrawing a grant twice is refused', async (t) => {
  given(
    standardPlan(),
    tiltakCreated(),
    fundingGranted(),
    tiltakEvent('FundingWithdrawn', { grantId: 'samhandlingsmidler-2021' }, day('2021-09-01')),
  )
    .when(tiltakCommand('WithdrawFunding', { grantId: 'samhandlingsmidler-2021' }))
    .thenThrows(t, FundingError, 'FUNDING.ALREADY_WITHDRAWN');
});

t.test('a withdrawal effective before the grant is refused', async (t) => {
  given(standardPlan(), tiltakCreated(), fundingGranted())
    .when(
      tiltakCommand('WithdrawFunding', {
        grantId: 'samhandlingsmidler-2021',
        effectiveAt: '2021-01-01T00:00:00Z',
      }),
    )
    .thenThrows(t, FundingError, 'FUNDING.BEFORE_GRANT');
});
