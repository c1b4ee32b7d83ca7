import { randomUUID } from 'node:crypto';
import t from 'tap';
import { PgEventStore } from '../../src/store/postgres/index.js';
import { findPostgresBin, NO_POSTGRES_REASON, startPgNode } from '../support/pg-cluster.js';
import { runEventStoreContract } from './event-store.contract.js';

// CI installs PostgreSQL (.ci/run), so there the suite always runs; elsewhere it says plainly why it did not.
if (findPostgresBin() === null) {
  t.comment(`postgres contract suite skipped: ${NO_POSTGRES_REASON}`);
  t.pass('skipped: no PostgreSQL binaries', { skip: NO_POSTGRES_REASON });
} else {
  const server = await startPgNode();
  t.teardown(() => server.stop());
  // Every case opens its own store (and pool) on the one server; the cases write only to their own streams.
  runEventStoreContract(t, 'postgres', async () => {
    const store = await PgEventStore.connect({
      connectionString: server.primary.url,
      applicationName: `contract-${randomUUID().slice(0, 8)}`,
    });
    return { store, cleanup: () => store.close() };
  });
}
