// The view in the URL's hash, so a link shows the same view: plan, date, knownAt, the tree's status filter, the
// selected tiltak, the diff's two dates and the audit log's filters and page. Never the token.
export interface AuditFilter {
  actor: string | null;
  tiltakId: string | null;
  type: string | null;
  from: string | null;
  to: string | null;
  after: string | null;
}

export interface ViewState {
  plan: string | null;
  date: string;
  knownAt: string | null;
  /** A status code, or NONE for "Ikke rapportert"; null shows every tiltak. */
  status: string | null;
  tiltak: string | null;
  diffFrom: string | null;
  diffTo: string | null;
  audit: AuditFilter;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** knownAt as the page writes it (a date's end in Oslo) or any instant with Z or an offset, as the API takes it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const AUDIT_KEYS = ['actor', 'tiltakId', 'type', 'from', 'to', 'after'] as const;

export const NO_AUDIT_FILTER: AuditFilter = {
  actor: null,
  tiltakId: null,
  type: null,
  from: null,
  to: null,
  after: null,
};

function matching(value: string | null, pattern: RegExp): string | null {
  return value !== null && pattern.test(value) ? value : null;
}

export function readViewState(hash: string, today: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const audit = { ...NO_AUDIT_FILTER };
  for (const key of AUDIT_KEYS) audit[key] = params.get(`audit.${key}`) || null;
  audit.from = matching(audit.from, DATE);
  audit.to = matching(audit.to, DATE);
  audit.after = matching(audit.after, /^\d{1,20}$/);
  return {
    plan: params.get('plan'),
    date: matching(params.get('date'), DATE) ?? today,
    knownAt: matching(params.get('knownAt'), INSTANT),
    status: matching(params.get('status'), /^[A-Z_]{1,20}$/),
    tiltak: params.get('tiltak'),
    diffFrom: matching(params.get('diffFrom'), DATE),
    diffTo: matching(params.get('diffTo'), DATE),
    audit,
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.plan !== null) params.set('plan', state.plan);
  params.set('date', state.date);
  if (state.knownAt !== null) params.set('knownAt', state.knownAt);
  if (state.status !== null) params.set('status', state.status);
  if (state.tiltak !== null) params.set('tiltak', state.tiltak);
  if (state.diffFrom !== null) params.set('diffFrom', state.diffFrom);
  if (state.diffTo !== null) params.set('diffTo', state.diffTo);
  for (const key of AUDIT_KEYS) {
    const value = state.audit[key];
    if (value !== null) params.set(`audit.${key}`, value);
  }
  return `#${params.toString()}`;
}
