// The page: sign-in, the plan on a date (tree, counts, timeline) and a tiltak with its history and edit forms.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Api, ApiError, type Me, type PlanList, type PlanTree, type Timeline } from './api.js';
import {
  STATUS_COLOURS,
  STATUS_LABELS,
  STATUS_ORDER,
  formatDate,
  formatNumber,
  formatPoint,
  osloDay,
  osloInstant,
  osloTime,
  statusKey,
  todayInOslo,
} from './format.js';
import { AuditPanel } from './audit-panel.js';
import { DateField, FIRST_DAY, ProblemMessage, messageOf } from './forms/index.js';
import { DiffPanel } from './diff-panel.js';
import { ReportsPanel } from './reports-panel.js';
import { TiltakPanel } from './tiltak-panel.js';
import { Legend, TimelineChart } from './timeline-chart.js';
import { readViewState, writeViewState, type ViewState } from './view-state.js';

const TOKEN_KEY = 'samhandlingsplan.token';
const DAY_MS = 86_400_000;

function dayIndex(date: string): number {
  return Math.round((Date.parse(`${date}T12:00:00Z`) - Date.parse(`${FIRST_DAY}T12:00:00Z`)) / DAY_MS);
}
function dateOfIndex(index: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T12:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10);
}

function SignIn(props: { error: string | null; onToken: (token: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="signin panel"
      onSubmit={(event) => {
        event.preventDefault();
        props.onToken(value.trim());
      }}
    >
      <h1>Samhandlingsplan</h1>
      <p>Lim inn tilgangsnøkkelen din for å se planene.</p>
      <label>
        Tilgangsnøkkel
        <input
          type="password"
          name="token"
          autocomplete="off"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
          required
        />
      </label>
      <p>
        <button type="submit">Logg inn</button>
      </p>
      <ProblemMessage message={props.error} />
    </form>
  );
}

function App() {
  const today = todayInOslo();
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [me, setMe] = useState<Me | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);
  const [view, setView] = useState<ViewState>(() => readViewState(location.hash, today));
  const [plans, setPlans] = useState<PlanList['plans']>([]);
  const [plan, setPlan] = useState<PlanTree | null>(null);
  // The point the shown tree is at: the counts' heading names it, not the date asked for while an answer is on its way.
  const [shownAt, setShownAt] = useState<{ date: string; knownAt: string | null } | null>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [bucket, setBucket] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const api = token === null ? null : new Api(token);

  function signOut(message: string | null) {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setMe(null);
    setSignInError(message);
  }
  function failed(cause: unknown) {
    if (cause instanceof ApiError && cause.status === 401) signOut(cause.message);
    else setError(messageOf(cause));
  }
  function update(change: Partial<ViewState>) {
    setView((current) => ({ ...current, ...change }));
  }
  // knownAt is a bare date (the API reads it as the end of that day in Oslo) or, with a time, an Oslo instant.
  const knownDay =
    view.knownAt === null ? '' : view.knownAt.length === 10 ? view.knownAt : osloDay(view.knownAt);
  const knownTime = view.knownAt === null || view.knownAt.length === 10 ? '' : osloTime(view.knownAt);
  function setKnown(day: string, time: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) update({ knownAt: null });
    else update({ knownAt: /^\d{2}:\d{2}(:\d{2})?$/.test(time) ? osloInstant(day, time) : day });
  }

  useEffect(() => {
    history.replaceState(null, '', writeViewState(view));
  }, [view]);
  useEffect(() => {
    const onHash = () => setView(readViewState(location.hash, today));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (api === null) return;
    api
      .get<Me>('/me')
      .then((answer) => {
        sessionStorage.setItem(TOKEN_KEY, token!);
        setMe(answer.body);
        setSignInError(null);
        return api.get<PlanList>('/plans');
      })
      .then((answer) => {
        setPlans(answer.body.plans);
        setView((current) =>
          current.plan === null ? { ...current, plan: answer.body.plans[0]?.planId ?? null } : current,
        );
      })
      .catch(failed);
  }, [token]);

  const temporal = `validAt=${view.date}${view.knownAt === null ? '' : `&knownAt=${encodeURIComponent(view.knownAt)}`}`;
  useEffect(() => {
    if (api === null || me === null || view.plan === null) return;
    setError(null);
    // An answer that arrives after a later request was made (the slider, the play button) is dropped.
    let current = true;
    const point = { date: view.date, knownAt: view.knownAt };
    api
      .get<PlanTree>(`/plans/${encodeURIComponent(view.plan)}?${temporal}`)
      .then((answer) => {
        if (!current) return;
        setPlan(answer.body);
        setShownAt(point);
      })
      .catch(failed);
    return () => {
      current = false;
    };
  }, [me, view.plan, temporal, reload]);
  useEffect(() => {
    if (api === null || me === null || view.plan === null) return;
    const known = view.knownAt === null ? '' : `&knownAt=${encodeURIComponent(view.knownAt)}`;
    api
      .get<Timeline>(`/plans/${encodeURIComponent(view.plan)}/timeline?interval=month${known}`)
      .then((answer) => setTimeline(answer.body))
      .catch(failed);
  }, [me, view.plan, view.knownAt, reload]);

  useEffect(() => {
    if (!playing || timeline === null) return;
    // Steps the plan view to the last day of each month in turn; stops at the last one.
    const ends = timeline.buckets.map((b) => b.lastDate).filter((date) => date <= today);
    let next = ends.findIndex((date) => date > view.date);
    if (next < 0) next = 0;
    const timer = setInterval(() => {
      const date = ends[next];
      if (date === undefined) {
        setPlaying(false);
        return;
      }
      update({ date });
      next += 1;
    }, 1200);
    return () => clearInterval(timer);
  }, [playing, timeline]);

  if (token === null || me === null) {
    return (
      <SignIn
        error={signInError}
        onToken={(value) => {
          setSignInError(null);
          setToken(value);
        }}
      />
    );
  }

  const tiltak =
    plan === null ? [] : plan.satsningsomrader.flatMap((s) => s.tiltaksomrader.flatMap((o) => o.tiltak));
  const counts = new Map<string, number>();
  for (const item of tiltak)
    counts.set(statusKey(item.status), (counts.get(statusKey(item.status)) ?? 0) + 1);
  // A status in the URL that the page does not know filters nothing.
  const statusFilter = view.status !== null && view.status in STATUS_LABELS ? view.status : null;
  const shown = (status: string | null) => statusFilter === null || statusKey(status) === statusFilter;
  const shownCount = tiltak.filter((item) => shown(item.status)).length;
  const tiltakTitles = new Map(
    tiltak.map((item) => [item.tiltakId, `${item.number === null ? '' : `${item.number}. `}${item.title}`]),
  );
  const selectedBucket = timeline?.buckets.find((b) => b.label === bucket) ?? null;
  const mayEdit = me.role === 'editor' || me.role === 'admin';
  const mayAudit = me.role === 'auditor' || me.role === 'admin';

  return (
    <>
      <header>
        <h1>{plan?.title ?? 'Samhandlingsplan'}</h1>
        <p>
          Innlogget som <strong>{me.name}</strong> ({me.role}){' '}
          <button type="button" class="secondary" onClick={() => signOut(null)}>
            Logg ut
          </button>
        </p>
      </header>
      <section class="controls" aria-label="Velg plan og dato">
        <label>
          Plan
          <select
            value={view.plan ?? ''}
            onChange={(e) =>
              update({
                plan: e.currentTarget.value,
                tiltak: null,
                audit: { ...view.audit, tiltakId: null, after: null },
              })
            }
          >
            {plans.map((p) => (
              <option key={p.planId} value={p.planId}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <DateField
          label="Dato"
          name="date"
          min={FIRST_DAY}
          max={today}
          value={view.date}
          onDate={(value) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) update({ date: value });
          }}
        />
        <label>
          Dato (glidebryter): {formatDate(view.date)}
          <input
            type="range"
            name="date-slider"
            min={0}
            max={dayIndex(today)}
            value={dayIndex(view.date)}
            aria-valuetext={formatDate(view.date)}
            onInput={(e) => update({ date: dateOfIndex(Number(e.currentTarget.value)) })}
          />
        </label>
        <fieldset class="known">
          <legend>Slik det var kjent (knownAt)</legend>
          <DateField
            label="Kjent per dato"
            name="knownAt"
            value={knownDay}
            max={today}
            onDate={(value) => setKnown(value, knownTime)}
          />
          <label>
            Klokkeslett
            <input
              type="time"
              name="knownAtTime"
              step={1}
              value={knownTime}
              disabled={knownDay === ''}
              onChange={(e) => setKnown(knownDay, e.currentTarget.value)}
            />
          </label>
        </fieldset>
        {view.knownAt === null ? null : (
          <button type="button" class="secondary" onClick={() => update({ knownAt: null })}>
            Vis alt som er kjent nå
          </button>
        )}
        <label>
          Vis status
          <select
            name="statusFilter"
            value={statusFilter ?? ''}
            onChange={(e) => update({ status: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          >
            <option value="">Alle</option>
            {Object.entries(STATUS_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? 'Stopp' : 'Spill av månedene'}
        </button>
      </section>
      <ProblemMessage message={error} />
      <section class="panel" aria-labelledby="counts-heading" style={{ marginTop: '1rem' }}>
        <h2 id="counts-heading" data-date={shownAt?.date}>
          Status {formatDate(shownAt?.date ?? view.date)}
          {shownAt?.knownAt == null ? '' : `, slik det var kjent ${formatPoint(shownAt.knownAt)}`}
        </h2>
        <ul class="counts" data-testid="status-counts">
          {STATUS_ORDER.map((status) => {
            const key = statusKey(status);
            const count = counts.get(key) ?? 0;
            if (count === 0) return null;
            return (
              <li key={key} data-status={key} style={{ background: STATUS_COLOURS[key] }}>
                {STATUS_LABELS[key]}: <strong data-count>{formatNumber(count)}</strong>
              </li>
            );
          })}
        </ul>
      </section>
      <div class="layout">
        <section class="panel tree" aria-labelledby="tree-heading">
          <h2 id="tree-heading">
            Planen (
            {statusFilter === null
              ? `${formatNumber(tiltak.length)} tiltak`
              : `${formatNumber(shownCount)} av ${formatNumber(tiltak.length)} tiltak: ${STATUS_LABELS[statusFilter]}`}
            )
          </h2>
          <ul>
            {plan?.satsningsomrader.map((s) => (
              <li key={s.satsningsomradeId}>
                <h3>
                  {s.number}. {s.title}
                </h3>
                <ul>
                  {s.tiltaksomrader
                    // With a status filter, a tiltaksområde with none of its tiltak shown is left out.
                    .filter((o) => statusFilter === null || o.tiltak.some((item) => shown(item.status)))
                    .map((o) => (
                      <li key={o.tiltaksomradeId}>
                        <strong>{o.title}</strong>
                        <ul>
                          {o.tiltak
                            .filter((item) => shown(item.status))
                            .map((item) => (
                              <li key={item.tiltakId}>
                                <button
                                  type="button"
                                  class="tiltak-row"
                                  data-tiltak={item.tiltakId}
                                  aria-current={view.tiltak === item.tiltakId}
                                  onClick={() => update({ tiltak: item.tiltakId })}
                                >
                                  <span>
                                    {item.number === null ? '' : `${item.number}. `}
                                    {item.title}
                                    <br />
                                    <span class="meta">
                                      {item.responsible.map((p) => p.name).join(', ') ||
                                        'Ingen ansvarlig oppgitt'}
                                      {item.participants.length > 0
                                        ? ` · med ${item.participants.map((p) => p.name).join(', ')}`
                                        : ''}
                                      {item.funding.length > 0
                                        ? ` · ${formatNumber(item.funding.length)} tildeling(er)`
                                        : ''}
                                    </span>
                                  </span>
                                  <span
                                    class="status"
                                    style={{ background: STATUS_COLOURS[statusKey(item.status)] }}
                                  >
                                    {STATUS_LABELS[statusKey(item.status)]}
                                  </span>
                                </button>
                              </li>
                            ))}
                        </ul>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <div>
          {view.tiltak === null || api === null ? (
            <section class="panel">
              <p>Velg et tiltak for å se tilstanden og historikken.</p>
            </section>
          ) : (
            <TiltakPanel
              api={api}
              tiltakId={view.tiltak}
              temporal={temporal}
              date={view.date}
              mayEdit={mayEdit}
              onChanged={() => setReload(reload + 1)}
              reload={reload}
            />
          )}
        </div>
      </div>
      <section class="panel" aria-labelledby="timeline-heading" style={{ marginTop: '1rem' }}>
        <h2 id="timeline-heading">Utviklingen per måned</h2>
        <Legend />
        {timeline === null ? null : (
          <TimelineChart buckets={timeline.buckets} selected={bucket} onSelect={setBucket} />
        )}
        {selectedBucket === null ? (
          <p class="meta">Velg en måned i figuren for å se endringene i den.</p>
        ) : (
          <div data-testid="bucket-changes">
            <h3>
              Endringer i {selectedBucket.label}: {formatNumber(selectedBucket.created)} opprettet,{' '}
              {formatNumber(selectedBucket.completed)} fullført, {formatNumber(selectedBucket.discontinued)}{' '}
              avsluttet, {formatNumber(selectedBucket.fundingGranted.count)} tildelinger (
              {selectedBucket.fundingGranted.amountNok === null
                ? 'beløp ikke oppgitt'
                : `${formatNumber(selectedBucket.fundingGranted.amountNok)} kr`}
              {selectedBucket.fundingGranted.withoutAmount > 0 &&
              selectedBucket.fundingGranted.amountNok !== null
                ? `, ${formatNumber(selectedBucket.fundingGranted.withoutAmount)} uten beløp`
                : ''}
              )
            </h3>
            {selectedBucket.changeCount > selectedBucket.changes.length ? (
              <p class="meta">
                Viser de første {formatNumber(selectedBucket.changes.length)} av{' '}
                {formatNumber(selectedBucket.changeCount)} endringer.
              </p>
            ) : null}
            <ul class="history">
              {selectedBucket.changes.map((change) => (
                <li key={change.eventId}>
                  {formatDate(change.effectiveDate)}: {change.summary}{' '}
                  <span class="meta">(registrert {formatDate(change.recordedAt)})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {api === null || view.plan === null ? null : (
        <DiffPanel
          api={api}
          planId={view.plan}
          from={view.diffFrom}
          to={view.diffTo}
          onCompare={(diffFrom, diffTo) => update({ diffFrom, diffTo })}
        />
      )}
      {api === null || view.plan === null ? null : (
        <ReportsPanel api={api} planId={view.plan} date={view.date} knownAt={view.knownAt} role={me.role} />
      )}
      {api === null || view.plan === null || !mayAudit ? null : (
        <AuditPanel
          api={api}
          planId={view.plan}
          filter={view.audit}
          tiltakTitles={tiltakTitles}
          reload={reload}
          onFilter={(audit) => update({ audit })}
        />
      )}
    </>
  );
}

render(<App />, document.getElementById('app')!);
