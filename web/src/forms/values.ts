// What the forms' fields become in a command body: a day as an instant, kroner as a number, an empty text left out.
import { parseKroner } from '../format.js';

/** A day from a date field as the instant a command takes: noon UTC, the same calendar day in Oslo all year. */
export function middayOf(day: string): string {
  return `${day}T12:00:00Z`;
}

export const AMOUNT_PROBLEM = 'Beløpet må være et helt antall kroner, for eksempel 250 000.';

/** Whole kroner as people write them ("250 000"; empty is not known, null), or the sentence that refuses it. */
export function kronerOrProblem(text: string): { amountNok: number | null } | { problem: string } {
  const amountNok = parseKroner(text);
  return amountNok === 'invalid' ? { problem: AMOUNT_PROBLEM } : { amountNok };
}

/** A trimmed text, or null when nothing is left. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
