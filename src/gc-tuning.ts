import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by every entry point that serves reads (src/main.ts, the bench processes), before any project code
 * is compiled.
 *
 * V8's allocation-site pretenuring allocates the objects of a site straight in the old generation once most of them
 * have outlived a young-generation GC. The projections' indexes are built by the same code that folds a plan read
 * (a tiltak's states, its status reports, the arrays that hold them), so the states the index keeps taught V8 to
 * tenure the garbage of every later read too. That garbage then filled the old generation and every young-generation
 * GC had to scan it, which made the plan reads' p99 several times worse at 1M events; without pretenuring the heap
 * stays flat and start-up is no slower. docs/performance.md has the figures.
 *
 * Setting this flag at run time rather than on the command line keeps `node dist/src/main.js` and `npm start` alike;
 * V8 reads it at each GC and each optimization, so it holds for all code compiled after it.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
