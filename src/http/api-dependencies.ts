import type { AuditLog } from '../audit/index.js';
import type { ReadModel } from '../projections/index.js';
import type { EventStore } from '../store/index.js';
import type { CommandPort } from './command-execution.js';
import type { PlanResponseCache } from './plan-response-cache.js';

/** What the resource routes are built on: the write side, the read side and the raw log. */
export interface ApiDependencies {
  commands: CommandPort;
  readModel: ReadModel;
  /** The store's global log, for the event feed. */
  eventLog: Pick<EventStore, 'readAll' | 'headPosition'>;
  /** The log-wide Merkle tree and its signed heads; absent, the audit's log routes answer 503. */
  auditLog?: AuditLog;
  /** The store numbers positions densely (GET /audit/verify reports a gap as a removed event). */
  densePositions?: boolean;
  /** Serialized plan trees by state, for GET /plans/{planId}. */
  planResponses: PlanResponseCache;
}
