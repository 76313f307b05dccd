import { useEffect, useId, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { GmailIcon } from './gmail-icons';
import { queryOf, type SearchOptions } from './gmail-search';

interface Props {
  lang: Lang;
  query: string;
  onQuery(query: string): void;
}

const EMPTY: SearchOptions = { from: '', to: '', subject: '', has: '', not: '', attachment: false };
const TEXT_FIELDS: [keyof Omit<SearchOptions, 'attachment'>, MessageKey][] = [
  ['from', 'practice.gmail.ui.opt-from'],
  ['to', 'practice.gmail.ui.opt-to'],
  ['subject', 'practice.gmail.ui.opt-subject'],
  ['has', 'practice.gmail.ui.opt-has'],
  ['not', 'practice.gmail.ui.opt-not'],
];

/** « Rechercher dans les messages », filtering as one types, and the options panel at its end. */
export function GmailSearchBar({ lang, query, onQuery }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState(EMPTY);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  // Like Gmail's, the panel closes when the volunteer goes elsewhere (a folder, the list).
  useEffect(() => {
    const box = wrap.current;
    const left = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !box?.contains(next)) setOpen(false);
    };
    box?.addEventListener('focusout', left);
    return () => box?.removeEventListener('focusout', left);
  }, []);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="gm-search-wrap" ref={wrap}>
      <search>
        <form
          className="gm-search"
          onSubmit={(event) => {
            event.preventDefault();
            setOpen(false);
          }}
        >
          <button type="submit" className="gm-icon-button" aria-label={tr('practice.gmail.ui.search-go')}>
            <GmailIcon name="search" />
          </button>
          <input
            type="text"
            name="q"
            aria-label={tr('practice.gmail.ui.search')}
            placeholder={tr('practice.gmail.ui.search')}
            value={query}
            onChange={(event) => onQuery(event.target.value)}
          />
          <button
            ref={toggle}
            type="button"
            className="gm-icon-button"
            aria-label={tr('practice.gmail.ui.search-options')}
            aria-expanded={open}
            aria-controls={`${id}-panel`}
            onClick={() => setOpen(!open)}
          >
            <GmailIcon name="tune" />
          </button>
        </form>
      </search>
      {open && (
        <form
          id={`${id}-panel`}
          className="gm-search-panel"
          aria-label={tr('practice.gmail.ui.search-options')}
          onKeyDown={(event) => event.key === 'Escape' && close()}
          onSubmit={(event) => {
            event.preventDefault();
            onQuery(queryOf(options));
            close();
          }}
        >
          {TEXT_FIELDS.map(([name, key]) => (
            <div key={name} className="gm-search-field">
              <label htmlFor={`${id}-${name}`}>{tr(key)}</label>
              <input
                id={`${id}-${name}`}
                type="text"
                value={options[name]}
                onChange={(event) => setOptions({ ...options, [name]: event.target.value })}
              />
            </div>
          ))}
          <label className="gm-search-check">
            <input
              type="checkbox"
              checked={options.attachment}
              onChange={(event) => setOptions({ ...options, attachment: event.target.checked })}
            />
            {tr('practice.gmail.ui.opt-attachment')}
          </label>
          <div className="gm-search-buttons">
            <button type="submit" className="gm-primary">
              {tr('practice.gmail.ui.search-go')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
