import { type ReactNode, useId } from 'react';

interface Props<T extends string> {
  legend: string;
  name: string;
  choices: readonly T[];
  value: T;
  labelOf(choice: T): ReactNode;
  onChange(choice: T): void;
  /** Set by the association: shown, not changeable, with the reason read out with the group. */
  locked?: string;
}

/** A set of radio buttons with large targets; locked like Switch when the association fixes it. */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, labelOf, onChange, locked }: Props<T>) {
  const noteId = useId();
  return (
    <fieldset disabled={!!locked} aria-describedby={locked ? noteId : undefined}>
      <legend>{legend}</legend>
      {locked ? (
        <p id={noteId} className="locked-note">
          {locked}
        </p>
      ) : null}
      {choices.map((choice) => (
        <label key={choice} className="choice">
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {labelOf(choice)}
        </label>
      ))}
    </fieldset>
  );
}
