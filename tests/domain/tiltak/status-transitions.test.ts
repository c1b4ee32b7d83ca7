import t from 'tap';
import {
  NOT_REPORTED_LABEL,
  TILTAK_STATUS_LABELS,
  TILTAK_STATUSES,
  TiltakError,
  tiltakStatusLabel,
  type TiltakStatus,
} from '../../../src/domain/index.js';
import { day, standardPlan, statusChanged, tiltakCommand, tiltakCreated } from '../fixtures.js';
import { given } from '../given-when-then.js';

// The transition table as docs/domain.md states it, written out here independently of the code's table.
// a = allowed, r = reopening (allowed with a reason), x = forbidden, - = the same status (no change).
// Columns: PLANNED IN_PROGRESS ON_HOLD COMPLETED DISCONTINUED CARRIED_OVER UNKNOWN
const TABLE: Record<string, string> = {
  NOT_REPORTED: 'a a a a a a a',
  PLANNED: '- a a a a a a',
  IN_PROGRESS: 'x - a a a a a',
  ON_HOLD: 'a a - a a a a',
  COMPLETED: 'r r r - x r a',
  DISCONTINUED: 'r r r x - r a',
  CARRIED_OVER: 'r r r r r - a',
};

function givenTiltakWithStatus(from: string) {
  return given(standardPlan(), tiltakCreated({ status: from === 'NOT_REPORTED' ? null : from }));
}

for (const [from, row] of Object.entries(TABLE)) {
  const rules = row.split(' ');
  TILTAK_STATUSES.forEach((to, index) => {
    const rule = rules[index];
    const change = (reason?: string) =>
      tiltakCommand('ChangeTiltakStatus', { status: to, ...(reason === undefined ? {} : { reason }) });
    switch (rule) {
      case 'a':
        t.test(`${from} -> ${to} is allowed without a reason`, async (t) => {
          givenTiltakWithStatus(from)
            .when(change())
            .then(t, [
              { type: 'TiltakStatusChanged', data: { tiltakId: 'integrerte-helsetjenester', status: to } },
            ]);
        });
        break;
      case 'r':
        t.test(`${from} -> ${to} is a reopening: refused without a reason, recorded with one`, async (t) => {
          givenTiltakWithStatus(from).when(change()).thenThrows(t, TiltakError, 'TILTAK.REOPEN_NEEDS_REASON');
          givenTiltakWithStatus(from)
            .when(change('Prosjektet ble tatt opp igjen'))
            .then(t, [
              {
                type: 'TiltakStatusChanged',
                data: { tiltakId: 'integrerte-helsetjenester', status: to },
                reason: 'Prosjektet ble tatt opp igjen',
              },
            ]);
        });
        break;
      case 'x':
        t.test(`${from} -> ${to} is not allowed, even with a reason`, async (t) => {
          givenTiltakWithStatus(from)
            .when(change('fordi'))
            .thenThrows(t, TiltakError, 'TILTAK.TRANSITION_NOT_ALLOWED');
        });
        break;
      case '-':
        t.test(`${from} -> ${to} changes nothing and is not recorded`, async (t) => {
          givenTiltakWithStatus(from).when(change()).thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
        });
        break;
      case undefined:
      default:
        throw new Error(`bad table cell ${String(rule)}`);
    }
  });
}

t.test('UNKNOWN can be entered from any status without a reason', async (t) => {
  for (const from of ['NOT_REPORTED', ...TILTAK_STATUSES.filter((status) => status !== 'UNKNOWN')]) {
    givenTiltakWithStatus(from)
      .when(tiltakCommand('ChangeTiltakStatus', { status: 'UNKNOWN' }))
      .then(t, [
        { type: 'TiltakStatusChanged', data: { tiltakId: 'integrerte-helsetjenester', status: 'UNKNOWN' } },
      ]);
  }
});

t.test('UNKNOWN can be left to any status when the last known status was open', async (t) => {
  for (const lastKnown of ['NOT_REPORTED', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD']) {
    for (const to of TILTAK_STATUSES.filter((status) => status !== 'UNKNOWN')) {
      const scenario = given(
        standardPlan(),
        tiltakCreated({ status: lastKnown === 'NOT_REPORTED' ? null : lastKnown }),
        statusChanged('UNKNOWN', day('2020-06-01')),
      );
      scenario
        .when(tiltakCommand('ChangeTiltakStatus', { status: to }))
        .then(t, [
          { type: 'TiltakStatusChanged', data: { tiltakId: 'integrerte-helsetjenester', status: to } },
        ]);
    }
  }
});

t.test('leaving UNKNOWN after a closed status is a reopening unless it returns to that status', async (t) => {
  const closed: TiltakStatus[] = ['COMPLETED', 'DISCONTINUED', 'CARRIED_OVER'];
  for (const lastKnown of closed) {
    const scenario = () =>
      given(
        standardPlan(),
        tiltakCreated({ status: lastKnown }),
        statusChanged('UNKNOWN', day('2020-06-01')),
      );
    scenario()
      .when(tiltakCommand('ChangeTiltakStatus', { status: lastKnown }))
      .then(t, [
        { type: 'TiltakStatusChanged', data: { tiltakId: 'integrerte-helsetjenester', status: lastKnown } },
      ]);
    for (const to of TILTAK_STATUSES.filter((status) => status !== 'UNKNOWN' && status !== lastKnown)) {
      scenario()
        .when(tiltakCommand('ChangeTiltakStatus', { status: to }))
        .thenThrows(t, TiltakError, 'TILTAK.REOPEN_NEEDS_REASON');
      scenario()
        .when(tiltakCommand('ChangeTiltakStatus', { status: to, reason: 'Ny rapport fra prosjektleder' }))
        .then(t, [
          { type: 'TiltakStatusChanged', data: { tiltakId: 'integrerte-helsetjenester', status: to } },
        ]);
    }
  }
});

t.test('UNKNOWN again is no change', async (t) => {
  given(standardPlan(), tiltakCreated({ status: 'UNKNOWN' }))
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'UNKNOWN' }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('a status change is recorded with its effectiveAt and reason', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('ChangeTiltakStatus', {
        status: 'IN_PROGRESS',
        effectiveAt: '2021-03-01T10:00:00+01:00',
        reason: 'Oppstartsmøte holdt',
      }),
    )
    .then(t, [
      {
        type: 'TiltakStatusChanged',
        data: { tiltakId: 'integrerte-helsetjenester', status: 'IN_PROGRESS' },
        effectiveAt: '2021-03-01T09:00:00.000Z',
        reason: 'Oppstartsmøte holdt',
      },
    ]);
});

t.test('without effectiveAt the change takes effect when it is recorded', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS' }))
    .then(t, [
      {
        type: 'TiltakStatusChanged',
        data: { tiltakId: 'integrerte-helsetjenester', status: 'IN_PROGRESS' },
        effectiveAt: null,
        reason: null,
      },
    ]);
});

t.test('every status has its Norwegian label, and no status reads "Ikke rapportert"', async (t) => {
  t.equal(TILTAK_STATUS_LABELS.IN_PROGRESS, 'Pågår');
  t.equal(TILTAK_STATUS_LABELS.UNKNOWN, 'Uviss status');
  t.equal(TILTAK_STATUS_LABELS.CARRIED_OVER, 'Videreført i ny plan');
  t.equal(tiltakStatusLabel(null), NOT_REPORTED_LABEL);
  t.equal(NOT_REPORTED_LABEL, 'Ikke rapportert');
  t.equal(new Set(Object.values(TILTAK_STATUS_LABELS)).size, TILTAK_STATUSES.length);
});
