import type { Party } from '../party/party.schema.js';
import type { TiltakStatus } from './tiltak.status.js';

export interface FundingGrant {
  grantId: string;
  source: string;
  year: number;
  amountNok: number | null;
  decisionReference: string | null;
  /** effectiveAt of FundingGranted. */
  grantedAt: string;
  /** effectiveAt of FundingWithdrawn, or null while the grant stands. */
  withdrawnAt: string | null;
}

/** One reported status, in valid-time order: the initial status of TiltakCreated, then each change. */
export interface StatusReport {
  eventId: string;
  effectiveAt: string;
  status: TiltakStatus;
  reason: string | null;
}

export interface ProgressNote {
  eventId: string;
  effectiveAt: string;
  text: string;
}

/** A tiltak as the events that count at some (validAt, knownAt) make it. */
export interface TiltakState {
  tiltakId: string;
  planId: string;
  tiltaksomradeId: string;
  number: string | null;
  title: string;
  description: string | null;
  /** null: no status reported yet ("Ikke rapportert"). */
  status: TiltakStatus | null;
  /** The last status other than UNKNOWN, shown beside UNKNOWN. */
  lastKnownStatus: TiltakStatus | null;
  responsible: readonly Party[];
  participants: readonly Party[];
  /** Who is responsible as the source wrote it; null when given as parties only. */
  responsibleAsWritten: string | null;
  /** The other tiltaksområder it is listed under (its own is tiltaksomradeId). */
  alsoTiltaksomradeIds: readonly string[];
  /** Every grant, withdrawn ones included (withdrawnAt set). */
  funding: readonly FundingGrant[];
  statusHistory: readonly StatusReport[];
  notes: readonly ProgressNote[];
  /** effectiveAt of TiltakCreated. */
  createdAt: string;
}

export function findGrant(tiltak: TiltakState, grantId: string): FundingGrant | undefined {
  return tiltak.funding.find((grant) => grant.grantId === grantId);
}
