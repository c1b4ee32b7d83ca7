import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { parse } from 'yaml';

/*
 * The deployment files are safe as they are shipped: nothing insecure is reachable from another machine, every
 * image names a release (not a tag that moves), and the cluster's certificates can be renewed without a new CA.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Service {
  image?: string;
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
}

async function services(): Promise<Record<string, Service>> {
  const text = await readFile(join(root, 'docker-compose.yml'), 'utf8');
  return (parse(text, { merge: true }) as { services: Record<string, Service> }).services;
}

/** The host address a published port is bound to; every interface when the entry names none. */
function hostAddress(entry: string): string {
  const parts = entry.split(':');
  return parts.length === 3 ? (parts[0] ?? '') : '0.0.0.0';
}

const isDatabase = (service: Service): boolean =>
  /kurrentdb|eventstore\/eventstore/.test(service.image ?? '');

void t.test('an insecure database node publishes its port on loopback only', async (t) => {
  const all = Object.entries(await services()).filter(([, service]) => isDatabase(service));
  t.ok(all.length >= 1);
  for (const [name, service] of all) {
    const insecure = String(service.environment?.['KURRENTDB_INSECURE'] ?? 'false') === 'true';
    for (const entry of service.ports ?? []) {
      if (insecure) t.equal(hostAddress(entry), '127.0.0.1', `${name} (insecure): ${entry}`);
      // The cluster's nodes need credentials and TLS, but their admin UI is no business of other machines either.
      else t.equal(hostAddress(entry), '127.0.0.1', `${name}: ${entry}`);
    }
  }
  t.ok(
    all.some(([, service]) => service.environment?.['KURRENTDB_INSECURE'] === 'true'),
    'the development node is the insecure one',
  );
});

void t.test(
  'database images come from the repository the KurrentDB documentation names, pinned',
  async (t) => {
    for (const [name, service] of Object.entries(await services())) {
      if (!isDatabase(service)) continue;
      t.match(
        service.image,
        /^docker\.kurrent\.io\/kurrent-lts\/kurrentdb:\d+\.\d+\.\d+$/,
        `${name}: a release of the long-term-support line, not latest or lts`,
      );
    }
    for (const [name, service] of Object.entries(await services())) {
      if (service.image === undefined) continue;
      t.notMatch(service.image, /:(latest|lts)$|^[^:]+$/, `${name}: ${service.image} names a release`);
    }
  },
);

void t.test('the node settings use the KURRENTDB_ prefix of the image they run on', async (t) => {
  for (const [name, service] of Object.entries(await services())) {
    if (!isDatabase(service)) continue;
    const stale = Object.keys(service.environment ?? {}).filter((key) => key.startsWith('EVENTSTORE_'));
    t.same(stale, [], name);
  }
});

void t.test('RENEW_NODES=true renews the node certificates and keeps the CA', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'shp-renew-'));
  t.teardown(() => rm(work, { recursive: true, force: true }));
  const [bin, certs, ca] = ['bin', 'certs', 'ca'].map((name) => join(work, name)) as [string, string, string];
  for (const dir of [bin, certs, ca]) await mkdir(dir, { recursive: true });
  // es-gencert-cli stands in: each certificate it makes is different, as a real one is.
  const fakeTool = join(bin, 'es-gencert-cli');
  await writeFile(
    fakeTool,
    [
      '#!/usr/bin/env bash',
      'command="$1"; shift; out=""; days=""',
      'while [[ $# -gt 0 ]]; do case "$1" in -out) out="$2"; shift;; -days) days="$2"; shift;; esac; shift; done',
      'mkdir -p "$out"',
      'if [[ "$command" == "create-ca" ]]; then echo "ca $RANDOM$RANDOM" > "$out/ca.crt"; echo key > "$out/ca.key";',
      'else echo "cert $RANDOM$RANDOM days=$days" > "$out/node.crt"; echo key > "$out/node.key"; fi',
    ].join('\n'),
  );
  await chmod(fakeTool, 0o755);
  const script = join(root, 'docker', 'eventstore', 'generate-certificates.sh');
  const run = (extra: Record<string, string>): Promise<unknown> =>
    promisify(execFile)('bash', [script], {
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        CERTS_DIR: certs,
        CA_DIR: ca,
        CERTS_OWNER: `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`,
        ...extra,
      },
    });
  const read = (path: string): Promise<string> => readFile(join(certs, path), 'utf8');

  await run({});
  const [firstCa, firstNode] = [await read('ca/ca.crt'), await read('node1/node.crt')];
  await run({});
  t.equal(await read('node1/node.crt'), firstNode, 'a plain restart keeps the certificates');
  await run({ RENEW_NODES: 'true', NODE_CERT_DAYS: '90' });
  t.equal(await read('ca/ca.crt'), firstCa, 'the CA is kept: the API goes on trusting the nodes');
  t.equal(await readFile(join(ca, 'ca.crt'), 'utf8'), firstCa, "the API's copy of the CA is the same");
  for (const node of ['node1', 'node2', 'node3']) {
    const renewed = await read(`${node}/node.crt`);
    t.not(renewed, firstNode, `${node} has a new certificate`);
    t.match(renewed, 'days=90', `${node}: valid for NODE_CERT_DAYS`);
  }
});
