/** Dependency rules of DESIGN.md §4, checked by `npm run depcheck` (part of `npm run check`). */
module.exports = {
  forbidden: [
    {
      name: 'rooms-through-their-index',
      comment:
        'One room of src reaches another through its index.ts; a store adapter through its own index.ts, and only from the composition roots (below).',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/([^/]+)/',
        pathNot: [
          '^src/$1/',
          '^src/[^/]+/index[.]ts$',
          '^src/store/(sqlite|memory|postgres|eventstoredb)/index[.]ts$',
          '^src/store/open-event-store[.]ts$',
        ],
      },
    },
    {
      name: 'domain-is-pure',
      comment:
        'src/domain imports nothing but zod and itself: no node built-ins, no infrastructure, no other layer.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { pathNot: ['^src/domain', '^node_modules/zod/', '^zod$'] },
    },
    {
      name: 'projections-do-not-reach-infrastructure',
      comment:
        'Projections are pure folds plus a runner over the store port; they never import http or an adapter.',
      severity: 'error',
      from: { path: '^src/projections' },
      to: { path: ['^src/http', '^src/import', '^src/store/(sqlite|eventstoredb|postgres)'] },
    },
    {
      name: 'read-side-through-its-index',
      comment:
        'Outside src/projections the read side is reached through src/projections/index.ts (and the ReadModel types it re-exports), never a room inside it.',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/projections/' },
      to: { path: '^src/projections/', pathNot: '^src/projections/index[.]ts$' },
    },
    {
      name: 'read-model-rooms-through-their-index',
      comment:
        'Inside src/projections a read model (plan-at, tiltak-history, timeline, diff, reports, finding, parties, audit) is reached from another room through its index.ts; the rooms reach into engine/ (histories, indexes, summaries), which reaches a room only through its index.',
      severity: 'error',
      from: { path: '^src/projections/([^/]+)/' },
      to: {
        path: '^src/projections/(plan-at|tiltak-history|timeline|diff|reports|finding|parties|audit)/',
        pathNot: ['^src/projections/$1/', '^src/projections/[^/]+/index[.]ts$'],
      },
    },
    {
      name: 'adapters-only-from-composition-roots',
      comment:
        'A store adapter is chosen in one place: store/open-event-store.ts, reached from the entry points (main.ts, service.ts, the CLIs). The importer may take the in-memory adapter as its scratch store. Everything else sees the EventStore port only.',
      severity: 'error',
      from: {
        path: '^src',
        pathNot: [
          '^src/store/(sqlite|eventstoredb|memory|postgres)/',
          '^src/store/open-event-store[.]ts$',
          '^src/(main|service|api-state)[.]ts$',
          '^src/cli/',
          '^src/import/plan-importer[.]ts$',
        ],
      },
      to: { path: '^src/store/(sqlite|eventstoredb|memory|postgres)/' },
    },
    {
      name: 'importer-scratch-store-is-in-memory',
      severity: 'error',
      from: { path: '^src/import/' },
      to: { path: '^src/store/(sqlite|eventstoredb|postgres)/' },
    },
    {
      name: 'http-sees-the-port-not-store-internals',
      comment:
        'The HTTP layer knows the store room by its index.ts (the port, its errors, the hash chain), never an adapter or a module inside it.',
      severity: 'error',
      from: { path: '^src/http' },
      to: { path: '^src/store/', pathNot: ['^src/store/index[.]ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      from: { path: '^src' },
      to: { path: '^(tests|bench)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
