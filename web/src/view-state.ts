// The view in the URL's hash (plan, date, knownAt, selected tiltak), so a link shows the same view; never the token.
export interface ViewState {
  plan: string | null;
  date: string;
  knownAt: string | null;
  tiltak: string | null;
}

export function readViewState(hash: string, today: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const date = params.get('date');
  return {
    plan: params.get('plan'),
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today,
    knownAt: params.get('knownAt'),
    tiltak: params.get('tiltak'),
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.plan !== null) params.set('plan', state.plan);
  params.set('date', state.date);
  if (state.knownAt !== null) params.set('knownAt', state.knownAt);
  if (state.tiltak !== null) params.set('tiltak', state.tiltak);
  return `#${params.toString()}`;
}
