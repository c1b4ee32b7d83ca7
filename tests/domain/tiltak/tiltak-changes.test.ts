import t from 'tap';
import { CommandError, PlanError, TiltakError } from '../../../src/domain/index.js';
import {
  AHUS,
  FAGRAD_MESTRING,
  LILLESTROM,
  TILTAK_ID,
  day,
  planCreated,
  standardPlan,
  tiltakCommand,
  tiltakCreated,
  tiltakEvent,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

// Responsibility, participants, revisions, moves and progress notes; status and funding have files of their own.

t.test('responsibility is reassigned to a new set of parties', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('ReassignResponsibility', {
        responsible: [
          { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
          { kind: 'fagrad', name: 'Fagråd Mestring' },
        ],
        effectiveAt: '2021-01-01T00:00:00Z',
      }),
    )
    .then(t, [
      {
        type: 'ResponsibilityReassigned',
        data: { tiltakId: TILTAK_ID, responsible: [AHUS, FAGRAD_MESTRING] },
        effectiveAt: '2021-01-01T00:00:00.000Z',
      },
    ]);
});

t.test('reassigning responsibility to the same set, in any order or spelling, is no change', async (t) => {
  given(standardPlan(), tiltakCreated({ responsible: [AHUS, LILLESTROM] }))
    .when(
      tiltakCommand('ReassignResponsibility', {
        responsible: [
          { kind: 'kommune', name: 'Lillestrøm kommune' },
          { kind: 'helseforetak', name: 'Ahus' },
        ],
      }),
    )
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('responsibility may be emptied (nobody responsible is a fact worth recording)', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('ReassignResponsibility', { responsible: [] }))
    .then(t, [{ type: 'ResponsibilityReassigned', data: { tiltakId: TILTAK_ID, responsible: [] } }]);
});

t.test('participants are changed to a new set', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('ChangeParticipants', {
        participants: [
          { kind: 'kommune', name: 'Lillestrøm' },
          { kind: 'kommune', name: 'Ullensaker' },
        ],
      }),
    )
    .then(t, [
      {
        type: 'ParticipantsChanged',
        data: {
          tiltakId: TILTAK_ID,
          participants: [
            LILLESTROM,
            { id: 'kommune-3033', kind: 'kommune', name: 'Ullensaker', kommunenummer: '3033' },
          ],
        },
      },
    ]);
});

t.test('changing participants to the same set is no change', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('ChangeParticipants', { participants: [{ kind: 'kommune', name: 'Lillestrøm' }] }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('a revision records only the fields that change', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('ReviseTiltak', {
        title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
        description: 'Tildelt samhandlingsmidler 2021 for videreføring av arbeidet',
      }),
    )
    .then(t, [
      {
        type: 'TiltakRevised',
        data: {
          tiltakId: TILTAK_ID,
          description: 'Tildelt samhandlingsmidler 2021 for videreføring av arbeidet',
        },
      },
    ]);
});

t.test('a revision may renumber a tiltak or clear its number', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('ReviseTiltak', { number: '2.2' }))
    .then(t, [{ type: 'TiltakRevised', data: { tiltakId: TILTAK_ID, number: '2.2' } }]);
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('ReviseTiltak', { number: null }))
    .then(t, [{ type: 'TiltakRevised', data: { tiltakId: TILTAK_ID, number: null } }]);
});

t.test('a revision to the same title is no change', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('ReviseTiltak', {
        title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
      }),
    )
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('a revision is compared with the tiltak as it stood at its effectiveAt', async (t) => {
  // Renamed in 2021; a back-dated revision to the same new name in 2020 is a change at that time.
  given(
    standardPlan(),
    tiltakCreated(),
    tiltakEvent('TiltakRevised', { title: 'Sårbare eldre' }, day('2021-01-01')),
  )
    .when(tiltakCommand('ReviseTiltak', { title: 'Sårbare eldre', effectiveAt: '2020-06-01T00:00:00Z' }))
    .then(t, [{ type: 'TiltakRevised', data: { tiltakId: TILTAK_ID, title: 'Sårbare eldre' } }]);
});

t.test('a tiltak is moved to another tiltaksområde of its plan', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('MoveTiltak', { tiltaksomradeId: 'barn-og-unge' }))
    .then(t, [{ type: 'TiltakMoved', data: { tiltakId: TILTAK_ID, tiltaksomradeId: 'barn-og-unge' } }]);
});

t.test('moving a tiltak to the tiltaksområde it is in is no change', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('MoveTiltak', { tiltaksomradeId: 'skropelige-eldre' }))
    .thenThrows(t, TiltakError, 'TILTAK.NO_CHANGE');
});

t.test('a tiltak cannot be moved to a tiltaksområde its plan does not have', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(tiltakCommand('MoveTiltak', { tiltaksomradeId: 'kompetansebroen' }))
    .thenThrows(t, TiltakError, 'TILTAK.TILTAKSOMRADE_NOT_FOUND');
});

t.test('progress is noted as a dated comment', async (t) => {
  given(standardPlan(), tiltakCreated())
    .when(
      tiltakCommand('NoteProgress', {
        text: 'Tema på ReHab-nettverksmøte juni 21',
        effectiveAt: '2021-06-15T12:00:00+02:00',
      }),
    )
    .then(t, [
      {
        type: 'ProgressNoted',
        data: { tiltakId: TILTAK_ID, text: 'Tema på ReHab-nettverksmøte juni 21' },
        effectiveAt: '2021-06-15T10:00:00.000Z',
      },
    ]);
});

t.test('every command on a tiltak that does not exist is refused as not found', async (t) => {
  const commands = [
    tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS' }),
    tiltakCommand('ReassignResponsibility', { responsible: [] }),
    tiltakCommand('ChangeParticipants', { participants: [] }),
    tiltakCommand('GrantFunding', { source: 'Samhandlingsmidler', year: 2021 }),
    tiltakCommand('WithdrawFunding', { grantId: 'samhandlingsmidler-2021' }),
    tiltakCommand('ReviseTiltak', { title: 'Ny tittel' }),
    tiltakCommand('MoveTiltak', { tiltaksomradeId: 'barn-og-unge' }),
    tiltakCommand('NoteProgress', { text: 'Notat' }),
    tiltakCommand('RetractTiltakEvent', { eventId: 'e1', reason: 'Feil' }),
    tiltakCommand('CorrectTiltakEvent', {
      eventId: 'e1',
      reason: 'Feil',
      replacement: { type: 'NoteProgress', data: { text: 'Notat' } },
    }),
  ];
  for (const command of commands) {
    given(standardPlan()).when(command).thenThrows(t, TiltakError, 'TILTAK.NOT_FOUND');
  }
});

t.test('no command acts on a tiltak before its creation date', async (t) => {
  const before = { effectiveAt: '2019-12-31T00:00:00Z' };
  const commands = [
    tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS', ...before }),
    tiltakCommand('ReassignResponsibility', { responsible: [], ...before }),
    tiltakCommand('ChangeParticipants', { participants: [], ...before }),
    tiltakCommand('GrantFunding', { source: 'Samhandlingsmidler', year: 2020, ...before }),
    tiltakCommand('WithdrawFunding', { grantId: 'samhandlingsmidler-2021', ...before }),
    tiltakCommand('ReviseTiltak', { title: 'Ny tittel', ...before }),
    tiltakCommand('MoveTiltak', { tiltaksomradeId: 'barn-og-unge', ...before }),
    tiltakCommand('NoteProgress', { text: 'Notat', ...before }),
  ];
  for (const command of commands) {
    given(planCreated(day('2019-01-01')), standardPlan().slice(1), tiltakCreated())
      .when(command)
      .thenThrows(t, TiltakError, 'TILTAK.BEFORE_CREATION');
  }
});

t.test('no command on a tiltak may be effective after its own now', async (t) => {
  const future = { effectiveAt: '2023-01-01T12:00:01Z' };
  const commands = [
    tiltakCommand('ChangeTiltakStatus', { status: 'IN_PROGRESS', ...future }),
    tiltakCommand('ReassignResponsibility', { responsible: [], ...future }),
    tiltakCommand('ChangeParticipants', { participants: [], ...future }),
    tiltakCommand('GrantFunding', { source: 'Samhandlingsmidler', year: 2022, ...future }),
    tiltakCommand('WithdrawFunding', { grantId: 'samhandlingsmidler-2021', ...future }),
    tiltakCommand('ReviseTiltak', { title: 'Ny tittel', ...future }),
    tiltakCommand('MoveTiltak', { tiltaksomradeId: 'barn-og-unge', ...future }),
    tiltakCommand('NoteProgress', { text: 'Notat', ...future }),
  ];
  for (const command of commands) {
    given(standardPlan(), tiltakCreated())
      .when({ ...command, now: '2023-01-01T12:00:00Z' })
      .thenThrows(t, CommandError, 'COMMAND.EFFECTIVE_IN_FUTURE');
  }
});

t.test('a tiltak whose plan stream is missing cannot be moved (the plan is read too)', async (t) => {
  given(tiltakCreated())
    .when(tiltakCommand('MoveTiltak', { tiltaksomradeId: 'barn-og-unge' }))
    .thenThrows(t, PlanError, 'PLAN.NOT_FOUND');
});
