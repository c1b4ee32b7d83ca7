// The audit log of a plan for auditors: who changed what and when, filtered as GET /audit filters, a page at a time,
// and the same selection as a download. The filters and the page are in the URL (view-state.ts).
import { useEffect, useState } from 'preact/hooks';
import type { Api, AuditPage } from './api.js';
import { EVENT_LABELS, formatDate, formatDateTime, formatNumber } from './format.js';
import { FORMATS } from './reports-panel.js';
import { NO_AUDIT_FILTER, type AuditFilter } from './view-state.js';
import { DateField, EditForm, ProblemMessage, TextField, messageOf, textOrNull } from './forms/index.js';

const PAGE_SIZE = 25;
/** The most one download holds: GET /audit's largest page. */
const DOWNLOAD_LIMIT = 1000;

function auditQuery(planId: string, filter: AuditFilter, limit: number): string {
  const params = new URLSearchParams({ planId, limit: String(limit) });
  if (filter.actor !== null) params.set('actor', filter.actor);
  if (filter.tiltakId !== null) params.set('tiltakId', filter.tiltakId);
  if (filter.type !== null) params.set('type', filter.type);
  if (filter.from !== null) params.set('from', filter.from);
  if (filter.to !== null) params.set('to', filter.to);
  if (filter.after !== null) params.set('after', filter.after);
  return params.toString();
}

export function AuditPanel(props: {
  api: Api;
  planId: string;
  filter: AuditFilter;
  tiltakTitles: ReadonlyMap<string, string>;
  reload: number;
  onFilter: (filter: AuditFilter) => void;
}) {
  const { filter } = props;
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The `after` of each earlier page, so "Forrige side" can go back; a link opened later starts a new trail.
  const [trail, setTrail] = useState<(string | null)[]>([]);
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const query = auditQuery(props.planId, filter, PAGE_SIZE);

  useEffect(() => setDraft(filter), [query]);
  useEffect(() => {
    setError(null);
    props.api
      .get<AuditPage>(`/audit?${query}`)
      .then((answer) => setPage(answer.body))
      .catch((cause: unknown) => setError(messageOf(cause)));
  }, [query, props.reload]);

  function apply(next: AuditFilter) {
    setTrail([]);
    props.onFilter({ ...next, after: null });
  }
  function download(format: (typeof FORMATS)[number]) {
    setError(null);
    props.api
      .download(
        `/audit?${auditQuery(props.planId, filter, DOWNLOAD_LIMIT)}&${format.query}`,
        `revisjonslogg-${props.planId}.${format.extension}`,
      )
      .catch((cause: unknown) => setError(messageOf(cause)));
  }
  const titles = [...props.tiltakTitles.entries()];
  const pageNumber = trail.length + 1;

  return (
    <section class="panel" aria-labelledby="audit-heading" style={{ marginTop: '1rem' }}>
      <h2 id="audit-heading">Revisjonslogg</h2>
      <EditForm testId="audit-filter" label="Filtrer revisjonsloggen" onSubmit={() => apply(draft)}>
        <label>
          Hendelse
          <select
            name="auditType"
            value={draft.type ?? ''}
            onChange={(e) => setDraft({ ...draft, type: textOrNull(e.currentTarget.value) })}
          >
            <option value="">Alle</option>
            {Object.entries(EVENT_LABELS).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tiltak
          <select
            name="auditTiltak"
            value={draft.tiltakId ?? ''}
            onChange={(e) => setDraft({ ...draft, tiltakId: textOrNull(e.currentTarget.value) })}
          >
            <option value="">Alle</option>
            {titles.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label="Aktør (id)"
          name="auditActor"
          value={draft.actor ?? ''}
          maxLength={200}
          onText={(value) => setDraft({ ...draft, actor: textOrNull(value) })}
        />
        <DateField
          label="Registrert fra"
          name="auditFrom"
          value={draft.from ?? ''}
          onDate={(value) => setDraft({ ...draft, from: textOrNull(value) })}
        />
        <DateField
          label="Registrert til og med"
          name="auditTo"
          value={draft.to ?? ''}
          onDate={(value) => setDraft({ ...draft, to: textOrNull(value) })}
        />
        <button type="submit">Filtrer</button>
        <button type="button" class="secondary" onClick={() => apply(NO_AUDIT_FILTER)}>
          Nullstill
        </button>
      </EditForm>
      <ProblemMessage message={error} />
      {page === null ? null : (
        <>
          <p data-testid="audit-summary" aria-live="polite">
            {trail.length === 0 && filter.after !== null
              ? `Etter posisjon ${filter.after}`
              : `Side ${formatNumber(pageNumber)}`}
            : {formatNumber(page.entries.length)} {page.entries.length === 1 ? 'hendelse' : 'hendelser'}
            {page.nextAfter === null ? ' (siste side)' : ''}.
          </p>
          <div class="scroll">
            <table class="audit" data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">Registrert</th>
                  <th scope="col">Gjelder fra</th>
                  <th scope="col">Hendelse</th>
                  <th scope="col">Tiltak</th>
                  <th scope="col">Aktør</th>
                  <th scope="col">Begrunnelse</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((entry) => (
                  <tr key={entry.eventId} data-position={entry.position} data-type={entry.type}>
                    <td>{formatDateTime(entry.recordedAt)}</td>
                    <td>{formatDate(entry.effectiveAt)}</td>
                    <td>{EVENT_LABELS[entry.type] ?? entry.type}</td>
                    <td>
                      {entry.tiltakId === null
                        ? 'Planen'
                        : (props.tiltakTitles.get(entry.tiltakId) ?? entry.tiltakId)}
                    </td>
                    <td>
                      <button
                        type="button"
                        class="link"
                        aria-label={`Vis bare hendelser registrert av ${entry.actor.name}`}
                        onClick={() => apply({ ...filter, actor: entry.actor.id })}
                      >
                        {entry.actor.name}
                      </button>{' '}
                      <span class="meta">({entry.actor.role})</span>
                    </td>
                    <td>{entry.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="Sider i revisjonsloggen">
            <button
              type="button"
              class="secondary"
              disabled={trail.length === 0 && filter.after === null}
              onClick={() => {
                const previous = trail.length === 0 ? null : trail[trail.length - 1]!;
                setTrail(trail.slice(0, -1));
                props.onFilter({ ...filter, after: previous });
              }}
            >
              Forrige side
            </button>
            <button
              type="button"
              class="secondary"
              disabled={page.nextAfter === null}
              onClick={() => {
                setTrail([...trail, filter.after]);
                props.onFilter({ ...filter, after: page.nextAfter });
              }}
            >
              Neste side
            </button>
          </nav>
          <p>
            Last ned utvalget fra denne siden (inntil {formatNumber(DOWNLOAD_LIMIT)} hendelser):{' '}
            {FORMATS.map((format) => (
              <button
                key={format.label}
                type="button"
                class="secondary"
                aria-label={`Last ned revisjonsloggen som ${format.label}`}
                onClick={() => download(format)}
              >
                {format.label}
              </button>
            ))}
          </p>
        </>
      )}
    </section>
  );
}
