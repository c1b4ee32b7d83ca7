// What a form says back: a problem in words (an alert), and the conflict of an edit made meanwhile by someone else.
import { plainWords } from '../plain-words.js';

/** A problem in a sentence, or nothing; `id` lets a field name it (aria-describedby). */
export function ProblemMessage(props: { message: string | null; id?: string }) {
  if (props.message === null) return null;
  return (
    <p class="error" id={props.id} role="alert">
      {props.message}
    </p>
  );
}

/** "Noen andre har endret dette tiltaket. Last inn på nytt." with the button that reloads: what a 412 says. */
export function ConflictNotice(props: { onReload: () => void }) {
  return (
    <p class="conflict" role="alert">
      {plainWords(412, { code: 'PRECONDITION.REVISION_MISMATCH' })}{' '}
      <button type="button" class="secondary" onClick={props.onReload}>
        Last inn på nytt
      </button>
    </p>
  );
}

/** The message of anything thrown: an ApiError's is already the problem in words. */
export function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
