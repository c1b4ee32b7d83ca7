import type { EventReferences } from '../retraction/stream-ledger.js';
import type { PlanEventData, PlanEventType } from './plan.events.js';

/** A plan event's type and data, as both stored events and drafts have them. */
export type PlanEventBody = { [T in PlanEventType]: { type: T; data: PlanEventData<T> } }[PlanEventType];

/** What a plan event introduces and refers to, so a retraction cannot orphan a later event. */
export function planEventReferences(event: PlanEventBody): EventReferences {
  switch (event.type) {
    case 'GoalAdded':
      return { introduces: [`goal:${event.data.goalId}`], refersTo: [] };
    case 'GoalRevised':
      return { introduces: [], refersTo: [`goal:${event.data.goalId}`] };
    case 'SatsningsomradeAdded':
      return { introduces: [`satsningsomrade:${event.data.satsningsomradeId}`], refersTo: [] };
    case 'SatsningsomradeRevised':
      return { introduces: [], refersTo: [`satsningsomrade:${event.data.satsningsomradeId}`] };
    case 'TiltaksomradeAdded':
      return {
        introduces: [`tiltaksomrade:${event.data.tiltaksomradeId}`],
        refersTo: [`satsningsomrade:${event.data.satsningsomradeId}`],
      };
    case 'TiltaksomradeRevised':
      return { introduces: [], refersTo: [`tiltaksomrade:${event.data.tiltaksomradeId}`] };
    case 'PlanCreated':
    case 'PlanRevised':
    case 'PlanPublished':
    case 'EventRetracted':
      return { introduces: [], refersTo: [] };
    default: {
      const unknownEvent: never = event;
      throw new TypeError(`unknown plan event ${JSON.stringify(unknownEvent)}`);
    }
  }
}
