// Reports to download (JSON or CSV, at the chosen date) and, for auditors, the chain check and the audit log.
import { useEffect, useState } from 'preact/hooks';
import type { Api, AuditVerification } from './api.js';
import { formatDate, formatNumber } from './format.js';

const REPORTS = [
  { name: 'status', label: 'Statusrapport' },
  { name: 'funding', label: 'Finansieringsrapport' },
  { name: 'responsibility', label: 'Ansvarsrapport' },
] as const;

export function ReportsPanel(props: { api: Api; planId: string; date: string; role: string }) {
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const auditor = props.role === 'auditor' || props.role === 'admin';

  useEffect(() => {
    if (!auditor) return;
    props.api
      .get<AuditVerification>('/audit/verify')
      .then((answer) => setVerification(answer.body))
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }, [auditor]);

  function download(path: string, file: string) {
    setError(null);
    props.api
      .download(path, file)
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }

  const query = `planId=${encodeURIComponent(props.planId)}&validAt=${props.date}`;
  return (
    <section class="panel" aria-labelledby="reports-heading" style={{ marginTop: '1rem' }}>
      <h2 id="reports-heading">Rapporter per {formatDate(props.date)}</h2>
      <ul class="counts">
        {REPORTS.map((report) => (
          <li key={report.name}>
            {report.label}{' '}
            <button
              type="button"
              class="secondary"
              onClick={() =>
                download(`/reports/${report.name}?${query}&format=csv`, `${report.name}-${props.date}.csv`)
              }
            >
              Last ned CSV
            </button>{' '}
            <button
              type="button"
              class="secondary"
              onClick={() =>
                download(`/reports/${report.name}?${query}&format=json`, `${report.name}-${props.date}.json`)
              }
            >
              Last ned JSON
            </button>
          </li>
        ))}
      </ul>
      {auditor ? (
        <>
          <h3>Revisjon</h3>
          {verification === null ? null : (
            <p data-testid="verification" role="status">
              {verification.ok
                ? `Kjeden er hel: ${formatNumber(verification.eventsChecked)} hendelser i ${formatNumber(verification.streamsChecked)} strømmer kontrollert.`
                : `Kjeden er brutt: ${formatNumber(verification.brokenLinks.length)} brudd funnet.`}
            </p>
          )}
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(`/audit?planId=${encodeURIComponent(props.planId)}&format=csv`, 'revisjonslogg.csv')
            }
          >
            Last ned revisjonsloggen (CSV)
          </button>
        </>
      ) : null}
      {error === null ? null : (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
