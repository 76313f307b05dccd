import { type RefObject, useId, useState } from 'react';
import { CONTACTS, type Person } from './gd-data';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  inputRef: RefObject<HTMLInputElement | null>;
  chosen: Person[];
  onChosen(people: Person[]): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * « Ajouter des personnes… »: typing suggests people (the association's contacts, fictional, or
 * the address itself when it is a whole one); choosing one makes it a chip. Arrows move in the list.
 */
export function GdPeopleInput({ w, inputRef, chosen, onChosen }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const list = useId();
  const typed = text.trim().toLowerCase();
  const found = typed ? CONTACTS.filter((c) => c.email.startsWith(typed) || c.name.toLowerCase().includes(typed)) : [];
  const suggestions =
    EMAIL.test(typed) && !found.some((c) => c.email === typed) ? [...found, { name: typed, email: typed }] : found;
  const shown = suggestions.filter((p) => !chosen.some((c) => c.email === p.email));
  const choose = (person: Person) => {
    onChosen([...chosen, person]);
    setText('');
    setActive(0);
  };
  const option = (i: number) => `${list}-${i}`;

  return (
    <div className="gd-people">
      {chosen.map((p) => (
        <span key={p.email} className="gd-chip">
          {p.name}
          <button
            type="button"
            className="gd-chip-remove"
            aria-label={w('share.remove', { name: p.name })}
            onClick={() => onChosen(chosen.filter((c) => c.email !== p.email))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        ref={inputRef}
        data-autofocus=""
        className="gd-people-field"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={list}
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? option(active) : undefined}
        aria-label={w('share.add')}
        placeholder={chosen.length ? '' : w('share.add')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const pick = shown[active];
          if (event.key === 'ArrowDown' && shown.length) setActive((active + 1) % shown.length);
          else if (event.key === 'ArrowUp' && shown.length) setActive((active - 1 + shown.length) % shown.length);
          else if ((event.key === 'Enter' || event.key === ',') && pick) choose(pick);
          else if (event.key === 'Escape' && text) setText('');
          else return;
          event.preventDefault();
        }}
      />
      <div
        id={list}
        role="listbox"
        aria-label={w('share.suggestions')}
        className="gd-suggestions"
        hidden={!shown.length}
      >
        {shown.map((p, i) => (
          // The field keeps the focus and the arrows (aria-activedescendant); a click picks too.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's, above
          <div
            key={p.email}
            tabIndex={-1}
            id={option(i)}
            role="option"
            aria-selected={i === active}
            className="gd-suggestion"
            onClick={() => choose(p)}
          >
            <span className="gd-suggestion-name">{p.name}</span>
            {p.name !== p.email ? <span className="gd-suggestion-mail">{p.email}</span> : null}
          </div>
        ))}
      </div>
    </div>
  );
}
