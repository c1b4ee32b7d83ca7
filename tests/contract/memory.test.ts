import t from 'tap';
import { MemoryEventStore } from '../../src/store/memory/index.js';
import { runEventStoreContract } from './event-store.contract.js';

runEventStoreContract(t, 'memory', () => {
  const store = new MemoryEventStore();
  return Promise.resolve({ store, cleanup: () => store.close() });
});
