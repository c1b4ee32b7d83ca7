// Readiness asked afresh: not ready while the store cannot be read, the subscription has stopped or the
// projections trail the log, and ready again by itself once that has passed.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { checkReadiness, startProjections } from '../../src/projections/index.js';
import { StoreUnavailable } from '../../src/store/errors.js';
import type { EventStore, Subscription, SubscriptionHandlers } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { eventually } from '../support/api-client.js';

const ACTOR = { id: 'tester', name: 'Test', role: 'admin' as const };

/** The real store, with faults the test switches on: a head that cannot be read, a subscription that is lost. */
function faultyStore(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = mkdtempSync(join(tmpdir(), 'shp-ready-'));
  const inner = SqliteEventStore.open({ path: join(dir, 'events.sqlite') });
  t.teardown(async () => {
    await inner.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const faults = { headUnreadable: false, gate: null as Promise<void> | null };
  const handlers: { subscriber: SubscriptionHandlers; subscription: Subscription }[] = [];
  const store: EventStore = {
    append: (...args) => inner.append(...args),
    readStream: (...args) => inner.readStream(...args),
    readAll: (options) => inner.readAll(options),
    headPosition: () =>
      faults.headUnreadable ? Promise.reject(new StoreUnavailable('connection lost')) : inner.headPosition(),
    close: () => inner.close(),
    subscribe(subscriber, options) {
      const subscription = inner.subscribe(
        {
          ...subscriber,
          // Held while the gate is closed, as a slow projection or a lagging replica would be.
          onEvent: (event) =>
            faults.gate === null
              ? subscriber.onEvent(event)
              : faults.gate.then(() => subscriber.onEvent(event)),
        },
        options,
      );
      handlers.push({ subscriber, subscription });
      return subscription;
    },
  };
  return { store, inner, faults, handlers };
}

async function appendNotes(store: EventStore, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    await store.append(
      'tiltak-lag',
      [
        {
          eventId: randomUUID(),
          type: 'Probe',
          schemaVersion: 1,
          data: { n },
          actor: ACTOR,
          correlationId: `c-${n}`,
          source: { kind: 'api' },
        },
      ],
      'any',
    );
  }
}

t.test('readiness falls and returns by itself with the store, the subscription and the lag', async (t) => {
  const { store, faults, handlers } = faultyStore(t);
  const projections = startProjections(store);
  t.teardown(() => projections.stop());
  const ready = () => checkReadiness({ store, projections, maxLagEvents: 5 });
  await eventually(async () => (await ready()).ready, 10_000, 'ready once caught up');

  faults.headUnreadable = true;
  t.match(await ready(), { ready: false, reason: 'store-unreachable' }, 'a store that cannot be read');
  faults.headUnreadable = false;
  t.match(await ready(), { ready: true }, 'ready again once the store answers');

  // The subscription is lost (as on a dropped connection): not ready until the runner has resubscribed.
  const lost = handlers.at(-1);
  await lost?.subscription.stop();
  lost?.subscriber.onError?.(new Error('subscription dropped'));
  t.match(await ready(), { ready: false, reason: 'subscription-stopped' });
  await eventually(async () => (await ready()).ready, 10_000, 'ready again after resubscribing');

  let open = () => {};
  faults.gate = new Promise<void>((resolve) => (open = resolve));
  await appendNotes(store, 10);
  t.match(await ready(), { ready: false, reason: 'projections-behind' }, 'ten events behind, five allowed');
  faults.gate = null;
  open();
  await eventually(async () => (await ready()).ready, 10_000, 'ready again once the projections catch up');
});
