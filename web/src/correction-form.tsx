// Correcting a mistake in a tiltak's history: the right values in place of a wrong event, or the event retracted.
import { useState } from 'preact/hooks';
import type { CorrectionBody, TiltakHistory } from './api.js';
import { EVENT_LABELS, STATUS_LABELS, osloDay, parseKroner } from './format.js';

type Entry = TiltakHistory['entries'][number];

/** The command that records the right values of an event, as the correction route takes it (the generated type). */
export type Replacement = CorrectionBody['replacement'];
type Kind = 'ChangeTiltakStatus' | 'GrantFunding' | 'NoteProgress' | 'WithdrawFunding';
type StatusCode = Extract<Replacement, { type: 'ChangeTiltakStatus' }>['data']['status'];

const REPLACEABLE: Record<string, Kind> = {
  TiltakStatusChanged: 'ChangeTiltakStatus',
  FundingGranted: 'GrantFunding',
  ProgressNoted: 'NoteProgress',
  FundingWithdrawn: 'WithdrawFunding',
};

/** Whether an entry can be corrected or retracted at all: creations and retractions cannot (the API says 409). */
export function correctable(entry: Entry): boolean {
  return entry.retractedBy === null && entry.type !== 'TiltakCreated' && entry.type !== 'EventRetracted';
}

interface GrantData {
  grantId?: string;
  source?: string;
  year?: number;
  amountNok?: number | null;
  decisionReference?: string | null;
  text?: string;
  status?: string;
}

export function CorrectionForm(props: {
  entry: Entry;
  onCorrect: (replacement: Replacement, reason: string) => void;
  onRetract: (reason: string) => void;
  onCancel: () => void;
}) {
  const { entry } = props;
  const data = (entry.data ?? {}) as GrantData;
  const kind = REPLACEABLE[entry.type];
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState(data.status ?? 'IN_PROGRESS');
  const [date, setDate] = useState(osloDay(entry.effectiveAt));
  const [text, setText] = useState(data.text ?? '');
  const [source, setSource] = useState(data.source ?? '');
  const [year, setYear] = useState(String(data.year ?? ''));
  const [amount, setAmount] = useState(data.amountNok == null ? '' : String(data.amountNok));
  const [decision, setDecision] = useState(data.decisionReference ?? '');
  const [formError, setFormError] = useState<string | null>(null);

  function replacement(): Replacement | string {
    // The event's own time is kept unless the date was changed: a changed date moves the event.
    const effectiveAt = date === osloDay(entry.effectiveAt) ? entry.effectiveAt : `${date}T12:00:00Z`;
    // The select offers only the seven status codes.
    if (kind === 'ChangeTiltakStatus')
      return { type: kind, data: { status: status as StatusCode, effectiveAt } };
    if (kind === 'NoteProgress') return { type: kind, data: { text: text.trim(), effectiveAt } };
    if (kind === 'WithdrawFunding')
      return { type: kind, data: { grantId: String(data.grantId), effectiveAt } };
    const amountNok = parseKroner(amount);
    if (amountNok === 'invalid') return 'Beløpet må være et helt antall kroner, for eksempel 250 000.';
    return {
      type: 'GrantFunding',
      data: {
        // The same grant id, so a withdrawal of it still names it.
        grantId: String(data.grantId),
        source: source.trim(),
        year: Number(year),
        amountNok,
        decisionReference: decision.trim() === '' ? null : decision.trim(),
        effectiveAt,
      },
    };
  }

  const what = EVENT_LABELS[entry.type] ?? entry.type;
  return (
    <form
      class="edit correction"
      data-testid="correction-form"
      aria-label={`Rett opp: ${what}`}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value === 'retract' || kind === undefined) {
          props.onRetract(reason.trim());
          return;
        }
        const made = replacement();
        if (typeof made === 'string') {
          setFormError(made);
          return;
        }
        setFormError(null);
        props.onCorrect(made, reason.trim());
      }}
    >
      {kind === 'ChangeTiltakStatus' ? (
        <label>
          Riktig status
          <select name="correctStatus" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            {Object.entries(STATUS_LABELS)
              .filter(([key]) => key !== 'NONE')
              .map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {kind === 'NoteProgress' ? (
        <label>
          Riktig tekst
          <textarea
            name="correctText"
            rows={2}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            required
          />
        </label>
      ) : null}
      {kind === 'GrantFunding' ? (
        <>
          <label>
            Kilde
            <input
              type="text"
              name="correctSource"
              value={source}
              onInput={(e) => setSource(e.currentTarget.value)}
              required
            />
          </label>
          <label>
            År
            <input
              type="number"
              name="correctYear"
              min={1900}
              max={2100}
              value={year}
              onInput={(e) => setYear(e.currentTarget.value)}
              required
            />
          </label>
          <label>
            Riktig beløp (kr, tomt hvis ukjent)
            <input
              type="text"
              name="correctAmount"
              inputMode="numeric"
              value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)}
            />
          </label>
          <label>
            Vedtak (referanse)
            <input
              type="text"
              name="correctDecision"
              value={decision}
              onInput={(e) => setDecision(e.currentTarget.value)}
            />
          </label>
        </>
      ) : null}
      {kind === undefined ? null : (
        <label>
          Riktig dato
          <input
            type="date"
            name="correctDate"
            min="2020-01-01"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            required
          />
        </label>
      )}
      <label>
        Hva var feil (begrunnelse)
        <input
          type="text"
          name="correctReason"
          value={reason}
          maxLength={2000}
          onInput={(e) => setReason(e.currentTarget.value)}
          required
        />
      </label>
      {kind === undefined ? null : (
        <button type="submit" value="correct">
          Lagre rettelsen
        </button>
      )}
      <button type="submit" value="retract" class="secondary">
        Trekk tilbake uten erstatning
      </button>
      <button type="button" class="secondary" onClick={props.onCancel}>
        Avbryt
      </button>
      {formError === null ? null : (
        <p class="error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}
