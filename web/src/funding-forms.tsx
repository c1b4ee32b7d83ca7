// An editor's funding forms: grant a sum (samhandlingsmidler) for a year, and withdraw a grant that stands.
import { useState } from 'preact/hooks';
import type { GrantBody, TiltakState, WithdrawalBody } from './api.js';
import { formatNumber, parseKroner } from './format.js';

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
      <form
        class="edit"
        data-testid="grant-form"
        onSubmit={(event) => {
          event.preventDefault();
          const amountNok = parseKroner(amount);
          if (amountNok === 'invalid') {
            setAmountError('Beløpet må være et helt antall kroner, for eksempel 250 000.');
            return;
          }
          setAmountError(null);
          const body: GrantBody = {
            source: source.trim(),
            year: Number(year),
            amountNok,
            ...(decision.trim() === '' ? {} : { decisionReference: decision.trim() }),
            effectiveAt: `${grantDate}T12:00:00Z`,
          };
          void send('funding', body, 'Tildelingen er registrert.').then((ok) => {
            if (ok) setAmount('');
          });
        }}
      >
        <label>
          Kilde
          <input
            type="text"
            name="grantSource"
            value={source}
            maxLength={200}
            onInput={(e) => setSource(e.currentTarget.value)}
            required
          />
        </label>
        <label>
          År
          <input
            type="number"
            name="grantYear"
            min={1900}
            max={2100}
            step={1}
            value={year}
            onInput={(e) => setYear(e.currentTarget.value)}
            required
          />
        </label>
        <label>
          Beløp (kr, tomt hvis ukjent)
          <input
            type="text"
            name="grantAmount"
            inputMode="numeric"
            value={amount}
            aria-invalid={amountError !== null}
            aria-describedby={amountError === null ? undefined : 'grant-amount-error'}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
        </label>
        <label>
          Vedtak (referanse)
          <input
            type="text"
            name="grantDecision"
            value={decision}
            maxLength={200}
            onInput={(e) => setDecision(e.currentTarget.value)}
          />
        </label>
        <label>
          Tildelt dato
          <input
            type="date"
            name="grantDate"
            min="2020-01-01"
            value={grantDate}
            onChange={(e) => setGrantDate(e.currentTarget.value)}
            required
          />
        </label>
        <button type="submit">Tildel</button>
        {amountError === null ? null : (
          <p class="error" id="grant-amount-error" role="alert">
            {amountError}
          </p>
        )}
      </form>
      {chosen === undefined ? null : (
        <>
          <h3>Trekk en tildeling</h3>
          <form
            class="edit"
            data-testid="withdraw-form"
            onSubmit={(event) => {
              event.preventDefault();
              const body: WithdrawalBody = {
                effectiveAt: `${withdrawDate}T12:00:00Z`,
                ...(withdrawReason.trim() === '' ? {} : { reason: withdrawReason.trim() }),
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
            <label>
              Trukket dato
              <input
                type="date"
                name="withdrawDate"
                min="2020-01-01"
                value={withdrawDate}
                onChange={(e) => setWithdrawDate(e.currentTarget.value)}
                required
              />
            </label>
            <label>
              Begrunnelse
              <input
                type="text"
                name="withdrawReason"
                value={withdrawReason}
                onInput={(e) => setWithdrawReason(e.currentTarget.value)}
              />
            </label>
            <button type="submit">Trekk tildelingen</button>
          </form>
        </>
      )}
    </>
  );
}
