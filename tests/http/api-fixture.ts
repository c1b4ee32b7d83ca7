// A real service (SQLite store, projections, token store) over a temporary DATA_DIR, driven with app.inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { openApiDatabase } from '../../src/auth/api-database.js';
import type { Role } from '../../src/auth/roles.js';
import { TokenStore } from '../../src/auth/token-store.js';
import { openPgApiDatabase } from '../../src/auth/pg-api-database.js';
import { PgTokenStore } from '../../src/auth/pg-token-store.js';
import type { TokenRegistry } from '../../src/auth/token-registry.js';
import { loadConfig } from '../../src/config/config.js';
import { createService, type Service } from '../../src/service.js';

export const PLAN_ID = 'handlingsplan-2020-2022';
export const TILTAK_ID = 'integrerte-helsetjenester';

interface Teardown {
  teardown(fn: () => unknown): void;
}

export interface Api {
  service: Service;
  app: FastifyInstance;
  dataDir: string;
  tokens: Record<Role, string>;
  principalIds: Record<Role, string>;
  /** Sends a request as the given role (or without a token when role is null). */
  as(role: Role | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Closes the service and starts a new one on the same DATA_DIR, as a restart would. */
  restart(): Promise<void>;
}

export async function startApi(t: Teardown, env: Record<string, string> = {}): Promise<Api> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-http-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SEED: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  // Tokens go where the service will look for them: PostgreSQL when DATABASE_URL is set, else DATA_DIR.
  const pgTokens = config.DATABASE_URL ? await openPgApiDatabase(config.DATABASE_URL) : null;
  const tokenDb = pgTokens === null ? openApiDatabase(dataDir) : null;
  const tokenStore: TokenRegistry = pgTokens === null ? new TokenStore(tokenDb!) : new PgTokenStore(pgTokens);
  const tokens = {} as Record<Role, string>;
  const principalIds = {} as Record<Role, string>;
  const people: Record<Role, string> = {
    reader: 'Rita Leser',
    editor: 'Kari Nordmann',
    auditor: 'Anne Revisor',
    admin: 'Dag Admin',
  };
  for (const role of Object.keys(people) as Role[]) {
    const created = await tokenStore.create({ name: people[role], role, organization: 'Ahus' });
    tokens[role] = created.token;
    principalIds[role] = created.info.id;
  }
  tokenDb?.close();
  await pgTokens?.end();

  const api: Api = {
    service: await createService(config, pino({ level: 'silent' })),
    get app() {
      return this.service.app;
    },
    dataDir,
    tokens,
    principalIds,
    as(role, options) {
      const headers = { ...(options.headers ?? {}) } as Record<string, string>;
      if (role !== null) headers['authorization'] = `Bearer ${tokens[role]}`;
      return this.service.app.inject({ ...options, headers });
    },
    async restart() {
      await this.service.close();
      this.service = await createService(config, pino({ level: 'silent' }));
    },
  };
  t.teardown(async () => {
    await api.service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return api;
}

/** A service with the seed plans loaded and projected, as a fresh install starts. */
export async function startSeededApi(t: Teardown): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

/** The plan of the seed with one satsningsområde and two tiltaksområder, all effective 2020-01-01. */
export async function createPlanStructure(api: Api): Promise<void> {
  const effectiveAt = '2020-01-01T00:00:00+01:00';
  const steps: [string, Record<string, unknown>][] = [
    [
      '/plans',
      {
        planId: PLAN_ID,
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
        effectiveAt,
      },
    ],
    [
      `/plans/${PLAN_ID}/satsningsomrader`,
      {
        satsningsomradeId: 'sarbare-grupper',
        number: 1,
        title: 'Samarbeid om de mest sårbare pasientgruppene',
        effectiveAt,
      },
    ],
    [
      `/plans/${PLAN_ID}/tiltaksomrader`,
      {
        tiltaksomradeId: 'skropelige-eldre',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Skrøpelige eldre',
        effectiveAt,
      },
    ],
    [
      `/plans/${PLAN_ID}/tiltaksomrader`,
      {
        tiltaksomradeId: 'barn-og-unge',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Barn og unge',
        effectiveAt,
      },
    ],
  ];
  for (const [url, payload] of steps) {
    const response = await api.as('editor', { method: 'POST', url, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  }
}

export async function createTiltak(
  api: Api,
  overrides: Record<string, unknown> = {},
): Promise<LightMyRequestResponse> {
  return api.as('editor', {
    method: 'POST',
    url: '/tiltak',
    payload: {
      tiltakId: TILTAK_ID,
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      number: '1.1.1',
      title: 'Integrerte helsetjenester for skrøpelige eldre',
      status: 'PLANNED',
      responsible: [{ kind: 'fagrad', name: 'Fagråd for eldre' }],
      effectiveAt: '2020-02-01T00:00:00+01:00',
      ...overrides,
    },
  });
}

export function code(response: LightMyRequestResponse): string {
  return response.json<{ code: string }>().code;
}
