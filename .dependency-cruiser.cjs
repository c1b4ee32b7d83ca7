/** Dependency rules of DESIGN.md §4, checked by `npm run depcheck` (part of `npm run check`). */
module.exports = {
  forbidden: [
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
