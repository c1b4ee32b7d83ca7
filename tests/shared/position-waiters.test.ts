import { test } from 'tap';
import { PositionWaiters } from '../../src/shared/position-waiters.js';

test('a waiter is answered true when its position or a later one is reached, not before', async (t) => {
  const waiters = new PositionWaiters();
  const answers: string[] = [];
  const five = waiters.wait(5n, 60_000).then((reached) => answers.push(`5:${String(reached)}`));
  const nine = waiters.wait(9n, 60_000).then((reached) => answers.push(`9:${String(reached)}`));
  waiters.reached(4n);
  await new Promise((resolve) => setImmediate(resolve));
  t.strictSame(answers, [], 'position 4 answers nobody');
  waiters.reached(7n);
  await five;
  t.strictSame(answers, ['5:true'], 'position 7 answers the waiter for 5 only');
  waiters.reached(9n);
  await nine;
  t.strictSame(answers, ['5:true', '9:true']);
});

test('a waiter whose time runs out is answered false and forgotten', async (t) => {
  const waiters = new PositionWaiters();
  t.equal(await waiters.wait(3n, 1), false);
  waiters.reached(3n);
  t.pass('reaching the position later answers nobody twice');
});

test('cancelAll answers every waiter false', async (t) => {
  const waiters = new PositionWaiters();
  const pending = [waiters.wait(1n, 60_000), waiters.wait(2n, 60_000)];
  waiters.cancelAll();
  t.strictSame(await Promise.all(pending), [false, false]);
});
