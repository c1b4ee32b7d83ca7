// What changed between two dates: tiltak added, removed and changed field by field, with the events behind each.
import { useEffect, useState } from 'preact/hooks';
import type { Api, PlanDiff } from './api.js';
import { FIELD_LABELS, STATUS_LABELS, formatDate } from './format.js';
import { DateField, EditForm, FIRST_DAY, ProblemMessage, messageOf } from './forms/index.js';

type Changed = PlanDiff['changed'][number];

function words(value: unknown): string {
  if (value === null || value === undefined) return 'ikke satt';
  if (typeof value === 'string') return STATUS_LABELS[value] ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'ingen' : value.map(words).join(', ');
  if (typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string')
    return (value as { name: string }).name;
  return '…';
}

function changeWords(change: Changed['changes'][number]): string {
  // Notes and grants are named field.id; the id says nothing to a reader.
  const field = change.field.split('.')[0] ?? change.field;
  const label = FIELD_LABELS[field] ?? field;
  return `${label}: ${words(change.before)} → ${words(change.after)}`;
}

/** The two dates are the URL's (view-state.ts): comparing writes them there, and a link with both compares at once. */
export function DiffPanel(props: {
  api: Api;
  planId: string;
  from: string | null;
  to: string | null;
  onCompare: (from: string, to: string) => void;
}) {
  const [from, setFrom] = useState(props.from ?? '2021-07-01');
  const [to, setTo] = useState(props.to ?? '2021-12-31');
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (props.from === null || props.to === null) {
      setDiff(null);
      return;
    }
    const [first, second] = [props.from, props.to];
    setFrom(first);
    setTo(second);
    setError(null);
    props.api
      .get<PlanDiff>(
        `/plans/${encodeURIComponent(props.planId)}/diff?fromValidAt=${first}&toValidAt=${second}`,
      )
      .then((answer) => setDiff(answer.body))
      .catch((cause: unknown) => setError(messageOf(cause)));
  }, [props.planId, props.from, props.to]);

  function compare() {
    props.onCompare(from, to);
  }

  return (
    <section class="panel" aria-labelledby="diff-heading" style={{ marginTop: '1rem' }}>
      <h2 id="diff-heading">Hva endret seg mellom to datoer</h2>
      <EditForm testId="diff-form" onSubmit={compare}>
        <DateField label="Fra dato" name="diffFrom" min={FIRST_DAY} value={from} onDate={setFrom} required />
        <DateField label="Til dato" name="diffTo" min={FIRST_DAY} value={to} onDate={setTo} required />
        <button type="submit">Sammenlign</button>
      </EditForm>
      <ProblemMessage message={error} />
      {diff === null ? null : (
        <div data-testid="diff">
          <p>
            Fra {formatDate(props.from ?? from)} til {formatDate(props.to ?? to)}: {diff.added.length} nye,{' '}
            {diff.removed.length} fjernet, {diff.changed.length} endret.
          </p>
          {diff.added.length > 0 ? (
            <>
              <h3>Nye tiltak</h3>
              <ul>
                {diff.added.map((item) => (
                  <li key={item.tiltakId}>{item.title}</li>
                ))}
              </ul>
            </>
          ) : null}
          {diff.removed.length > 0 ? (
            <>
              <h3>Fjernede tiltak</h3>
              <ul>
                {diff.removed.map((item) => (
                  <li key={item.tiltakId}>{item.title}</li>
                ))}
              </ul>
            </>
          ) : null}
          {diff.changed.length > 0 ? (
            <>
              <h3>Endrede tiltak</h3>
              <ul class="history">
                {diff.changed.map((item) => (
                  <li key={item.tiltakId}>
                    <strong>
                      {item.number === null ? '' : `${item.number}. `}
                      {item.title}
                    </strong>
                    <br />
                    {item.changes.map(changeWords).join('; ')}
                    <br />
                    <span class="meta">
                      {item.events
                        .map(
                          (event) =>
                            `${formatDate(event.effectiveAt)} av ${event.actor.name}${
                              event.source !== null &&
                              typeof (event.source as { locator?: unknown }).locator === 'string'
                                ? ` (${(event.source as { locator: string }).locator})`
                                : ''
                            }`,
                        )
                        .join('; ')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
