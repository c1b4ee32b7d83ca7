import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { parse } from 'yaml';

/*
 * docker-compose.yml cannot be started here (no container engine), so these tests read it as Compose would (merge
 * keys, ${VAR:-default} interpolation, profiles) and check that what the services say to each other fits together.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Healthcheck {
  test?: string[] | string;
}

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  profiles?: string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: Healthcheck;
  entrypoint?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string } | null>;
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, { ipam?: { config?: { subnet?: string }[] } }>;
}

/** `${NAME:-default}`, `${NAME-default}` and `${NAME}` as Compose interpolates them, from the given environment. */
function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g,
    (_match, name: string, kind, fallback) => {
      const value = env[name];
      if (kind === ':-') return value === undefined || value === '' ? String(fallback) : value;
      if (kind === '-') return value === undefined ? String(fallback) : value;
      return value ?? '';
    },
  );
}

async function loadCompose(env: Record<string, string | undefined> = {}): Promise<ComposeFile> {
  const text = await readFile(join(root, 'docker-compose.yml'), 'utf8');
  return parse(interpolate(text, env), { merge: true }) as ComposeFile;
}

/** The services `docker compose --profile <profile> up` starts (no profile: the default ones). */
function servicesOf(compose: ComposeFile, profile: string | null): Map<string, Service> {
  return new Map(
    Object.entries(compose.services).filter(
      ([, service]) =>
        service.profiles === undefined || (profile !== null && service.profiles.includes(profile)),
    ),
  );
}

/** Only the services of the profile itself: what `--profile cluster up <service>` needs beside the defaults. */
function servicesOnlyIn(compose: ComposeFile, profile: string): Map<string, Service> {
  return new Map(
    Object.entries(compose.services).filter(([, service]) => service.profiles?.includes(profile)),
  );
}

function isEventStoreNode(service: Service): boolean {
  return /^(eventstore\/eventstore|docker\.kurrent\.io\/.+\/kurrentdb|kurrentplatform\/kurrentdb):/.test(
    service.image ?? '',
  );
}

function isPostgres(service: Service): boolean {
  return /^postgres:\d+\.\d+/.test(service.image ?? '');
}

function isApi(service: Service): boolean {
  return service.build !== undefined;
}

function env(service: Service, name: string): string | undefined {
  const value = service.environment?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

interface EsdbConnection {
  scheme: string;
  user: string | undefined;
  password: string | undefined;
  hosts: { host: string; port: number }[];
  options: URLSearchParams;
}

function parseConnectionString(text: string): EsdbConnection {
  const match = /^(esdb(?:\+discover)?):\/\/(?:([^:@/]+)(?::([^@/]*))?@)?([^/?]+)\/?(?:\?(.*))?$/.exec(text);
  if (match === null) throw new Error(`not an esdb connection string: ${text}`);
  const [, scheme = '', user, password, hostList = '', query = ''] = match;
  const hosts = hostList.split(',').map((entry) => {
    const [host = '', port = '2113'] = entry.split(':');
    return { host, port: Number(port) };
  });
  return { scheme, user, password, hosts, options: new URLSearchParams(query) };
}

interface Mount {
  source: string;
  target: string;
  readOnly: boolean;
}

function mounts(service: Service): Mount[] {
  return (service.volumes ?? []).map((entry) => {
    const [source = '', target = '', mode] = entry.split(':');
    return { source, target, readOnly: mode === 'ro' };
  });
}

function isNamedVolume(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('~');
}

/** The mount of `service` that holds the container path, if any. */
function mountHolding(service: Service, path: string): Mount | undefined {
  return mounts(service)
    .filter((mount) => path === mount.target || path.startsWith(`${mount.target}/`))
    .sort((a, b) => b.target.length - a.target.length)[0];
}

function containerPorts(service: Service): { host: number; container: number }[] {
  return (service.ports ?? []).map((entry) => {
    const parts = entry.split(':');
    return { host: Number(parts.at(-2)), container: Number(parts.at(-1)) };
  });
}

function healthcheckText(service: Service): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

function ipOf(service: Service): string | undefined {
  const networks = service.networks;
  if (networks === undefined || Array.isArray(networks)) return undefined;
  return Object.values(networks).find((network) => network?.ipv4_address)?.ipv4_address;
}

void t.test('the default profile runs the API on one insecure EventStoreDB node', async (t) => {
  const compose = await loadCompose();
  const services = servicesOf(compose, null);
  const nodes = [...services.values()].filter(isEventStoreNode);
  const apis = [...services.entries()].filter(([, service]) => isApi(service));

  t.equal(nodes.length, 1, 'one node');
  t.equal(apis.length, 1, 'one API');
  const [node] = nodes;
  const [[, api] = ['', {} as Service]] = apis;
  t.equal(env(node ?? {}, 'KURRENTDB_CLUSTER_SIZE'), '1');
  t.equal(env(node ?? {}, 'KURRENTDB_INSECURE'), 'true');
  t.ok(
    containerPorts(node ?? {}).some((port) => port.container === 2113),
    'the node publishes its HTTP/gRPC port 2113',
  );
  const connection = parseConnectionString(env(api, 'EVENTSTORE_CONNECTION_STRING') ?? '');
  t.equal(connection.options.get('tls'), 'false', 'an insecure node is reached without TLS');
});

void t.test(
  "each profile's API connection string names exactly the nodes that run in that profile",
  async (t) => {
    const compose = await loadCompose();
    const cases: [string, Map<string, Service>][] = [
      ['default', servicesOf(compose, null)],
      ['cluster', servicesOnlyIn(compose, 'cluster')],
    ];

    for (const [profile, services] of cases) {
      const nodes = [...services.entries()].filter(([, service]) => isEventStoreNode(service));
      const apis = [...services.values()].filter(isApi);
      t.equal(apis.length, 1, `${profile}: one API`);
      const connection = parseConnectionString(env(apis[0] ?? {}, 'EVENTSTORE_CONNECTION_STRING') ?? '');

      t.strictSame(
        connection.hosts.map((host) => host.host).sort(),
        nodes.map(([name]) => name).sort(),
        `${profile}: the connection string lists the profile's nodes by service name`,
      );
      t.ok(
        connection.hosts.every((host) => host.port === 2113),
        `${profile}: every host is reached on the node port`,
      );
      for (const [name, node] of nodes) {
        t.equal(
          Number(env(node, 'KURRENTDB_CLUSTER_SIZE')),
          nodes.length,
          `${profile}: ${name} expects a cluster of the nodes that exist`,
        );
      }
    }
  },
);

void t.test('the cluster is three nodes that gossip with each other over fixed addresses', async (t) => {
  const compose = await loadCompose();
  const nodes = [...servicesOnlyIn(compose, 'cluster').entries()].filter(([, service]) =>
    isEventStoreNode(service),
  );
  const subnet = compose.networks?.cluster?.ipam?.config?.[0]?.subnet ?? '';
  const subnetPrefix = subnet.split('.').slice(0, 3).join('.');

  t.equal(nodes.length, 3);
  for (const [name, node] of nodes) {
    const ip = ipOf(node);
    const others = nodes.filter(([other]) => other !== name).map(([, other]) => `${ipOf(other)}:2113`);
    t.ok(ip?.startsWith(`${subnetPrefix}.`), `${name} has a fixed address in the cluster network`);
    t.equal(env(node, 'KURRENTDB_DISCOVER_VIA_DNS'), 'false', `${name} finds the others by gossip seed`);
    t.strictSame(
      (env(node, 'KURRENTDB_GOSSIP_SEED') ?? '').split(',').sort(),
      others.sort(),
      `${name} seeds gossip with the two other nodes`,
    );
    t.equal(env(node, 'KURRENTDB_REPLICATION_IP'), ip, `${name} replicates on its own address`);
    t.equal(
      env(node, 'KURRENTDB_ADVERTISE_HOST_TO_CLIENT_AS'),
      name,
      `${name} tells clients the name the API resolves and its certificate holds`,
    );
    t.equal(env(node, 'KURRENTDB_INSECURE'), undefined, `${name} runs with TLS`);
  }
});

void t.test(
  'the cluster nodes and the API find their certificates where the certificates job puts them',
  async (t) => {
    const compose = await loadCompose();
    const cluster = servicesOnlyIn(compose, 'cluster');
    const job = compose.services.certificates;
    if (job === undefined) throw new Error('a certificates service');
    const jobMounts = mounts(job);
    const volumeAt = (target: string): string | undefined =>
      jobMounts.find((mount) => mount.target === target)?.source;

    for (const [name, node] of [...cluster.entries()].filter(([, service]) => isEventStoreNode(service))) {
      for (const variable of [
        'KURRENTDB_CERTIFICATE_FILE',
        'KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE',
        'KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH',
      ]) {
        const path = env(node, variable) ?? '';
        const mount = mountHolding(node, path);
        t.ok(mount !== undefined, `${name}: ${variable} lies in a mounted volume`);
        t.equal(mount?.source, volumeAt('/certs'), `${name}: ${variable} is in the volume the job writes to`);
        t.ok(mount?.readOnly, `${name}: certificates are mounted read-only`);
      }
      t.match(
        env(node, 'KURRENTDB_CERTIFICATE_FILE'),
        new RegExp(`/${name}/`),
        `${name} presents its own certificate`,
      );
      t.equal(node.depends_on?.certificates?.condition, 'service_completed_successfully');
    }

    const api = [...cluster.values()].find(isApi);
    const caFile = parseConnectionString(env(api ?? {}, 'EVENTSTORE_CONNECTION_STRING') ?? '').options.get(
      'tlsCAFile',
    );
    const caMount = mountHolding(api ?? {}, caFile ?? '');
    t.equal(caMount?.source, volumeAt('/ca'), 'the API trusts the CA copy the job writes');
    t.ok(caMount?.readOnly);
    t.notOk(
      mounts(api ?? {}).some((mount) => mount.source === volumeAt('/certs')),
      'the API never sees the node keys',
    );
  },
);

void t.test(
  'the certificates script creates every file the nodes and the API are told to read, once',
  async (t) => {
    const compose = await loadCompose();
    const work = await mkdtemp(join(tmpdir(), 'samhandlingsplan-certs-'));
    t.teardown(() => rm(work, { recursive: true, force: true }));
    const [certs, ca, bin] = [join(work, 'certs'), join(work, 'ca'), join(work, 'bin')];
    await Promise.all([mkdir(certs), mkdir(ca), mkdir(bin)]);
    // es-gencert-cli cannot run here; this stand-in writes the files the real tool writes into -out.
    const fakeTool = join(bin, 'es-gencert-cli');
    await writeFile(
      fakeTool,
      [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'command="$1"; shift; out=""',
        'while [[ $# -gt 0 ]]; do if [[ "$1" == "-out" ]]; then out="$2"; shift; fi; shift; done',
        'mkdir -p "$out"',
        'if [[ "$command" == "create-ca" ]]; then echo "ca $RANDOM" > "$out/ca.crt"; echo key > "$out/ca.key";',
        'else echo cert > "$out/node.crt"; echo key > "$out/node.key"; fi',
      ].join('\n'),
    );
    await chmod(fakeTool, 0o755);
    const script = join(root, 'docker', 'eventstore', 'generate-certificates.sh');
    const job = compose.services.certificates;
    t.ok(
      job?.volumes?.some((entry) => entry.startsWith('./docker/eventstore/generate-certificates.sh:')),
      'the job runs the script from the repository',
    );
    const run = (): Promise<unknown> =>
      promisify(execFile)('bash', [script], {
        env: {
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          CERTS_DIR: certs,
          CA_DIR: ca,
          CERTS_OWNER: `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`,
        },
      });

    await run();
    const firstCa = await readFile(join(ca, 'ca.crt'), 'utf8');
    await run();

    const toHost = (containerPath: string, base: string, at: string): string =>
      join(base, posix.relative(at, containerPath));
    for (const [name, node] of [...servicesOnlyIn(compose, 'cluster').entries()].filter(([, service]) =>
      isEventStoreNode(service),
    )) {
      for (const variable of ['KURRENTDB_CERTIFICATE_FILE', 'KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE']) {
        const path = toHost(env(node, variable) ?? '', certs, '/certs');
        await t.resolves(stat(path), `${name}: ${variable} exists`);
      }
      const keyMode = (
        await stat(toHost(env(node, 'KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE') ?? '', certs, '/certs'))
      ).mode;
      t.equal(keyMode & 0o077, 0, `${name}: the private key is readable by its owner only`);
    }
    await t.resolves(stat(join(certs, 'ca', 'ca.crt')), 'the CA the nodes trust exists');
    t.equal(
      await readFile(join(ca, 'ca.crt'), 'utf8'),
      firstCa,
      'a second run keeps the certificates it made',
    );
    t.equal(await readFile(join(ca, 'ca.crt'), 'utf8'), await readFile(join(certs, 'ca', 'ca.crt'), 'utf8'));
  },
);

void t.test('whatever a service waits for has a healthcheck or is a job that completes', async (t) => {
  const compose = await loadCompose();

  for (const [name, service] of Object.entries(compose.services)) {
    for (const [dependency, { condition } = {}] of Object.entries(service.depends_on ?? {})) {
      const target = compose.services[dependency];
      t.ok(target !== undefined, `${name} waits for ${dependency}, which exists`);
      if (condition === 'service_healthy') {
        t.ok(
          target?.healthcheck?.test,
          `${name} waits for ${dependency} to be healthy, and it has a healthcheck`,
        );
      } else {
        t.equal(condition, 'service_completed_successfully', `${name} waits for ${dependency} to finish`);
      }
      const profiles = service.profiles ?? [];
      t.ok(
        target?.profiles === undefined || target.profiles.some((profile) => profiles.includes(profile)),
        `${dependency} runs whenever ${name} does`,
      );
    }
  }
});

void t.test('every long-running service has a healthcheck on its liveness endpoint', async (t) => {
  const compose = await loadCompose();

  for (const [name, service] of Object.entries(compose.services)) {
    if (name === 'certificates') continue;
    if (isPostgres(service)) {
      t.match(healthcheckText(service), /\bpg_isready\b/, `${name} is checked with pg_isready`);
      continue;
    }
    t.match(healthcheckText(service), /\/health\/live/, `${name} is checked on /health/live`);
  }
  for (const [name, service] of Object.entries(compose.services).filter(([, service]) => isApi(service))) {
    t.notMatch(healthcheckText(service), /\bcurl\b|\bwget\b/, `${name}'s check uses what the slim image has`);
    const port = Number(env(service, 'PORT'));
    t.match(
      healthcheckText(service),
      new RegExp(`:${port}/health/live`),
      `${name} checks the port it listens on`,
    );
  }
});

void t.test('the API services are built from the Dockerfile in the repository', async (t) => {
  const compose = await loadCompose();
  const apis = Object.entries(compose.services).filter(([, service]) => isApi(service));

  t.strictSame(
    apis.map(([name]) => name).sort(),
    ['api', 'api-cluster', 'api-pg-1', 'api-pg-2', 'api-pg-3'],
    'one API in the default and cluster profiles, three replicas in the postgres profile',
  );
  for (const [name, api] of apis) {
    t.equal(api.build?.context, '.', `${name} builds from the repository root`);
    const dockerfile = await readFile(join(root, api.build?.dockerfile ?? 'Dockerfile'), 'utf8');
    t.match(dockerfile, /^FROM\s/m, `${name}: the Dockerfile exists`);
  }
});

void t.test('the API runs as DESIGN §6 says, with its data in a named volume', async (t) => {
  const compose = await loadCompose();

  for (const [name, api] of Object.entries(compose.services).filter(([, service]) => isApi(service))) {
    t.equal(env(api, 'HOST'), '0.0.0.0', `${name} listens on every interface of the container`);
    const port = Number(env(api, 'PORT'));
    // The PostgreSQL replicas are reached through the load balancer only.
    const behindBalancer = api.profiles?.includes('postgres') === true;
    t.equal(
      containerPorts(api).some((mapping) => mapping.container === port),
      !behindBalancer,
      behindBalancer ? `${name} publishes no port` : `${name} publishes the port it listens on`,
    );
    const dataDir = env(api, 'DATA_DIR') ?? '';
    const mount = mountHolding(api, dataDir);
    t.equal(mount?.target, dataDir, `${name}: DATA_DIR is a mount`);
    t.ok(mount !== undefined && isNamedVolume(mount.source), `${name}: DATA_DIR is a named volume`);
    if (behindBalancer) t.match(env(api, 'DATABASE_URL'), /^postgres:\/\//, `${name} uses PostgreSQL`);
    else t.ok(env(api, 'EVENTSTORE_CONNECTION_STRING'), `${name} uses EventStoreDB`);
    t.ok(['true', 'false'].includes(env(api, 'SEED') ?? ''), `${name} says whether to seed`);
  }
});

void t.test('EventStoreDB keeps its data in named volumes, and every named volume is declared', async (t) => {
  const compose = await loadCompose();
  const declared = new Set(Object.keys(compose.volumes ?? {}));

  for (const [name, service] of Object.entries(compose.services)) {
    if (isEventStoreNode(service)) {
      const data = mountHolding(service, '/var/lib/kurrentdb');
      t.ok(data !== undefined && isNamedVolume(data.source), `${name} keeps its database in a named volume`);
    }
    for (const mount of mounts(service).filter((entry) => isNamedVolume(entry.source))) {
      t.ok(declared.has(mount.source), `${name}: volume ${mount.source} is declared`);
    }
  }
  const dataVolumes = Object.values(compose.services)
    .filter(isEventStoreNode)
    .map((service) => mountHolding(service, '/var/lib/kurrentdb')?.source);
  t.equal(new Set(dataVolumes).size, dataVolumes.length, 'no two nodes share a database volume');
});

void t.test('published host ports do not collide, so both profiles can run side by side', async (t) => {
  const compose = await loadCompose();
  const hostPorts = Object.values(compose.services).flatMap((service) =>
    containerPorts(service).map((port) => port.host),
  );

  t.ok(hostPorts.every((port) => Number.isInteger(port) && port > 0));
  t.equal(new Set(hostPorts).size, hostPorts.length);
});

void t.test('images are pinned to a version', async (t) => {
  const compose = await loadCompose();

  for (const [name, service] of Object.entries(compose.services)) {
    if (service.image === undefined || isApi(service)) continue;
    const tag = service.image.split(':').at(-1) ?? '';
    t.match(tag, /^\d+(\.\d+)+/, `${name} uses a versioned image, not latest`);
  }
});

void t.test(
  'the admin password comes from the environment, and the default matches on both sides',
  async (t) => {
    const withDefault = await loadCompose();
    const chosen = await loadCompose({ EVENTSTORE_ADMIN_PASSWORD: 'Annet-Passord-42' });

    for (const compose of [withDefault, chosen]) {
      const api = compose.services['api-cluster'];
      const connection = parseConnectionString(env(api ?? {}, 'EVENTSTORE_CONNECTION_STRING') ?? '');
      for (const [name, node] of Object.entries(compose.services).filter(
        ([, service]) => isEventStoreNode(service) && service.profiles?.includes('cluster'),
      )) {
        t.equal(
          connection.password,
          env(node, 'KURRENTDB_DEFAULT_ADMIN_PASSWORD'),
          `${name} and the API agree`,
        );
      }
      t.equal(connection.user, 'admin');
    }
    const chosenApi = chosen.services['api-cluster'];
    t.equal(
      parseConnectionString(env(chosenApi ?? {}, 'EVENTSTORE_CONNECTION_STRING') ?? '').password,
      'Annet-Passord-42',
    );
  },
);

void t.test(
  'the postgres profile: three API replicas on the primary, a synchronous standby, and a balancer over them',
  async (t) => {
    const compose = await loadCompose({ POSTGRES_PASSWORD: 'secret-1', REPLICATION_PASSWORD: 'secret-2' });
    const services = servicesOnlyIn(compose, 'postgres');
    const primary = services.get('pg-primary');
    const standby = services.get('pg-standby');
    if (primary === undefined || standby === undefined)
      throw new Error('the profile has a primary and a standby');
    const replicas = [...services.entries()].filter(([, service]) => isApi(service));
    t.equal(replicas.length, 3, 'three API replicas');

    for (const [name, replica] of replicas) {
      const url = new URL(env(replica, 'DATABASE_URL') ?? '');
      t.equal(url.hostname, 'pg-primary', `${name} writes to the primary`);
      t.equal(url.port, '5432');
      t.equal(url.username, env(primary, 'POSTGRES_USER'), `${name} logs in as the user the primary creates`);
      t.equal(url.password, 'secret-1', `${name} has the password the primary was given`);
      t.equal(url.pathname, `/${env(primary, 'POSTGRES_DB') ?? ''}`, `${name} uses the database created`);
      t.ok(
        (replica.networks as string[] | undefined)?.includes('postgres'),
        `${name} is on the network of the database`,
      );
    }
    t.strictSame(
      replicas.map(([, replica]) => env(replica, 'SEED')).sort(),
      ['false', 'false', 'true'],
      'one replica imports the seed plans into an empty log, the others do not race it',
    );
    t.equal(
      new Set(replicas.map(([, replica]) => mountHolding(replica, env(replica, 'DATA_DIR') ?? '')?.source))
        .size,
      1,
      'the replicas share DATA_DIR, where the audit signing key is',
    );

    t.equal(env(standby, 'PRIMARY_HOST'), 'pg-primary', 'the standby copies and follows the primary');
    for (const name of ['REPLICATION_USER', 'REPLICATION_PASSWORD', 'STANDBY_NAME']) {
      t.equal(env(standby, name), env(primary, name), `primary and standby agree on ${name}`);
    }
    t.equal(env(primary, 'REPLICATION_PASSWORD'), 'secret-2');
    const init = await readFile(join(root, 'docker', 'postgres', 'init-primary.sh'), 'utf8');
    t.ok(
      mounts(primary).some(
        (mount) =>
          mount.source === './docker/postgres/init-primary.sh' &&
          mount.target.startsWith('/docker-entrypoint-initdb.d/'),
      ),
      'the primary runs the init script on its first start',
    );
    t.match(init, /synchronous_standby_names/, 'the primary waits for the standby on each commit');
    t.match(init, /ANY 1 \(\$STANDBY_NAME\)/, 'by the name the standby connects with');
    const start = await readFile(join(root, 'docker', 'postgres', 'start-standby.sh'), 'utf8');
    t.match(start, /application_name=\$STANDBY_NAME/, 'the standby connects under that name');
    t.equal(standby.depends_on?.['pg-primary']?.condition, 'service_healthy');

    const lb = services.get('lb');
    if (lb === undefined) throw new Error('the profile has a load balancer');
    const nginx = await readFile(join(root, 'docker', 'postgres', 'nginx.conf'), 'utf8');
    const upstream = [...nginx.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    t.strictSame(
      upstream.sort(),
      replicas.map(([name, replica]) => `${name}:${env(replica, 'PORT') ?? ''}`).sort(),
      'the balancer sends to exactly the replicas, on the port they listen on',
    );
    t.match(nginx, /listen 3000;/);
    t.ok(
      containerPorts(lb).some((mapping) => mapping.container === 3000),
      'the balancer publishes the port it listens on',
    );
    t.notMatch(nginx, /non_idempotent/, 'nginx never sends a command twice on its own');
  },
);
