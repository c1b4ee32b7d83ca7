// The controls the page's forms are made of, each inside its label (the label names the control for screen readers
// and for the browser tests alike), so every form writes a field one way.
import type { ComponentChildren } from 'preact';
import { STATUS_LABELS } from '../format.js';

/** The first day a date field offers: the seed plans start in 2020. */
export const FIRST_DAY = '2020-01-01';

interface FieldProps {
  label: ComponentChildren;
  name: string;
  value: string;
  required?: boolean;
}

/** A yyyy-mm-dd date field; `onDate` gets the field's value when it changes. */
export function DateField(
  props: FieldProps & { onDate: (value: string) => void; min?: string; max?: string },
) {
  return (
    <label>
      {props.label}
      <input
        type="date"
        name={props.name}
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => props.onDate(e.currentTarget.value)}
        required={props.required}
      />
    </label>
  );
}

/** A one-line text field; `onText` gets the value as it is typed. */
export function TextField(
  props: FieldProps & {
    onText: (value: string) => void;
    maxLength?: number;
    inputMode?: 'numeric';
    errorId?: string | null;
  },
) {
  const invalid = props.errorId !== undefined;
  return (
    <label>
      {props.label}
      <input
        type="text"
        name={props.name}
        inputMode={props.inputMode}
        value={props.value}
        maxLength={props.maxLength}
        // Only a field that can be refused in the page says whether it is; its message has the id it names.
        aria-invalid={invalid ? props.errorId !== null : undefined}
        aria-describedby={props.errorId ?? undefined}
        onInput={(e) => props.onText(e.currentTarget.value)}
        required={props.required}
      />
    </label>
  );
}

/** A grant's year, a whole number (the API says whether it lies in the plan period). */
export function YearField(props: Omit<FieldProps, 'label'> & { onText: (value: string) => void }) {
  return (
    <label>
      År
      <input
        type="number"
        name={props.name}
        min={1900}
        max={2100}
        step={1}
        value={props.value}
        onInput={(e) => props.onText(e.currentTarget.value)}
        required
      />
    </label>
  );
}

/** A text of a few lines (a note). */
export function TextAreaField(props: FieldProps & { onText: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <textarea
        name={props.name}
        rows={2}
        value={props.value}
        onInput={(e) => props.onText(e.currentTarget.value)}
        required={props.required}
      />
    </label>
  );
}

/** A choice of the seven status codes a command may set (not "not reported"). */
export function StatusField(props: FieldProps & { onStatus: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onStatus(e.currentTarget.value)}>
        {Object.entries(STATUS_LABELS)
          .filter(([key]) => key !== 'NONE')
          .map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
      </select>
    </label>
  );
}
