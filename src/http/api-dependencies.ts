import type { ReadModel } from '../projections/read-model.js';
import type { EventStore } from '../store/event-store.js';
import type { CommandPort } from './command-execution.js';
import type { PlanResponseCache } from './plan-response-cache.js';

/** What the resource routes are built on: the write side, the read side and the raw log. */
export interface ApiDependencies {
  commands: CommandPort;
  readModel: ReadModel;
  /** The store's global log, for the event feed. */
  eventLog: Pick<EventStore, 'readAll'>;
  /** Serialized plan trees by state, for GET /plans/{planId}. */
  planResponses: PlanResponseCache;
}
