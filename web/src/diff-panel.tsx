// What changed between two dates: tiltak added, removed and changed field by field, with the events behind each.
import { useState } from 'preact/hooks';
import type { Api, PlanDiff } from './api.js';
import { STATUS_LABELS, formatDate } from './format.js';

type Changed = PlanDiff['changed'][number];
const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  title: 'Tittel',
  number: 'Nummer',
  description: 'Beskrivelse',
  responsible: 'Ansvarlig',
  participants: 'Deltakere',
  funding: 'Finansiering',
  tiltaksomradeId: 'Tiltaksområde',
};

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
  const label = FIELD_LABELS[field] ?? (field === 'notes' ? 'Notat' : field);
  return `${label}: ${words(change.before)} → ${words(change.after)}`;
}

export function DiffPanel(props: { api: Api; planId: string; initialFrom: string; initialTo: string }) {
  const [from, setFrom] = useState(props.initialFrom);
  const [to, setTo] = useState(props.initialTo);
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  function compare() {
    setError(null);
    props.api
      .get<PlanDiff>(`/plans/${encodeURIComponent(props.planId)}/diff?fromValidAt=${from}&toValidAt=${to}`)
      .then((answer) => setDiff(answer.body))
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }

  return (
    <section class="panel" aria-labelledby="diff-heading" style={{ marginTop: '1rem' }}>
      <h2 id="diff-heading">Hva endret seg mellom to datoer</h2>
      <form
        class="edit"
        onSubmit={(event) => {
          event.preventDefault();
          compare();
        }}
      >
        <label>
          Fra dato
          <input
            type="date"
            name="diffFrom"
            min="2020-01-01"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
        </label>
        <label>
          Til dato
          <input
            type="date"
            name="diffTo"
            min="2020-01-01"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Sammenlign</button>
      </form>
      {error === null ? null : (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {diff === null ? null : (
        <div data-testid="diff">
          <p>
            Fra {formatDate(from)} til {formatDate(to)}: {diff.added.length} nye, {diff.removed.length}{' '}
            fjernet, {diff.changed.length} endret.
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
