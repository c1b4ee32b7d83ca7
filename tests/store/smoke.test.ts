import t from 'tap';
import { VersionConflict } from '../../src/store/errors.js';

t.test('VersionConflict carries expected and actual', async (t) => {
  const e = new VersionConflict('tiltak-1', 2n, 3n);
  t.equal(e.expected, 2n);
  t.equal(e.actual, 3n);
  t.equal(e.code, 'STORE.VERSION_CONFLICT');
});
