import t from 'tap';
import { setImmediate as tick } from 'node:timers/promises';
import { KeyedLock } from '../../src/application/keyed-lock.js';

t.test('tasks on one key run one at a time, in arrival order', async (t) => {
  const lock = new KeyedLock();
  const log: string[] = [];
  const task = (name: string) => async () => {
    log.push(`${name} start`);
    await tick();
    log.push(`${name} end`);
  };
  await Promise.all([lock.run('s', task('a')), lock.run('s', task('b')), lock.run('s', task('c'))]);
  t.strictSame(log, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  t.equal(lock.activeKeys, 0, 'nothing is kept once the key is idle');
});

t.test('tasks on different keys do not wait for each other', async (t) => {
  const lock = new KeyedLock();
  const log: string[] = [];
  let release: () => void = () => undefined;
  const blocked = lock.run('a', () => new Promise<void>((resolve) => (release = resolve)));
  await lock.run('b', async () => {
    log.push('b ran');
  });
  t.strictSame(log, ['b ran']);
  release();
  await blocked;
});

t.test('a task that fails releases the key for the next one', async (t) => {
  const lock = new KeyedLock();
  await t.rejects(
    lock.run('s', async () => {
      throw new Error('boom');
    }),
  );
  t.equal(await lock.run('s', async () => 'next'), 'next');
});
