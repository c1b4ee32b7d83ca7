// Reports to download in every format the API offers, at the chosen date (and knownAt); for auditors the chain check.
import { useEffect, useState } from 'preact/hooks';
import type { Api, AuditVerification } from './api.js';
import { formatDate, formatNumber, formatPoint } from './format.js';
import { ProblemMessage, messageOf } from './forms/index.js';

const REPORTS = [
  { name: 'status', label: 'Status per tiltaksområde' },
  { name: 'status-totals', label: 'Statustall per satsningsområde' },
  { name: 'status-tiltak', label: 'Status for hvert tiltak' },
  { name: 'funding', label: 'Tildelinger' },
  { name: 'funding-totals', label: 'Tildelinger per år og kilde' },
  { name: 'responsibility', label: 'Ansvar per aktør' },
  { name: 'responsibility-rollup', label: 'Ansvar med underenheter' },
  { name: 'responsibility-totals', label: 'Antall tiltak per aktør' },
] as const;

/** The API's export formats (docs/api.md, "CSV"): the query that asks for each and the file it is saved as. */
export const FORMATS = [
  { label: 'CSV', query: 'format=csv', extension: 'csv' },
  { label: 'CSV for Excel', query: 'format=csv&dialect=excel', extension: 'excel.csv' },
  { label: 'Excel (.xlsx)', query: 'format=xlsx', extension: 'xlsx' },
  { label: 'JSON', query: 'format=json', extension: 'json' },
] as const;

export function ReportsPanel(props: {
  api: Api;
  planId: string;
  date: string;
  knownAt: string | null;
  role: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const auditor = props.role === 'auditor' || props.role === 'admin';

  useEffect(() => {
    if (!auditor) return;
    props.api
      .get<AuditVerification>('/audit/verify')
      .then((answer) => setVerification(answer.body))
      .catch((cause: unknown) => setError(messageOf(cause)));
  }, [auditor]);

  function download(path: string, file: string) {
    setError(null);
    props.api.download(path, file).catch((cause: unknown) => setError(messageOf(cause)));
  }

  const known = props.knownAt === null ? '' : `&knownAt=${encodeURIComponent(props.knownAt)}`;
  const query = `planId=${encodeURIComponent(props.planId)}&validAt=${props.date}${known}`;
  return (
    <section class="panel" aria-labelledby="reports-heading" style={{ marginTop: '1rem' }}>
      <h2 id="reports-heading">
        Rapporter per {formatDate(props.date)}
        {props.knownAt === null ? '' : `, slik det var kjent ${formatPoint(props.knownAt)}`}
      </h2>
      <table class="downloads" data-testid="reports">
        <thead>
          <tr>
            <th scope="col">Rapport</th>
            <th scope="col">Last ned</th>
          </tr>
        </thead>
        <tbody>
          {REPORTS.map((report) => (
            <tr key={report.name} data-report={report.name}>
              <th scope="row">{report.label}</th>
              <td>
                {FORMATS.map((format) => (
                  <button
                    key={format.label}
                    type="button"
                    class="secondary"
                    aria-label={`Last ned ${report.label} som ${format.label}`}
                    onClick={() =>
                      download(
                        `/reports/${report.name}?${query}&${format.query}`,
                        `${report.name}-${props.date}.${format.extension}`,
                      )
                    }
                  >
                    {format.label}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {auditor ? (
        <>
          <h3>Kontroll av hendelseskjeden</h3>
          {verification === null ? null : (
            <p data-testid="verification" role="status">
              {verification.ok
                ? `Kjeden er hel: ${formatNumber(verification.eventsChecked)} hendelser i ${formatNumber(verification.streamsChecked)} strømmer kontrollert.`
                : `Kjeden er brutt: ${formatNumber(verification.brokenLinks.length)} brudd funnet.`}
            </p>
          )}
        </>
      ) : null}
      <ProblemMessage message={error} />
    </section>
  );
}
