// The page's form kit: fields, the form, its messages, the values commands take, and sending a command.
export { DateField, FIRST_DAY, StatusField, TextAreaField, TextField, YearField } from './fields.js';
export { EditForm } from './edit-form.js';
export { ConflictNotice, ProblemMessage, messageOf } from './messages.js';
export { AMOUNT_PROBLEM, kronerOrProblem, middayOf, textOrNull } from './values.js';
export { useCommand, type Command } from './use-command.js';
