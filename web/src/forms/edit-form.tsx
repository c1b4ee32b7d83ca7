// A form of the page: the browser never submits it itself (the page sends with fetch), and its fields are laid out
// as the other forms' are (class "edit").
import type { ComponentChildren } from 'preact';

export function EditForm(props: {
  onSubmit: (event: SubmitEvent) => void;
  children: ComponentChildren;
  class?: string;
  testId?: string;
  label?: string;
}) {
  return (
    <form
      class={props.class === undefined ? 'edit' : `edit ${props.class}`}
      data-testid={props.testId}
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(event);
      }}
    >
      {props.children}
    </form>
  );
}
