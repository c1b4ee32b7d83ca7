import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import type { NewEvent, RecordedEvent } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { StreamCache } from '../../src/store/sqlite/stream-cache.js';

function noted(text: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'TiltakProgressNoted',
    schemaVersion: 1,
    data: { text },
    actor: { id: 'u-1', name: 'Kari', role: 'editor' },
    correlationId: randomUUID(),
    source: { kind: 'api' },
  };
}

function texts(events: readonly RecordedEvent[]): unknown[] {
  return events.map((event) => (event.data as { text: string }).text);
}

function temporaryFile(t: Test): string {
  const directory = mkdtempSync(join(tmpdir(), 'shp-stream-cache-'));
  t.teardown(() => rmSync(directory, { recursive: true, force: true }));
  return join(directory, 'events.sqlite');
}

t.test('a stream read again includes every event appended since, in order', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  await store.append('tiltak-a', [noted('one'), noted('two')], 'no_stream');
  t.same(texts(await store.readStream('tiltak-a')), ['one', 'two']);
  await store.append('tiltak-a', [noted('three')], 1n);
  t.same(texts(await store.readStream('tiltak-a')), ['one', 'two', 'three']);
  t.same(texts(await store.readStream('tiltak-a', { fromRevision: 2n })), ['three']);
  t.same(await store.readStream('tiltak-missing'), [], 'a stream that does not exist is empty');
  await store.append('tiltak-missing', [noted('late')], 'no_stream');
  t.same(texts(await store.readStream('tiltak-missing')), ['late'], 'and is found once it does');
});

t.test('a caller changing the array it got changes nothing for the next reader', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  await store.append('tiltak-a', [noted('one'), noted('two')], 'no_stream');
  const first = await store.readStream('tiltak-a');
  first.pop();
  t.throws(() => {
    (first[0] as { type: string }).type = 'Changed';
  }, TypeError);
  t.same(texts(await store.readStream('tiltak-a')), ['one', 'two']);
  t.equal((await store.readStream('tiltak-a'))[0]?.type, 'TiltakProgressNoted');
});

t.test('a row changed by another connection is read as the file now holds it', async (t) => {
  const path = temporaryFile(t);
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  await store.append('tiltak-a', [noted('one'), noted('two')], 'no_stream');
  t.same(texts(await store.readStream('tiltak-a')), ['one', 'two']);

  const other = new Database(path);
  other
    .prepare('UPDATE events SET data = \'{"text":"edited"}\' WHERE stream_id = ? AND revision = 0')
    .run('tiltak-a');
  other.close();
  t.same(
    texts(await store.readStream('tiltak-a')),
    ['edited', 'two'],
    'the edit is seen, not the cached row',
  );

  const again = new Database(path);
  again.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run('tiltak-a');
  again.close();
  t.same(texts(await store.readStream('tiltak-a')), ['edited'], 'a deleted row is gone');
});

t.test('a read made as of the read before it does not ask the file again; the next read does', async (t) => {
  const path = temporaryFile(t);
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  await store.append('tiltak-a', [noted('one')], 'no_stream');
  await store.append('plan-a', [noted('plan')], 'no_stream');
  t.same(texts(await store.readStream('plan-a')), ['plan']);

  const other = new Database(path);
  other.prepare('UPDATE events SET data = \'{"text":"edited"}\' WHERE stream_id = ?').run('plan-a');
  other.close();
  t.same(
    texts(await store.readStream('plan-a', { asOfPreviousRead: true })),
    ['plan'],
    'as of the last question asked: the cached row',
  );
  t.same(texts(await store.readStream('tiltak-a')), ['one'], 'a read that asks');
  t.same(
    texts(await store.readStream('plan-a', { asOfPreviousRead: true })),
    ['edited'],
    'and the read with it sees what that question found',
  );
});

t.test('the cache holds at most its limit of events, dropping the least recently read streams', async (t) => {
  const cache = new StreamCache(5);
  const rows = new Map<string, RecordedEvent[]>();
  const event = (streamId: string, revision: bigint) =>
    ({ streamId, revision, data: { text: `${streamId}#${revision}` } }) as unknown as RecordedEvent;
  for (const streamId of ['a', 'b', 'c'])
    rows.set(
      streamId,
      [0n, 1n].map((r) => event(streamId, r)),
    );
  let rowsRead = 0;
  const read = (streamId: string) =>
    cache.read(streamId, 0n, () => {
      const all = (rows.get(streamId) ?? []).slice();
      rowsRead += all.length;
      return all;
    });
  read('a');
  read('b');
  t.equal(cache.size, 4);
  read('a');
  t.equal(rowsRead, 4, 'a cached stream reads no row again');
  read('c');
  t.equal(cache.size, 4, 'b, read least recently, made room for c');
  rowsRead = 0;
  t.same(texts(read('b')), ['b#0', 'b#1']);
  t.equal(rowsRead, 2, 'b is read from the file again');
  t.ok(cache.size <= 5);
});

t.test('a cached stream takes the appends the store commits, and drops itself on a gap', async (t) => {
  const cache = new StreamCache();
  const event = (revision: bigint) =>
    ({ streamId: 'a', revision, data: { text: `a#${revision}` } }) as unknown as RecordedEvent;
  let reads = 0;
  const read = () =>
    cache.read('a', 0n, () => {
      reads += 1;
      return [event(0n)];
    });
  read();
  cache.extend('a', [event(1n), event(2n)]);
  t.same(texts(read()), ['a#0', 'a#1', 'a#2']);
  t.equal(reads, 1, 'the appended events come from the append, not the file');
  cache.extend('b', [event(0n)]);
  t.equal(cache.size, 3, 'a stream not cached is not started by an append');
  cache.extend('a', [event(5n)]);
  t.equal(cache.size, 0, 'a gap drops the stream');
  t.same(texts(read()), ['a#0']);
  t.equal(reads, 2, 'and the next read goes to the file');
});

t.test('a read from a later revision of a stream not cached reads only its tail, and keeps it', async (t) => {
  const cache = new StreamCache(100);
  const reads: string[] = [];
  const events = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => ({ revision: BigInt(from + k) }) as RecordedEvent);
  let head = 5;
  const read = (fromRevision: bigint) =>
    cache
      .read(
        'tiltak-a',
        fromRevision,
        () => (reads.push('whole'), events(0, head)),
        () => (reads.push(`tail from ${fromRevision}`), events(Number(fromRevision), head)),
      )
      .map((event) => event.revision);

  t.same(read(3n), [3n, 4n]);
  t.same(reads, ['tail from 3'], 'the tail alone is read');
  t.equal(cache.size, 2, 'and kept');
  t.same(read(3n), [3n, 4n]);
  t.same(read(5n), [], 'nothing after the end');
  t.same(reads, ['tail from 3'], 'a kept tail is sliced, with no read at all');
  t.equal(cache.size, 0, 'what a reader has covered is let go');

  cache.extend('tiltak-a', events(5, 7));
  head = 7;
  t.same(read(5n), [5n, 6n], 'the appends the store commits extend the tail');
  t.same(read(9n), [], 'a read past the end finds nothing');
  cache.extend('tiltak-a', events(7, 8));
  head = 8;
  t.same(read(7n), [7n], 'and leaves the tail where the stream goes on');
  t.same(reads, ['tail from 3'], 'still without a read');

  t.same(read(4n), [4n, 5n, 6n, 7n], 'a read from before the tail reads the file again');
  t.same(read(0n), [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n], 'as does a read of the whole stream');
  t.same(reads, ['tail from 3', 'tail from 4', 'whole']);
  t.same(read(2n), [2n, 3n, 4n, 5n, 6n, 7n], 'which is kept whole');
  t.equal(reads.length, 3);
});

t.test('the cache holds at most its limit of streams, however short', async (t) => {
  const cache = new StreamCache(3);
  const reads: string[] = [];
  const read = (streamId: string) =>
    cache.read(
      streamId,
      1n,
      () => [],
      () => (reads.push(streamId), []),
    );
  for (const streamId of ['a', 'b', 'c', 'd']) read(streamId);
  read('b');
  t.same(reads, ['a', 'b', 'c', 'd'], 'b is kept');
  read('a');
  t.same(reads, ['a', 'b', 'c', 'd', 'a'], 'a, read least recently, made room for d');
});
