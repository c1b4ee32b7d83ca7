import type { EventReferences } from '../retraction/stream-ledger.js';
import type { TiltakEventBody } from './tiltak.events.js';

/** What a tiltak event introduces and refers to, so a retraction cannot orphan a later event. */
export function tiltakEventReferences(event: TiltakEventBody): EventReferences {
  switch (event.type) {
    case 'FundingGranted':
      return { introduces: [`grant:${event.data.grantId}`], refersTo: [] };
    case 'FundingWithdrawn':
      return { introduces: [], refersTo: [`grant:${event.data.grantId}`] };
    case 'TiltakCreated':
    case 'TiltakStatusChanged':
    case 'ResponsibilityReassigned':
    case 'ParticipantsChanged':
    case 'TiltakRevised':
    case 'TiltakMoved':
    case 'ProgressNoted':
    case 'EventRetracted':
      return { introduces: [], refersTo: [] };
    default: {
      const unknownEvent: never = event;
      throw new TypeError(`unknown tiltak event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
