import t from 'tap';
import {
  parseDomainEvent,
  StoredEventError,
  tiltakDecider,
  TiltakError,
  tiltakEventSpecs,
  type StoredEvent,
} from '../../../src/domain/index.js';
import {
  AHUS,
  LILLESTROM,
  PLAN_ID,
  TILTAK_ID,
  TILTAK_STREAM,
  standardPlan,
  tiltakCommand,
} from '../fixtures.js';
import { given, throwsDomainError } from '../given-when-then.js';

// A TiltakCreated as version 1 wrote it, exactly as it comes out of the store: one `responsible` party, no number.
function storedV1(responsible: unknown): StoredEvent {
  return {
    eventId: '0b7c1c9e-4f4e-4a57-9a3c-6f1f6c1d2e01',
    type: 'TiltakCreated',
    schemaVersion: 1,
    streamId: TILTAK_STREAM,
    revision: 0n,
    position: 17n,
    recordedAt: '2020-02-03T08:15:00.000Z',
    effectiveAt: '2020-02-01T00:00:00.000Z',
    reason: null,
    data: {
      tiltakId: TILTAK_ID,
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
      description: null,
      status: 'IN_PROGRESS',
      responsible,
      participants: [LILLESTROM],
    },
  };
}

t.test('TiltakCreated is at schema version 3', async (t) => {
  t.equal(tiltakEventSpecs.TiltakCreated.schemaVersion, 3);
});

t.test(
  'a stored TiltakCreated v2 is read with no verbatim responsibility and no other tiltaksområde',
  async (t) => {
    const v1Data = storedV1(null).data as Record<string, unknown>;
    const v2 = { ...storedV1(null), schemaVersion: 2, data: { ...v1Data, number: '1', responsible: [AHUS] } };
    const event = tiltakDecider.readEvent(v2);
    t.strictSame(event.data, {
      tiltakId: TILTAK_ID,
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      number: '1',
      title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
      description: null,
      status: 'IN_PROGRESS',
      responsible: [AHUS],
      participants: [LILLESTROM],
      responsibleAsWritten: null,
      alsoTiltaksomradeIds: [],
    });
    t.strictSame(tiltakDecider.readTrustedEvent(v2), event, 'a replay reads it the same way');
  },
);

t.test(
  'a stored TiltakCreated v1 is read in the current shape: one responsible party becomes a list',
  async (t) => {
    const event = tiltakDecider.readEvent(storedV1(AHUS));
    t.equal(event.type, 'TiltakCreated');
    t.strictSame(event.data, {
      tiltakId: TILTAK_ID,
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      number: null,
      title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
      description: null,
      status: 'IN_PROGRESS',
      responsible: [AHUS],
      participants: [LILLESTROM],
      responsibleAsWritten: null,
      alsoTiltaksomradeIds: [],
    });
    t.equal(event.effectiveAt, '2020-02-01T00:00:00.000Z', 'the envelope is kept');
  },
);

t.test('a v1 TiltakCreated without a responsible party is read with an empty list', async (t) => {
  const event = tiltakDecider.readEvent(storedV1(null));
  t.strictSame(event.type === 'TiltakCreated' ? event.data.responsible : undefined, []);
});

t.test('a v1 event folds and is decided on like a current one', async (t) => {
  t.strictSame(tiltakDecider.stateAt([storedV1(AHUS)])?.responsible, [AHUS]);
  const scenario = given(standardPlan());
  scenario.history.add({
    streamId: TILTAK_STREAM,
    type: 'TiltakCreated',
    schemaVersion: 1,
    data: storedV1(AHUS).data,
    effectiveAt: '2020-02-01T00:00:00Z',
  });
  scenario
    .when(tiltakCommand('ReassignResponsibility', { responsible: [{ kind: 'helseforetak', name: 'Ahus' }] }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('a stored event of a version newer than this code knows is refused', async (t) => {
  for (const schemaVersion of [4, 0]) {
    throwsDomainError(
      t,
      () => tiltakDecider.readEvent({ ...storedV1(AHUS), schemaVersion }),
      StoredEventError,
      'EVENT.UNSUPPORTED_VERSION',
    );
  }
});

t.test('stored data that matches neither its version’s schema nor the current one is refused', async (t) => {
  throwsDomainError(
    t,
    () => tiltakDecider.readEvent(storedV1([AHUS])),
    StoredEventError,
    'EVENT.INVALID_DATA',
  );
});

t.test('an unknown event type is refused, in a tiltak stream and in an unknown stream', async (t) => {
  throwsDomainError(
    t,
    () => tiltakDecider.readEvent({ ...storedV1(AHUS), type: 'TiltakDeleted' }),
    StoredEventError,
    'EVENT.UNKNOWN_TYPE',
  );
  throwsDomainError(
    t,
    () => parseDomainEvent({ ...storedV1(AHUS), streamId: 'kommune-3030' }),
    StoredEventError,
    'EVENT.UNKNOWN_TYPE',
  );
});

t.test('any stored event of the log is read by its stream', async (t) => {
  const tiltakEvent = parseDomainEvent(storedV1(AHUS));
  t.equal(tiltakEvent.aggregate, 'tiltak');
  t.equal(tiltakEvent.aggregateId, TILTAK_ID);
  const [planCreated] = given(standardPlan()).history.events;
  if (planCreated === undefined) throw new Error('no plan event');
  const planEvent = parseDomainEvent(planCreated);
  t.equal(planEvent.aggregate, 'plan');
  t.equal(planEvent.type, 'PlanCreated');
});

t.test(
  'a replay reads a current payload as stored, an older one through its upcaster, and refuses what it cannot read',
  async (t) => {
    const v1 = storedV1(AHUS);
    t.strictSame(
      tiltakDecider.readTrustedEvent(v1),
      tiltakDecider.readEvent(v1),
      'v1 is upcast as by the full parse',
    );
    const current = { ...v1, schemaVersion: 3, data: tiltakDecider.readEvent(v1).data };
    t.equal(tiltakDecider.readTrustedEvent(current), current, 'the stored event itself, not a copy');
    t.has(
      tiltakDecider.readTrustedEvent(current),
      tiltakDecider.readEvent(current),
      'what the full parse reads, and more',
    );
    const refused: [StoredEvent, string][] = [
      [{ ...v1, schemaVersion: 4 }, 'EVENT.UNSUPPORTED_VERSION'],
      [storedV1([AHUS]), 'EVENT.INVALID_DATA'],
      [{ ...current, data: null }, 'EVENT.INVALID_DATA'],
      [{ ...current, data: ['IN_PROGRESS'] }, 'EVENT.INVALID_DATA'],
      [{ ...current, type: 'TiltakDeleted' }, 'EVENT.UNKNOWN_TYPE'],
    ];
    for (const [stored, code] of refused) {
      throwsDomainError(t, () => tiltakDecider.readTrustedEvent(stored), StoredEventError, code);
    }
  },
);
