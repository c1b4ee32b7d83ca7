import { instantMillis } from '../../domain/index.js';
import type { PointMs } from './entity-history.js';
import type { TemporalQuery } from '../read-model.js';

/** A query's point in milliseconds; an axis left out is unbounded (now). */
export function pointOf(at: TemporalQuery): PointMs {
  return {
    validMs: at.validAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.validAt),
    knownMs: at.knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.knownAt),
  };
}
