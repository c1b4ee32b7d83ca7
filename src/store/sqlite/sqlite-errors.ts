/** An append carried an eventId the log already holds; nothing of that append was stored. */
export class DuplicateEventId extends Error {
  readonly code = 'STORE.DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string) {
    super(`event ${eventId} is already stored`);
    this.name = 'DuplicateEventId';
  }
}
