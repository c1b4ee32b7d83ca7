import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { runEventStoreContract } from './event-store.contract.js';

runEventStoreContract(t, 'sqlite', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'samhandlingsplan-contract-'));
  const store = SqliteEventStore.open({ path: join(directory, 'events.sqlite') });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
});
