// One tiltak: its state at the chosen date, its history in valid-time order, and (for editors) the edit forms.
import { useEffect, useState } from 'preact/hooks';
import type { Api, TiltakHistory, TiltakState } from './api.js';
import { CorrectionForm, correctable, type Replacement } from './correction-form.js';
import {
  ConflictNotice,
  DateField,
  EditForm,
  FIRST_DAY,
  ProblemMessage,
  StatusField,
  TextAreaField,
  TextField,
  middayOf,
  useCommand,
} from './forms/index.js';
import { FundingForms } from './funding-forms.js';
import {
  EVENT_LABELS,
  FIELD_LABELS,
  STATUS_COLOURS,
  STATUS_LABELS,
  formatDate,
  formatDateTime,
  formatNumber,
  statusKey,
} from './format.js';

type Entry = TiltakHistory['entries'][number];

function sourceText(entry: Entry): string {
  const source = entry.source as { kind?: string; locator?: string; document?: string } | null;
  if (source === null || source === undefined) return '';
  if (source.locator !== undefined) return `Kilde: ${source.locator}`;
  return source.kind === undefined ? '' : `Kilde: ${source.kind}`;
}

type Change = Entry['changes'][number];

function itemKey(item: unknown): string | null {
  const keyed = item as { grantId?: unknown; id?: unknown } | null;
  if (typeof keyed?.grantId === 'string') return keyed.grantId;
  return typeof keyed?.id === 'string' ? keyed.id : null;
}

function changeText(change: Change, type: string): string {
  const field = FIELD_LABELS[change.field.split('.')[0] ?? change.field] ?? change.field;
  if ('after' in change) return `${field}: ${plain(change.after)}`;
  // An item both added and removed (a grant withdrawn or corrected) is one item that changed, not two.
  const removedKeys = new Set(change.removed.map(itemKey).filter((key) => key !== null));
  const changed = type === 'FundingWithdrawn' ? 'trukket' : 'endret';
  const items = [
    ...change.added.map((item) =>
      removedKeys.has(itemKey(item) ?? '') ? `${plain(item)} ${changed}` : `+ ${plain(item)}`,
    ),
    ...change.removed
      .filter(
        (item) => !change.added.some((added) => itemKey(added) !== null && itemKey(added) === itemKey(item)),
      )
      .map((item) => `− ${plain(item)}`),
  ];
  return `${field}: ${items.join(', ')}`;
}

/** What an entry changed; a retracted entry lists no changes, so its own value is named from its data. */
function entryText(entry: Entry): string {
  if (entry.type === 'TiltakCreated') return ' (opprettet)';
  if (entry.changes.length > 0)
    return ` (${entry.changes.map((change) => changeText(change, entry.type)).join(', ')})`;
  const data = entry.data as { status?: unknown; text?: unknown } | null;
  if (typeof data?.status === 'string') return ` (Status: ${plain(data.status)})`;
  if (typeof data?.text === 'string') return ` (${plain({ text: data.text })})`;
  return '';
}

/** A value in words: a status by its label, parties and grants by their names, never raw JSON of objects. */
function plain(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return STATUS_LABELS[value] ?? value;
  if (Array.isArray(value)) return value.length === 0 ? 'ingen' : value.map(plain).join(', ');
  if (typeof value === 'object') {
    const named = value as { name?: unknown; source?: unknown; year?: unknown; text?: unknown };
    if (typeof named.name === 'string') return named.name;
    if (typeof named.text === 'string')
      return named.text.length > 60 ? `«${named.text.slice(0, 60)}…»` : `«${named.text}»`;
    if (typeof named.source === 'string')
      return typeof named.year === 'number' ? `${named.source} ${named.year}` : named.source;
    return '…';
  }
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'boolean' ? (value ? 'ja' : 'nei') : '…';
}

export function TiltakPanel(props: {
  api: Api;
  tiltakId: string;
  temporal: string;
  date: string;
  mayEdit: boolean;
  reload: number;
  onChanged: () => void;
}) {
  const { api, tiltakId } = props;
  const [state, setState] = useState<TiltakState | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [history, setHistory] = useState<Entry[]>([]);
  const [status, setStatus] = useState('IN_PROGRESS');
  const [effectiveDate, setEffectiveDate] = useState(props.date);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [own, setOwn] = useState(0);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [historyTotal, setHistoryTotal] = useState(0);
  // A command taken: the history and state are read again, and the plan around the panel too.
  const command = useCommand(api, etag, () => {
    setCorrecting(null);
    setOwn((count) => count + 1);
    props.onChanged();
  });
  const error = command.error;

  useEffect(() => {
    command.fail(null);
    const id = encodeURIComponent(tiltakId);
    // The ETag is read once per load: it is what If-Match sends, so an edit made meanwhile by someone else is a 412.
    api
      .get<TiltakState>(`/tiltak/${id}?${props.temporal}`)
      .then((answer) => {
        setState(answer.body);
        setEtag(answer.etag);
        // The most a page holds; a longer history says how much is left out.
        return api.get<TiltakHistory>(`/tiltak/${id}/history?limit=200`);
      })
      .then((answer) => {
        setHistory(answer.body.entries);
        setHistoryTotal(answer.body.total);
      })
      .catch((cause: unknown) => command.fail(cause));
  }, [tiltakId, props.temporal, props.reload, own]);

  const send = (path: string, body: unknown, what: string) =>
    command.send(`/tiltak/${encodeURIComponent(tiltakId)}/${path}`, body, what);
  function retract(eventId: string, reason: string) {
    // The retraction route takes no If-Match: it finds the event's stream itself and appends only a marker.
    void command.send(
      `/events/${encodeURIComponent(eventId)}/retractions`,
      { reason },
      'Hendelsen er trukket tilbake.',
      false,
    );
  }
  function correct(eventId: string, replacement: Replacement, reason: string) {
    void command.send(
      `/events/${encodeURIComponent(eventId)}/corrections`,
      { reason, replacement },
      'Rettelsen er lagret.',
    );
  }

  const ordered = [...history].sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt));
  return (
    <section class="panel" aria-labelledby="tiltak-heading" data-testid="tiltak-panel">
      {state === null ? (
        <p>{error ?? 'Laster …'}</p>
      ) : (
        <>
          <h2 id="tiltak-heading">{state.title}</h2>
          <p>
            Status {formatDate(props.date)}:{' '}
            <span
              class="status"
              data-testid="tiltak-status"
              style={{ background: STATUS_COLOURS[statusKey(state.status)] }}
            >
              {STATUS_LABELS[statusKey(state.status)]}
            </span>
          </p>
          {state.description === null ? null : <p>{state.description}</p>}
          <p class="meta">
            Ansvarlig: {state.responsible.map((p) => p.name).join(', ') || 'ikke oppgitt'}
            <br />
            Deltakere: {state.participants.map((p) => p.name).join(', ') || 'ingen'}
            <br />
            Finansiering:{' '}
            <span data-testid="tiltak-funding">
              {state.funding.length === 0
                ? 'ingen'
                : state.funding
                    .map(
                      (f) =>
                        `${f.source} ${f.year}: ${f.amountNok === null ? 'beløp ikke oppgitt' : `${formatNumber(f.amountNok)} kr`}${
                          f.withdrawnAt === null ? '' : ` (trukket ${formatDate(f.withdrawnAt)})`
                        }`,
                    )
                    .join('; ')}
            </span>
          </p>
          {command.conflict ? (
            <ConflictNotice
              onReload={() => {
                command.resolve();
                setState(null);
                setOwn(own + 1);
              }}
            />
          ) : null}
          <ProblemMessage message={error} />
          {command.done === null ? null : <p role="status">{command.done}</p>}
          {props.mayEdit ? (
            <>
              <h3>Endre status</h3>
              <EditForm
                testId="status-form"
                onSubmit={() => {
                  void send(
                    'status',
                    { status, effectiveAt: middayOf(effectiveDate), ...(reason === '' ? {} : { reason }) },
                    'Statusen er endret.',
                  );
                }}
              >
                <StatusField label="Ny status" name="status" value={status} onStatus={setStatus} />
                <DateField
                  label="Gjelder fra"
                  name="effectiveDate"
                  value={effectiveDate}
                  min={FIRST_DAY}
                  onDate={setEffectiveDate}
                  required
                />
                <TextField label="Begrunnelse" name="reason" value={reason} onText={setReason} />
                <button type="submit">Lagre status</button>
              </EditForm>
              <h3>Nytt notat</h3>
              <EditForm
                testId="note-form"
                onSubmit={() => {
                  void send(
                    'notes',
                    { text: note, effectiveAt: middayOf(effectiveDate) },
                    'Notatet er lagret.',
                  );
                }}
              >
                <TextAreaField label="Notat" name="note" value={note} onText={setNote} required />
                <button type="submit">Lagre notat</button>
              </EditForm>
              <FundingForms key={`${tiltakId}-${own}`} state={state} date={props.date} send={send} />
            </>
          ) : null}
          <h3>Historikk</h3>
          {historyTotal > history.length ? (
            <p class="meta">
              Viser de første {formatNumber(history.length)} av {formatNumber(historyTotal)} hendelser.
            </p>
          ) : null}
          <ol class="history" data-testid="history">
            {ordered.map((entry) => (
              <li key={entry.eventId} class={entry.retractedBy === null ? '' : 'retracted'}>
                <strong>{formatDate(entry.effectiveAt)}</strong>: {EVENT_LABELS[entry.type] ?? entry.type}
                {entryText(entry)}
                <br />
                <span class="meta">
                  Registrert {formatDateTime(entry.recordedAt)} av {entry.actor.name}
                  {entry.reason === null ? '' : ` · Begrunnelse: ${entry.reason}`}
                  {sourceText(entry) === '' ? '' : ` · ${sourceText(entry)}`}
                  {entry.retractedBy === null
                    ? ''
                    : ` · Trukket tilbake ${formatDateTime(entry.retractedBy.recordedAt)} av ${entry.retractedBy.actor.name}${
                        entry.retractedBy.reason === null ? '' : `: ${entry.retractedBy.reason}`
                      }`}
                </span>
                {props.mayEdit && correctable(entry) && correcting !== entry.eventId ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="secondary small"
                      aria-label={`Rett opp: ${EVENT_LABELS[entry.type] ?? entry.type} ${formatDate(entry.effectiveAt)}`}
                      onClick={() => setCorrecting(entry.eventId)}
                    >
                      Rett opp
                    </button>
                  </>
                ) : null}
                {correcting === entry.eventId ? (
                  <CorrectionForm
                    entry={entry}
                    onCorrect={(replacement, reason) => correct(entry.eventId, replacement, reason)}
                    onRetract={(reason) => retract(entry.eventId, reason)}
                    onCancel={() => setCorrecting(null)}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
