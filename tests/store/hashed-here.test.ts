import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { computeEventHash, hashedHere } from '../../src/store/hash-chain.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

const noted = (text: string) => ({
  eventId: randomUUID(),
  type: 'TiltakProgressNoted',
  schemaVersion: 1,
  data: { tiltakId: 'a', text },
  actor: { id: 'u', name: 'U', role: 'editor' as const },
  correlationId: randomUUID(),
  source: { kind: 'api' as const },
});

t.test('an event is marked hashed here only as the object its append made, never as read back', async (t) => {
  const directory = mkdtempSync(join(tmpdir(), 'shp-hashed-'));
  t.teardown(() => rmSync(directory, { recursive: true, force: true }));
  const path = join(directory, 'events.sqlite');
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  const { events } = await store.append('tiltak-a', [noted('one'), noted('two')], 'no_stream');
  for (const event of events) {
    t.ok(hashedHere(event), 'the appended event');
    t.ok(Object.isFrozen(event), 'is frozen, so no field its hash covers can be replaced');
    t.equal(computeEventHash(event.prevHash, event), event.hash, 'and its hash is that of its fields');
  }
  const other = SqliteEventStore.open({ path });
  t.teardown(() => other.close());
  const read = await other.readStream('tiltak-a');
  t.equal(read.length, 2);
  for (const event of read)
    t.notOk(hashedHere(event), 'an event read from the file is rehashed by the audit');
});
