// A tiltak at a point, and its history page by page with what each event changed.
export { tiltakHistoryQueries, type TiltakHistoryQueries } from './tiltak-history.queries.js';
export { fieldChange } from './field-change.js';
