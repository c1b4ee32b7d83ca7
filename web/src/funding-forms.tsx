// An editor's funding forms: grant a sum (samhandlingsmidler) for a year, and withdraw a grant that stands.
import { useState } from 'preact/hooks';
import type { GrantBody, TiltakState, WithdrawalBody } from './api.js';
import { formatNumber } from './format.js';
import {
  DateField,
  EditForm,
  FIRST_DAY,
  ProblemMessage,
  TextField,
  YearField,
  kronerOrProblem,
  middayOf,
  textOrNull,
} from './forms/index.js';

/** Sends a command of the tiltak (with If-Match) and says `done` when it is taken; the panel owns the errors. */
export type SendCommand = (path: string, body: unknown, done: string) => Promise<boolean>;

export function FundingForms(props: { state: TiltakState; date: string; send: SendCommand }) {
  const { state, send } = props;
  const [source, setSource] = useState('Samhandlingsmidler');
  const [year, setYear] = useState(props.date.slice(0, 4));
  const [amount, setAmount] = useState('');
  const [decision, setDecision] = useState('');
  const [grantDate, setGrantDate] = useState(props.date);
  const [amountError, setAmountError] = useState<string | null>(null);
  const standing = state.funding.filter((grant) => grant.withdrawnAt === null);
  const [grantId, setGrantId] = useState('');
  const [withdrawDate, setWithdrawDate] = useState(props.date);
  const [withdrawReason, setWithdrawReason] = useState('');
  const chosen = standing.find((grant) => grant.grantId === grantId) ?? standing[0];

  return (
    <>
      <h3>Tildel midler</h3>
      <EditForm
        testId="grant-form"
        onSubmit={() => {
          const kroner = kronerOrProblem(amount);
          if ('problem' in kroner) {
            setAmountError(kroner.problem);
            return;
          }
          setAmountError(null);
          const decisionReference = textOrNull(decision);
          const body: GrantBody = {
            source: source.trim(),
            year: Number(year),
            amountNok: kroner.amountNok,
            ...(decisionReference === null ? {} : { decisionReference }),
            effectiveAt: middayOf(grantDate),
          };
          void send('funding', body, 'Tildelingen er registrert.').then((ok) => {
            if (ok) setAmount('');
          });
        }}
      >
        <TextField
          label="Kilde"
          name="grantSource"
          value={source}
          maxLength={200}
          onText={setSource}
          required
        />
        <YearField name="grantYear" value={year} onText={setYear} />
        <TextField
          label="Beløp (kr, tomt hvis ukjent)"
          name="grantAmount"
          inputMode="numeric"
          value={amount}
          errorId={amountError === null ? null : 'grant-amount-error'}
          onText={setAmount}
        />
        <TextField
          label="Vedtak (referanse)"
          name="grantDecision"
          value={decision}
          maxLength={200}
          onText={setDecision}
        />
        <DateField
          label="Tildelt dato"
          name="grantDate"
          min={FIRST_DAY}
          value={grantDate}
          onDate={setGrantDate}
          required
        />
        <button type="submit">Tildel</button>
        <ProblemMessage message={amountError} id="grant-amount-error" />
      </EditForm>
      {chosen === undefined ? null : (
        <>
          <h3>Trekk en tildeling</h3>
          <EditForm
            testId="withdraw-form"
            onSubmit={() => {
              const reason = textOrNull(withdrawReason);
              const body: WithdrawalBody = {
                effectiveAt: middayOf(withdrawDate),
                ...(reason === null ? {} : { reason }),
              };
              void send(
                `funding/${encodeURIComponent(chosen.grantId)}/withdrawal`,
                body,
                'Tildelingen er trukket.',
              );
            }}
          >
            <label>
              Tildeling
              <select
                name="withdrawGrant"
                value={chosen.grantId}
                onChange={(e) => setGrantId(e.currentTarget.value)}
              >
                {standing.map((grant) => (
                  <option key={grant.grantId} value={grant.grantId}>
                    {grant.source} {grant.year}
                    {grant.amountNok === null ? ' (beløp ukjent)' : `: ${formatNumber(grant.amountNok)} kr`}
                  </option>
                ))}
              </select>
            </label>
            <DateField
              label="Trukket dato"
              name="withdrawDate"
              min={FIRST_DAY}
              value={withdrawDate}
              onDate={setWithdrawDate}
              required
            />
            <TextField
              label="Begrunnelse"
              name="withdrawReason"
              value={withdrawReason}
              onText={setWithdrawReason}
            />
            <button type="submit">Trekk tildelingen</button>
          </EditForm>
        </>
      )}
    </>
  );
}
