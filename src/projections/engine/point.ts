import { pointMs } from '../../domain/index.js';
import type { PointMs } from './entity-history.js';
import type { TemporalQuery } from '../read-model.js';

/** A query's point in milliseconds; an axis left out is unbounded (now). The kernel's pointMs decides. */
export function pointOf(at: TemporalQuery): PointMs {
  return pointMs(at);
}
