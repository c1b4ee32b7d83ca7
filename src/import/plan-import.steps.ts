import {
  planStreamId,
  tiltakStreamId,
  type CommandInput,
  type PartyInput,
  type TiltakStatus,
} from '../domain/index.js';
import type { EventSource } from '../store/index.js';
import {
  effectiveAtToInstant,
  type PlanDocument,
  type SourceLocator,
  type Tiltak,
} from './plan-document.schema.js';
import type { ImportProblem } from './plan-import.errors.js';
import { documentParties } from './plan-import.parties.js';

/** One fact of the document as one domain command. */
export interface ImportStep {
  /** Names the fact for idempotency (docs/import.md); its event id is derived from it. */
  key: string;
  /** JSON Pointer into the document: where the fact is. */
  path: string;
  streamId: string;
  command: CommandInput;
  source: EventSource;
}

export interface ImportPlan {
  steps: ImportStep[];
  /** Facts the importer cannot turn into commands; a non-empty list rejects the document. */
  problems: ImportProblem[];
}

/** Display labels of the document's funding sources; an unlisted source keeps its id as its label. */
const FUNDING_SOURCE_LABELS: Readonly<Record<string, string>> = { samhandlingsmidler: 'Samhandlingsmidler' };

/**
 * The ordered commands that build the document's plan: the plan and its structure first, then per tiltak its
 * creation and its dated facts in valid-time order. Pure: nothing is read or decided here.
 */
export function planImportSteps(document: PlanDocument): ImportPlan {
  const parties = documentParties(document);
  const problems = [...parties.problems];
  const party = (id: string): PartyInput => {
    const input = parties.inputs.get(id);
    // The schema checked every reference, and a party that does not resolve is already a problem.
    return input ?? { kind: 'other', name: id };
  };
  const steps = [
    ...planSteps(document, party),
    ...document.tiltak.flatMap((tiltak, index) => tiltakSteps(document, tiltak, index, party, problems)),
  ];
  return { steps, problems };
}

function planSteps(document: PlanDocument, party: (id: string) => PartyInput): ImportStep[] {
  const { plan } = document;
  const planId = plan.id;
  const streamId = planStreamId(planId);
  const created = instant(plan.period.from);
  const step = (
    key: string,
    path: string,
    type: string,
    data: object,
    source: SourceLocator,
    effectiveAt = created,
  ): ImportStep => ({
    key: `plan:${planId}:${key}`,
    path,
    streamId,
    command: { type, data: { planId, ...data, effectiveAt } },
    source: importSource(source),
  });
  return [
    step(
      'create',
      '/plan',
      'CreatePlan',
      {
        title: plan.title,
        period: { from: plan.period.from, to: plan.period.to },
        owner: party(plan.owner),
      },
      plan.source,
    ),
    ...document.goals.map((goal, index) =>
      step(
        `goal:${goal.id}`,
        `/goals/${index}`,
        'AddGoal',
        { goalId: goal.id, kind: goal.kind, text: goal.text },
        goal.source,
      ),
    ),
    ...document.satsningsomrader.map((area, index) =>
      step(
        `satsningsomrade:${area.id}`,
        `/satsningsomrader/${index}`,
        'AddSatsningsomrade',
        { satsningsomradeId: area.id, number: area.number, title: area.title },
        area.source,
      ),
    ),
    ...document.tiltaksomrader.map((area, index) =>
      step(
        `tiltaksomrade:${area.id}`,
        `/tiltaksomrader/${index}`,
        'AddTiltaksomrade',
        { tiltaksomradeId: area.id, satsningsomradeId: area.satsningsomradeId, title: area.title },
        area.source,
      ),
    ),
    ...(plan.publishedAt === undefined
      ? []
      : [step('publish', '/plan/publishedAt', 'PublishPlan', {}, plan.source, instant(plan.publishedAt))]),
  ];
}

/** A dated fact of a tiltak, in the order its commands are decided. */
interface DatedFact {
  at: string;
  /** Among facts of one instant: earlier statuses, the document's status, grants, notes (then document order). */
  tier: number;
  order: number;
  path: string;
  key: string;
  source: SourceLocator;
  fact:
    | { kind: 'status'; value: TiltakStatus | null }
    | { kind: 'grant'; data: object; reason: string | undefined }
    | { kind: 'note'; text: string };
}

function tiltakSteps(
  document: PlanDocument,
  tiltak: Tiltak,
  index: number,
  party: (id: string) => PartyInput,
  problems: ImportProblem[],
): ImportStep[] {
  const here = `/tiltak/${index}`;
  const streamId = tiltakStreamId(tiltak.id);
  const created = instant(tiltak.createdEffectiveAt);
  const facts = datedFacts(tiltak, here).sort(
    (a, b) => a.at.localeCompare(b.at) || a.tier - b.tier || a.order - b.order,
  );
  // A status dated at the creation is the tiltak's initial status rather than a change right after it.
  const [first] = facts;
  const initial =
    first?.fact.kind === 'status' && first.at === created && first.fact.value !== null
      ? first.fact.value
      : null;
  const rest = initial === null ? facts : facts.slice(1);
  const number = tiltakNumber(tiltak.numberLabel);
  const steps: ImportStep[] = [
    {
      key: `tiltak:${tiltak.id}:create`,
      path: here,
      streamId,
      command: {
        type: 'CreateTiltak',
        data: {
          tiltakId: tiltak.id,
          planId: document.plan.id,
          tiltaksomradeId: tiltak.tiltaksomradeId,
          ...(number === null ? {} : { number }),
          title: tiltak.title,
          ...(tiltak.description === null ? {} : { description: tiltak.description }),
          status: initial,
          responsible: tiltak.responsible.map(party),
          participants: tiltak.participants.map(party),
          ...(tiltak.responsibleAsWritten === null
            ? {}
            : { responsibleAsWritten: tiltak.responsibleAsWritten }),
          ...(tiltak.alsoTiltaksomradeIds.length === 0
            ? {}
            : { alsoTiltaksomradeIds: tiltak.alsoTiltaksomradeIds }),
          effectiveAt: created,
        },
      },
      source: importSource(tiltak.source),
    },
  ];
  let status = initial;
  for (const dated of rest) {
    const step = (type: string, data: object, reason?: string): ImportStep => ({
      key: dated.key,
      path: dated.path,
      streamId,
      command: {
        type,
        data: {
          tiltakId: tiltak.id,
          ...data,
          effectiveAt: dated.at,
          ...(reason === undefined ? {} : { reason }),
        },
      },
      source: importSource(dated.source),
    });
    const { fact } = dated;
    switch (fact.kind) {
      case 'status':
        if (fact.value === null) {
          // "Ikke rapportert" records nothing, and a status once reported cannot return to it.
          if (status !== null) {
            problems.push({
              path: dated.path,
              code: 'IMPORT.STATUS_NOT_REPORTED_AFTER_REPORT',
              command: null,
              message: `no status (null) after ${status}: a reported status is retracted, not unreported`,
            });
          }
        } else if (fact.value !== status) {
          steps.push(step('ChangeTiltakStatus', { status: fact.value }));
          status = fact.value;
        }
        break;
      case 'grant':
        steps.push(step('GrantFunding', fact.data, fact.reason));
        break;
      case 'note':
        steps.push(step('NoteProgress', { text: fact.text }));
        break;
      default: {
        const unknownFact: never = fact;
        throw new TypeError(`unknown fact ${JSON.stringify(unknownFact)}`);
      }
    }
  }
  return steps;
}

function datedFacts(tiltak: Tiltak, here: string): DatedFact[] {
  const key = (suffix: string): string => `tiltak:${tiltak.id}:${suffix}`;
  const statusAt = instant(tiltak.status.effectiveAt);
  const facts: DatedFact[] = [
    {
      at: statusAt,
      tier: 1,
      order: 0,
      path: `${here}/status`,
      key: key(`status:${tiltak.status.value ?? 'null'}@${statusAt}`),
      source: tiltak.status.source,
      fact: { kind: 'status', value: tiltak.status.value },
    },
  ];
  tiltak.changes.forEach((change, order) => {
    const common = {
      at: instant(change.effectiveAt),
      order,
      path: `${here}/changes/${order}`,
      key: key(`change:${change.id}`),
      source: change.source,
    };
    facts.push(
      change.kind === 'status-changed'
        ? { ...common, tier: 0, fact: { kind: 'status', value: change.to } }
        : { ...common, tier: 3, fact: { kind: 'note', text: change.note } },
    );
  });
  tiltak.funding.forEach((grant, order) => {
    facts.push({
      at: instant(grant.effectiveAt),
      tier: 2,
      order,
      path: `${here}/funding/${order}`,
      key: key(`funding:${grant.id}`),
      source: grant.source,
      fact: {
        kind: 'grant',
        data: {
          grantId: grant.id,
          source: FUNDING_SOURCE_LABELS[grant.fundingSource] ?? grant.fundingSource,
          year: grant.year,
          amountNok: grant.amountNok,
          decisionReference: grant.decisionReference,
        },
        // What the text says the money is for is the grant's reason.
        reason: grant.note,
      },
    });
  });
  return facts;
}

/** "Tiltak 3" → "3", "Tiltak 2.2" → "2.2"; a bare "Tiltak" or no label → null; any other label as written. */
export function tiltakNumber(label: string | null): string | null {
  if (label === null || label === 'Tiltak') return null;
  const match = /^Tiltak\s+(\S.*)$/.exec(label);
  return match?.[1] ?? label;
}

function importSource(source: SourceLocator): EventSource {
  return { kind: 'import', document: source.document, locator: source.locator };
}

/** The store's UTC instant for a document date: a bare date is the start of that day in Europe/Oslo. */
function instant(value: string): string {
  const at = effectiveAtToInstant(value);
  // The schema accepted the value, so it is a date or an instant.
  if (at === null) throw new TypeError(`not an effective date: ${value}`);
  return at.toISOString();
}
