import t from 'tap';
import { tiltakDecider, TiltakError } from '../../../src/domain/index.js';
import {
  TILTAK_ID,
  TILTAK_STREAM,
  day,
  standardPlan,
  statusChanged,
  tiltakCommand,
  tiltakCreated,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

// Late reports: a command effective before events already recorded is checked against the tiltak as it stood at
// its own effectiveAt (DESIGN.md §3), and may not make a later report an invalid step.

const status = (value: string) => ({
  type: 'TiltakStatusChanged',
  data: { tiltakId: TILTAK_ID, status: value },
});

t.test(
  'a back-dated status change is checked against the status at its effectiveAt, not the current one',
  async (t) => {
    // Current status COMPLETED (from 2021-03-01). Against it, IN_PROGRESS would be a reopening needing a reason;
    // at 2020-06-01 the tiltak was PLANNED, and PLANNED -> IN_PROGRESS needs none.
    const history = given(standardPlan(), tiltakCreated(), statusChanged('COMPLETED', day('2021-03-01')))
      .when(
        tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS', effectiveAt: '2020-06-01T00:00:00Z' }),
      )
      .thenRecorded(t, [status('IN_PROGRESS')]);
    const stream = history.stream(TILTAK_STREAM);
    t.equal(tiltakDecider.stateAt(stream, { validAt: day('2020-05-31') })?.status, 'PLANNED');
    t.equal(tiltakDecider.stateAt(stream, { validAt: day('2020-06-01') })?.status, 'IN_PROGRESS');
    t.equal(tiltakDecider.stateAt(stream, { validAt: day('2021-03-01') })?.status, 'COMPLETED');
    t.equal(tiltakDecider.stateAt(stream)?.status, 'COMPLETED');
  },
);

t.test(
  'given created 2020-01-01 and IN_PROGRESS from 2021-03-01, a COMPLETED effective 2020-06-01 ...',
  async (t) => {
    t.test(
      '... is an allowed step at 2020-06-01 (PLANNED -> COMPLETED), but would make the later IN_PROGRESS a reopening without a reason, so it is refused',
      async (t) => {
        const error = given(
          standardPlan(),
          tiltakCreated(),
          statusChanged('IN_PROGRESS', day('2021-03-01'), { eventId: 'later' }),
        )
          .when(
            tiltakCommand('ChangeTiltakStatus', { status: 'COMPLETED', effectiveAt: '2020-06-01T00:00:00Z' }),
          )
          .thenThrows(t, TiltakError, 'TILTAK.CONFLICTS_WITH_LATER_STATUS');
        t.equal(error?.details?.['conflictingEventId'], 'later');
      },
    );

    t.test(
      '... is recorded when the later IN_PROGRESS came with a reason, and the history then reads PLANNED, COMPLETED, IN_PROGRESS',
      async (t) => {
        const history = given(
          standardPlan(),
          tiltakCreated(),
          statusChanged('IN_PROGRESS', day('2021-03-01'), { reason: 'Gjenopptatt med nye midler' }),
        )
          .when(
            tiltakCommand('ChangeTiltakStatus', { status: 'COMPLETED', effectiveAt: '2020-06-01T00:00:00Z' }),
          )
          .thenRecorded(t, [status('COMPLETED')]);
        const stream = history.stream(TILTAK_STREAM);
        t.equal(tiltakDecider.stateAt(stream, { validAt: day('2020-05-31') })?.status, 'PLANNED');
        t.equal(tiltakDecider.stateAt(stream, { validAt: day('2020-06-01') })?.status, 'COMPLETED');
        t.equal(tiltakDecider.stateAt(stream, { validAt: day('2021-03-01') })?.status, 'IN_PROGRESS');
        // Before it was recorded the system said PLANNED for 2020-06-01.
        t.equal(
          tiltakDecider.stateAt(stream, { validAt: day('2020-06-01'), knownAt: day('2022-12-31') })?.status,
          'PLANNED',
        );
      },
    );
  },
);

t.test(
  'a back-dated status equal to the status at its effectiveAt is no change, whatever the current status',
  async (t) => {
    given(standardPlan(), tiltakCreated(), statusChanged('IN_PROGRESS', day('2021-03-01')))
      .when(tiltakCommand('ChangeTiltakStatus', { status: 'PLANNED', effectiveAt: '2020-06-01T00:00:00Z' }))
      .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
  },
);

t.test(
  'a back-dated status equal to the next report is refused: it would only repeat it (issue 17 §4)',
  async (t) => {
    given(standardPlan(), tiltakCreated(), statusChanged('IN_PROGRESS', day('2021-03-01')))
      .when(
        tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS', effectiveAt: '2020-06-01T00:00:00Z' }),
      )
      .thenThrows(t, TiltakError, 'TILTAK.REPEATS_LATER_STATUS');
  },
);

t.test('a correction moves such a report instead: one report, at the earlier date', async (t) => {
  const later = statusChanged('IN_PROGRESS', day('2021-03-01'), {
    eventId: '5d2c7a3e-1f4b-4c8e-9a6d-0b1e2f3a4c5d',
  });
  given(standardPlan(), tiltakCreated(), later)
    .when(
      tiltakCommand('CorrectTiltakEvent', {
        eventId: '5d2c7a3e-1f4b-4c8e-9a6d-0b1e2f3a4c5d',
        reason: 'Startet i juni 2020',
        replacement: {
          type: 'ChangeTiltakStatus',
          data: { status: 'IN_PROGRESS', effectiveAt: '2020-06-01' },
        },
      }),
    )
    .then(t, [
      {
        type: 'EventRetracted',
        data: {
          retractedEventId: '5d2c7a3e-1f4b-4c8e-9a6d-0b1e2f3a4c5d',
          retractedType: 'TiltakStatusChanged',
        },
      },
      // The bare date is the start of that day in Oslo.
      { ...status('IN_PROGRESS'), effectiveAt: '2020-05-31T22:00:00.000Z' },
    ]);
});

t.test('a back-dated forbidden step is refused by the state at its effectiveAt', async (t) => {
  // IN_PROGRESS from 2020-03-01, ON_HOLD from 2021-01-01: PLANNED at 2020-06-01 would follow IN_PROGRESS.
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('IN_PROGRESS', day('2020-03-01')),
    statusChanged('ON_HOLD', day('2021-01-01')),
  )
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'PLANNED', effectiveAt: '2020-06-01T00:00:00Z' }))
    .thenThrows(t, TiltakError, 'TILTAK.TRANSITION_NOT_ALLOWED');
});

t.test('a back-dated closed status is still a reopening for a later report after UNKNOWN', async (t) => {
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('UNKNOWN', day('2021-01-01')),
    statusChanged('IN_PROGRESS', day('2021-06-01')),
  )
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'COMPLETED', effectiveAt: '2020-06-01T00:00:00Z' }))
    .thenThrows(t, TiltakError, 'TILTAK.CONFLICTS_WITH_LATER_STATUS');
});

t.test('a report at the same effectiveAt as an earlier-recorded one is checked after it', async (t) => {
  given(standardPlan(), tiltakCreated(), statusChanged('IN_PROGRESS', day('2021-03-01')))
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00Z' }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
  given(standardPlan(), tiltakCreated(), statusChanged('IN_PROGRESS', day('2021-03-01')))
    .when(tiltakCommand('ChangeTiltakStatus', { status: 'ON_HOLD', effectiveAt: '2021-03-01T00:00:00Z' }))
    .then(t, [status('ON_HOLD')]);
});

t.test(
  'a back-dated responsibility change is compared with the parties responsible at its effectiveAt',
  async (t) => {
    given(standardPlan(), tiltakCreated({ responsible: [] }), {
      streamId: TILTAK_STREAM,
      type: 'ResponsibilityReassigned',
      data: {
        tiltakId: TILTAK_ID,
        responsible: [
          { id: 'fagrad-mestring', kind: 'fagrad', name: 'Fagråd Mestring', kommunenummer: null },
        ],
      },
      effectiveAt: day('2021-01-01'),
    })
      .when(
        tiltakCommand('ReassignResponsibility', {
          responsible: [{ kind: 'fagrad', name: 'Fagråd Mestring' }],
          effectiveAt: '2020-06-01T00:00:00Z',
        }),
      )
      .then(t, [
        {
          type: 'ResponsibilityReassigned',
          data: {
            tiltakId: TILTAK_ID,
            responsible: [
              { id: 'fagrad-mestring', kind: 'fagrad', name: 'Fagråd Mestring', kommunenummer: null },
            ],
          },
        },
      ]);
  },
);
