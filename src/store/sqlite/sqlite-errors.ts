// Every adapter refuses a repeated eventId with the one error of the port (src/store/errors.ts).
export { DuplicateEventId } from '../errors.js';
