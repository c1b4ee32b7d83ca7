import t from 'tap';
import { ConfigError, loadConfig } from '../../src/config/config.js';

t.test('defaults follow DESIGN.md §6 when nothing is set', async (t) => {
  const config = loadConfig({});
  t.same(config, {
    HOST: '127.0.0.1',
    PORT: 3000,
    DATA_DIR: './var',
    SEED: true,
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: 6000,
    MAX_IN_FLIGHT_REQUESTS: 512,
    PLAN_CACHE_MB: 64,
    COMMAND_STATE_CACHE_STREAMS: 10000,
    SHUTDOWN_TIMEOUT_MS: 8000,
    MAX_IN_FLIGHT_PER_TOKEN: 64,
    REQUEST_TIMEOUT_MS: 15000,
    OTEL_SERVICE_NAME: 'samhandlingsplan',
  });
  t.equal(config.CORS_ORIGINS, undefined, 'CORS is off unless configured');
  t.equal(config.OTEL_EXPORTER_OTLP_ENDPOINT, undefined, 'traces are off unless configured');
});

t.test('OTEL_EXPORTER_OTLP_ENDPOINT is an http(s) URL, and OTEL_SERVICE_NAME printable text', async (t) => {
  t.equal(
    loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' }).OTEL_EXPORTER_OTLP_ENDPOINT,
    'http://otel-collector:4318',
  );
  t.equal(
    loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example/otlp/' })
      .OTEL_EXPORTER_OTLP_ENDPOINT,
    'https://collector.example/otlp/',
  );
  for (const bad of ['otel-collector:4318', 'grpc://collector:4317', 'file:///tmp/x', 'http://']) {
    const error = t.throws(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: bad })) as ConfigError;
    t.match(error.message, /^invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT=/, bad);
  }
  t.equal(
    loadConfig({ OTEL_SERVICE_NAME: 'samhandlingsplan-ahus' }).OTEL_SERVICE_NAME,
    'samhandlingsplan-ahus',
  );
  for (const bad of [' leading', 'line\nbreak', 'x'.repeat(101)]) {
    t.throws(() => loadConfig({ OTEL_SERVICE_NAME: bad }), /OTEL_SERVICE_NAME=/);
  }
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

t.test('CORS_ORIGINS is a comma-separated list of origins', async (t) => {
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).CORS_ORIGINS, [
    'https://a.example',
    'http://localhost:5173',
  ]);
});

t.test('a CORS origin with a path or no scheme is refused and named', async (t) => {
  for (const value of ['https://a.example/app', 'a.example', ' , ']) {
    const error = t.throws(() => loadConfig({ CORS_ORIGINS: value })) as ConfigError;
    t.match(error.message, 'CORS_ORIGINS', value);
  }
});

t.test('RATE_LIMIT_PER_MINUTE is a whole number; 0 turns the limit off', async (t) => {
  t.equal(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE, 0);
  t.equal(loadConfig({ RATE_LIMIT_PER_MINUTE: '120' }).RATE_LIMIT_PER_MINUTE, 120);
  for (const value of ['-1', '1.5', 'many']) {
    const error = t.throws(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })) as ConfigError;
    t.match(error.message, 'RATE_LIMIT_PER_MINUTE', value);
  }
});
