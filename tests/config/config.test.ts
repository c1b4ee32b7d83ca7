import t from 'tap';
import { ConfigError, loadConfig } from '../../src/config/config.js';

t.test('defaults follow DESIGN.md §6 when nothing is set', async (t) => {
  const config = loadConfig({});
  t.same(config, { HOST: '127.0.0.1', PORT: 3000, DATA_DIR: './var', SEED: true, LOG_LEVEL: 'info' });
});

t.test('an empty value counts as unset', async (t) => {
  t.equal(loadConfig({ PORT: '' }).PORT, 3000);
});

t.test('a bad value stops the start with an error that names the setting', async (t) => {
  const error = t.throws(() => loadConfig({ PORT: 'eighty' })) as unknown;
  t.type(error, ConfigError);
  t.match((error as ConfigError).message, /PORT/);
});

t.test('every bad setting is named at once', async (t) => {
  const error = t.throws(() =>
    loadConfig({ PORT: '70000', SEED: 'maybe', LOG_LEVEL: 'loud' }),
  ) as ConfigError;
  for (const key of ['PORT', 'SEED', 'LOG_LEVEL']) t.match(error.message, key);
});

t.test('a connection string that is not esdb:// is refused without echoing it', async (t) => {
  const error = t.throws(() =>
    loadConfig({ EVENTSTORE_CONNECTION_STRING: 'http://admin:secret@host:2113' }),
  ) as ConfigError;
  t.match(error.message, 'EVENTSTORE_CONNECTION_STRING');
  t.notMatch(error.message, 'secret');
});

t.test('SEED accepts true/false/1/0', async (t) => {
  t.equal(loadConfig({ SEED: 'false' }).SEED, false);
  t.equal(loadConfig({ SEED: '0' }).SEED, false);
  t.equal(loadConfig({ SEED: '1' }).SEED, true);
});
