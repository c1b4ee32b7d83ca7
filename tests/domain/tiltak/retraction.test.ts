import t from 'tap';
import { CommandError, RetractionError, tiltakDecider, TiltakError } from '../../../src/domain/index.js';
import {
  TILTAK_ID,
  TILTAK_STREAM,
  day,
  fundingGranted,
  standardPlan,
  statusChanged,
  tiltakCommand,
  tiltakCreated,
  tiltakEvent,
  tiltakRetraction,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

const retract = (eventId: string, reason = 'Feil registrert') =>
  tiltakCommand('RetractTiltakEvent', { eventId, reason });

const correct = (eventId: string, replacement: { type: string; data: Record<string, unknown> }) =>
  tiltakCommand('CorrectTiltakEvent', { eventId, reason: 'Feil beløp i vedtaket', replacement });

const retracted = (eventId: string, retractedType: string, reason = 'Feil registrert') => ({
  type: 'EventRetracted',
  data: { retractedEventId: eventId, retractedType },
  effectiveAt: null,
  reason,
});

t.test(
  'an event is retracted with a reason; it stops counting from then on and stays in the history',
  async (t) => {
    const history = given(
      standardPlan(),
      tiltakCreated(),
      statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'wrong' }),
    )
      .when({ ...retract('wrong'), now: '2022-01-10T09:00:00Z' })
      .thenRecorded(t, [retracted('wrong', 'TiltakStatusChanged')]);
    const stream = history.stream(TILTAK_STREAM);
    t.equal(tiltakDecider.stateAt(stream)?.status, 'PLANNED');
    t.equal(
      tiltakDecider.stateAt(stream, { knownAt: '2022-01-10T08:59:59.999Z' })?.status,
      'COMPLETED',
      'as known before',
    );
    t.ok(
      stream.some((event) => event.eventId === 'wrong'),
      'the retracted event is still stored',
    );
  },
);

t.test('a retraction needs a reason', async (t) => {
  const error = given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'x' }),
  )
    .when(tiltakCommand('RetractTiltakEvent', { eventId: 'x' }))
    .thenThrows(t, CommandError, 'COMMAND.INVALID');
  t.strictSame(error instanceof CommandError ? error.issues.map((issue) => issue.path) : [], ['reason']);
});

t.test('a retraction takes effect when it is recorded; it takes no effectiveAt', async (t) => {
  given(standardPlan(), tiltakCreated(), statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'x' }))
    .when(
      tiltakCommand('RetractTiltakEvent', {
        eventId: 'x',
        reason: 'Feil',
        effectiveAt: '2021-01-01T00:00:00Z',
      }),
    )
    .thenThrows(t, CommandError, 'COMMAND.INVALID');
});

t.test('retracting an event twice is refused', async (t) => {
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'x' }),
    tiltakRetraction('x', 'TiltakStatusChanged', day('2021-04-01'), { eventId: 'r1' }),
  )
    .when(retract('x'))
    .thenThrows(t, RetractionError, 'RETRACTION.ALREADY_RETRACTED');
});

t.test('a retraction cannot be retracted (record the event again instead)', async (t) => {
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'x' }),
    tiltakRetraction('x', 'TiltakStatusChanged', day('2021-04-01'), { eventId: 'r1' }),
  )
    .when(retract('r1'))
    .thenThrows(t, RetractionError, 'RETRACTION.CANNOT_RETRACT_RETRACTION');
});

t.test('TiltakCreated cannot be retracted', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(retract('e5'))
    .thenThrows(t, RetractionError, 'RETRACTION.CREATION_NOT_RETRACTABLE');
});

t.test('an event of another stream, or no event at all, cannot be retracted here', async (t) => {
  // e1..e4 are the plan's events; this tiltak's stream only has e5.
  given(standardPlan(), tiltakCreated())
    .when(retract('e2'))
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_NOT_IN_STREAM');
  given(standardPlan(), tiltakCreated())
    .when(retract('no-such-event'))
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_NOT_IN_STREAM');
});

t.test('a grant that was withdrawn cannot be retracted before its withdrawal is', async (t) => {
  const withdrawn = tiltakEvent(
    'FundingWithdrawn',
    { grantId: 'samhandlingsmidler-2021' },
    day('2021-09-01'),
    {
      eventId: 'withdrawal',
    },
  );
  given(
    standardPlan(),
    tiltakCreated(),
    fundingGranted({}, day('2021-03-01'), { eventId: 'grant' }),
    withdrawn,
  )
    .when(retract('grant'))
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_HAS_DEPENDENTS');
  given(
    standardPlan(),
    tiltakCreated(),
    fundingGranted({}, day('2021-03-01'), { eventId: 'grant' }),
    withdrawn,
  )
    .when(retract('withdrawal'))
    .then(t, [retracted('withdrawal', 'FundingWithdrawn')]);
});

t.test('retracting a status report may not leave the next report an invalid step', async (t) => {
  // IN_PROGRESS -> ON_HOLD -> PLANNED is fine; without ON_HOLD it would read IN_PROGRESS -> PLANNED.
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('IN_PROGRESS', day('2020-03-01')),
    statusChanged('ON_HOLD', day('2020-06-01'), { eventId: 'on-hold' }),
    statusChanged('PLANNED', day('2020-09-01')),
  )
    .when(retract('on-hold'))
    .thenThrows(t, TiltakError, 'TILTAK.CONFLICTS_WITH_LATER_STATUS');
});

t.test('a wrong amount is corrected by a retraction and the right grant in one decision', async (t) => {
  const history = given(
    standardPlan(),
    tiltakCreated(),
    fundingGranted({}, day('2021-03-01'), { eventId: 'grant' }),
  )
    .when(
      correct('grant', {
        type: 'GrantFunding',
        data: {
          grantId: 'samhandlingsmidler-2021',
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: 300000,
          decisionReference: 'ASU-sak 12/2021',
        },
      }),
    )
    .thenRecorded(t, [
      retracted('grant', 'FundingGranted', 'Feil beløp i vedtaket'),
      {
        type: 'FundingGranted',
        data: {
          tiltakId: TILTAK_ID,
          grantId: 'samhandlingsmidler-2021',
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: 300000,
          decisionReference: 'ASU-sak 12/2021',
        },
        effectiveAt: '2021-03-01T00:00:00.000Z',
        reason: 'Feil beløp i vedtaket',
      },
    ]);
  const stream = history.stream(TILTAK_STREAM);
  t.strictSame(
    tiltakDecider.stateAt(stream)?.funding.map((grant) => grant.amountNok),
    [300000],
  );
  t.strictSame(
    tiltakDecider
      .stateAt(stream, { knownAt: '2022-12-31T00:00:00Z' })
      ?.funding.map((grant) => grant.amountNok),
    [500000],
  );
});

t.test('a correction’s replacement is checked against the tiltak without the retracted event', async (t) => {
  // Without the wrong IN_PROGRESS the tiltak was PLANNED, so "correcting" it to PLANNED records nothing new.
  given(
    standardPlan(),
    tiltakCreated(),
    statusChanged('IN_PROGRESS', day('2021-03-01'), { eventId: 'wrong' }),
  )
    .when(correct('wrong', { type: 'ChangeTiltakStatus', data: { status: 'PLANNED' } }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
  given(standardPlan(), tiltakCreated(), statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'wrong' }))
    .when(correct('wrong', { type: 'ChangeTiltakStatus', data: { status: 'IN_PROGRESS' } }))
    .then(t, [
      retracted('wrong', 'TiltakStatusChanged', 'Feil beløp i vedtaket'),
      {
        type: 'TiltakStatusChanged',
        data: { tiltakId: TILTAK_ID, status: 'IN_PROGRESS' },
        effectiveAt: '2021-03-01T00:00:00.000Z',
      },
    ]);
});

t.test('a correction may move an event to its right date', async (t) => {
  given(standardPlan(), tiltakCreated(), statusChanged('IN_PROGRESS', day('2021-03-01'), { eventId: 'late' }))
    .when(
      correct('late', {
        type: 'ChangeTiltakStatus',
        data: { status: 'IN_PROGRESS', effectiveAt: '2020-09-01T00:00:00Z' },
      }),
    )
    .then(t, [
      retracted('late', 'TiltakStatusChanged', 'Feil beløp i vedtaket'),
      {
        type: 'TiltakStatusChanged',
        data: { tiltakId: TILTAK_ID, status: 'IN_PROGRESS' },
        effectiveAt: '2020-09-01T00:00:00.000Z',
      },
    ]);
});

t.test('a correction records an event of the same type as the one it retracts', async (t) => {
  given(standardPlan(), tiltakCreated(), statusChanged('COMPLETED', day('2021-03-01'), { eventId: 'wrong' }))
    .when(correct('wrong', { type: 'NoteProgress', data: { text: 'Ikke fullført likevel' } }))
    .thenThrows(t, RetractionError, 'RETRACTION.REPLACEMENT_TYPE_MISMATCH');
});

t.test('a correction that records the same event again is refused', async (t) => {
  given(standardPlan(), tiltakCreated(), fundingGranted({}, day('2021-03-01'), { eventId: 'grant' }))
    .when(
      correct('grant', {
        type: 'GrantFunding',
        data: {
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: 500000,
          decisionReference: 'ASU-sak 12/2021',
        },
      }),
    )
    .thenThrows(t, RetractionError, 'RETRACTION.CORRECTION_CHANGES_NOTHING');
});

t.test('a withdrawn grant may be corrected when the replacement keeps its grant id', async (t) => {
  const events = [
    standardPlan(),
    tiltakCreated(),
    fundingGranted({}, day('2021-03-01'), { eventId: 'grant' }),
    tiltakEvent('FundingWithdrawn', { grantId: 'samhandlingsmidler-2021' }, day('2021-09-01')),
  ];
  given(...events)
    .when(
      correct('grant', {
        type: 'GrantFunding',
        data: { source: 'Samhandlingsmidler', year: 2021, amountNok: 400000 },
      }),
    )
    .then(t, [
      retracted('grant', 'FundingGranted', 'Feil beløp i vedtaket'),
      {
        type: 'FundingGranted',
        data: {
          tiltakId: TILTAK_ID,
          grantId: 'samhandlingsmidler-2021',
          source: 'Samhandlingsmidler',
          year: 2021,
          amountNok: 400000,
          decisionReference: null,
        },
      },
    ]);
  given(...events)
    .when(
      correct('grant', {
        type: 'GrantFunding',
        data: { grantId: 'annen-tildeling', source: 'Samhandlingsmidler', year: 2021, amountNok: 400000 },
      }),
    )
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_HAS_DEPENDENTS');
});

t.test('a correction’s reason serves as the replacement’s reason, so it can reopen', async (t) => {
  given(
    standardPlan(),
    tiltakCreated({ status: 'COMPLETED' }),
    statusChanged('DISCONTINUED', day('2021-03-01'), { eventId: 'wrong', reason: 'Avviklet' }),
  )
    .when(correct('wrong', { type: 'ChangeTiltakStatus', data: { status: 'IN_PROGRESS' } }))
    .then(t, [
      retracted('wrong', 'TiltakStatusChanged', 'Feil beløp i vedtaket'),
      {
        type: 'TiltakStatusChanged',
        data: { tiltakId: TILTAK_ID, status: 'IN_PROGRESS' },
        reason: 'Feil beløp i vedtaket',
      },
    ]);
});

t.test('a correction follows the retraction rules too', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(correct('e5', { type: 'ReviseTiltak', data: { title: 'Ny tittel' } }))
    .thenThrows(t, RetractionError, 'RETRACTION.CREATION_NOT_RETRACTABLE');
  given(standardPlan(), tiltakCreated())
    .when(correct('missing', { type: 'ReviseTiltak', data: { title: 'Ny tittel' } }))
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_NOT_IN_STREAM');
});
