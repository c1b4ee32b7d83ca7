// Correcting a mistake in a tiltak's history: the right values in place of a wrong event, or the event retracted.
import { useState } from 'preact/hooks';
import type { CorrectionBody, TiltakHistory } from './api.js';
import { EVENT_LABELS, osloDay } from './format.js';
import {
  DateField,
  EditForm,
  FIRST_DAY,
  ProblemMessage,
  StatusField,
  TextAreaField,
  TextField,
  YearField,
  kronerOrProblem,
  middayOf,
  textOrNull,
} from './forms/index.js';

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
    const effectiveAt = date === osloDay(entry.effectiveAt) ? entry.effectiveAt : middayOf(date);
    // The select offers only the seven status codes.
    if (kind === 'ChangeTiltakStatus')
      return { type: kind, data: { status: status as StatusCode, effectiveAt } };
    if (kind === 'NoteProgress') return { type: kind, data: { text: text.trim(), effectiveAt } };
    if (kind === 'WithdrawFunding')
      return { type: kind, data: { grantId: String(data.grantId), effectiveAt } };
    const kroner = kronerOrProblem(amount);
    if ('problem' in kroner) return kroner.problem;
    return {
      type: 'GrantFunding',
      data: {
        // The same grant id, so a withdrawal of it still names it.
        grantId: String(data.grantId),
        source: source.trim(),
        year: Number(year),
        amountNok: kroner.amountNok,
        decisionReference: textOrNull(decision),
        effectiveAt,
      },
    };
  }

  const what = EVENT_LABELS[entry.type] ?? entry.type;
  return (
    <EditForm
      class="correction"
      testId="correction-form"
      label={`Rett opp: ${what}`}
      onSubmit={(event) => {
        const submitter = event.submitter as HTMLButtonElement | null;
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
        <StatusField label="Riktig status" name="correctStatus" value={status} onStatus={setStatus} />
      ) : null}
      {kind === 'NoteProgress' ? (
        <TextAreaField label="Riktig tekst" name="correctText" value={text} onText={setText} required />
      ) : null}
      {kind === 'GrantFunding' ? (
        <>
          <TextField label="Kilde" name="correctSource" value={source} onText={setSource} required />
          <YearField name="correctYear" value={year} onText={setYear} />
          <TextField
            label="Riktig beløp (kr, tomt hvis ukjent)"
            name="correctAmount"
            inputMode="numeric"
            value={amount}
            onText={setAmount}
          />
          <TextField
            label="Vedtak (referanse)"
            name="correctDecision"
            value={decision}
            onText={setDecision}
          />
        </>
      ) : null}
      {kind === undefined ? null : (
        <DateField
          label="Riktig dato"
          name="correctDate"
          min={FIRST_DAY}
          value={date}
          onDate={setDate}
          required
        />
      )}
      <TextField
        label="Hva var feil (begrunnelse)"
        name="correctReason"
        value={reason}
        maxLength={2000}
        onText={setReason}
        required
      />
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
      <ProblemMessage message={formError} />
    </EditForm>
  );
}
