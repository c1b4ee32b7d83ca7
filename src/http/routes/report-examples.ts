import {
  FUNDING_REPORT_COLUMNS,
  FUNDING_TOTALS_COLUMNS,
  RESPONSIBILITY_REPORT_COLUMNS,
  RESPONSIBILITY_TOTALS_COLUMNS,
  ROLLED_UP_RESPONSIBILITY_COLUMNS,
  STATUS_REPORT_COLUMNS,
  STATUS_TOTALS_COLUMNS,
  TILTAK_STATUS_COLUMNS,
} from '../../projections/index.js';

/**
 * One example table per report, for its schema in OpenAPI: the report module's own columns (so an added column
 * cannot leave the example behind: a row without it does not compile) and one or two rows from the seed plan.
 */
const PLAN = 'handlingsplan-2020-2022';

type Cell = string | number | null;

function example<const Columns extends readonly string[]>(
  columns: Columns,
  rows: readonly Record<Columns[number], Cell>[],
): { columns: Columns; rows: readonly Record<Columns[number], Cell>[] } {
  return { columns, rows };
}

const STATUS_COUNTS = {
  PLANNED: 0,
  IN_PROGRESS: 3,
  ON_HOLD: 0,
  COMPLETED: 1,
  DISCONTINUED: 0,
  CARRIED_OVER: 0,
  UNKNOWN: 0,
  NOT_REPORTED: 2,
};

export const REPORT_EXAMPLES = {
  status: example(STATUS_REPORT_COLUMNS, [
    {
      planId: PLAN,
      satsningsomradeNumber: 1,
      satsningsomrade: 'Samarbeid om de mest sårbare pasientgruppene',
      tiltaksomrade: 'Skrøpelige eldre',
      status: 'IN_PROGRESS',
      statusLabel: 'Pågår',
      count: 3,
    },
  ]),
  'status-totals': example(STATUS_TOTALS_COLUMNS, [
    {
      planId: PLAN,
      satsningsomradeNumber: 1,
      satsningsomrade: 'Samarbeid om de mest sårbare pasientgruppene',
      ...STATUS_COUNTS,
      total: 6,
    },
    {
      planId: PLAN,
      satsningsomradeNumber: null,
      satsningsomrade: 'Hele planen',
      ...STATUS_COUNTS,
      total: 6,
    },
  ]),
  'status-tiltak': example(TILTAK_STATUS_COLUMNS, [
    {
      planId: PLAN,
      satsningsomradeNumber: 1,
      satsningsomrade: 'Samarbeid om de mest sårbare pasientgruppene',
      tiltaksomrade: 'Skrøpelige eldre',
      tiltakId: 'tiltak-1-1-1',
      tiltakNumber: '1.1.1',
      tiltak: 'Felles kompetanseplan',
      status: 'IN_PROGRESS',
      statusLabel: 'Pågår',
      responsible: 'Akershus universitetssykehus; Lillestrøm',
      lastChangeAt: '2021-09-06T22:00:00.000Z',
      lastChangeType: 'TiltakStatusChanged',
    },
  ]),
  funding: example(FUNDING_REPORT_COLUMNS, [
    {
      planId: PLAN,
      year: 2021,
      source: 'Samhandlingsmidler',
      tiltakId: 'tiltak-1-1-1',
      tiltakNumber: '1.1.1',
      tiltak: 'Felles kompetanseplan',
      grantId: 'samhandlingsmidler-2021',
      amountNok: null,
      decisionReference: null,
      withdrawnAt: null,
    },
  ]),
  'funding-totals': example(FUNDING_TOTALS_COLUMNS, [
    {
      planId: PLAN,
      year: 2021,
      source: 'Samhandlingsmidler',
      grants: 7,
      amountNok: null,
      grantsWithoutAmount: 7,
      withdrawn: 0,
    },
    {
      planId: PLAN,
      year: 2021,
      source: null,
      grants: 7,
      amountNok: null,
      grantsWithoutAmount: 7,
      withdrawn: 0,
    },
  ]),
  responsibility: example(RESPONSIBILITY_REPORT_COLUMNS, [
    {
      partyId: 'akershus-universitetssykehus-ortopedisk-klinikk',
      party: 'Ortopedisk klinikk Ahus',
      partyKind: 'helseforetak-enhet',
      role: 'participant',
      planId: PLAN,
      tiltakId: 'tiltak-1-2-1',
      tiltakNumber: '1.2.1',
      tiltak: 'Felles rutiner for utskrivning',
      status: 'IN_PROGRESS',
      statusLabel: 'Pågår',
    },
  ]),
  'responsibility-rollup': example(ROLLED_UP_RESPONSIBILITY_COLUMNS, [
    {
      partyId: 'helseforetak-akershus-universitetssykehus',
      party: 'Akershus universitetssykehus',
      partyKind: 'helseforetak',
      partOf: 'helse-sor-ost-rhf',
      planId: PLAN,
      tiltakId: 'tiltak-1-2-1',
      tiltakNumber: '1.2.1',
      tiltak: 'Felles rutiner for utskrivning',
      status: 'IN_PROGRESS',
      statusLabel: 'Pågår',
      roles: 'participant',
      via: 'Ortopedisk klinikk Ahus',
    },
  ]),
  'responsibility-totals': example(RESPONSIBILITY_TOTALS_COLUMNS, [
    {
      partyId: 'helseforetak-akershus-universitetssykehus',
      party: 'Akershus universitetssykehus',
      partyKind: 'helseforetak',
      partOf: 'helse-sor-ost-rhf',
      tiltak: 16,
      responsible: 8,
      participant: 9,
      direct: 8,
    },
  ]),
};
