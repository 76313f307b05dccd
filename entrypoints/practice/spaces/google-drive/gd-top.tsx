import { useRef, useState } from 'react';
import { Menu } from '../drive-kit/menu';
import { Icon } from './gd-icons';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  onNewFolder(): void;
  onUpload(): void;
  /** A menu entry this practice does not imitate (Docs, Sheets…): said so, nothing opens. */
  onElse(): void;
}

/** Drive's top bar and left column: the logo, the search field, « Nouveau » and its menu, the places. */
export function GdTop({ w, onNewFolder, onUpload, onElse }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const places = ['home', 'my-drive', 'computers', 'shared', 'recent', 'starred', 'spam', 'trash'] as const;
  return (
    <>
      <header className="gd-top">
        <span className="gd-logo">
          <svg viewBox="0 0 87 78" width="36" height="32" aria-hidden="true">
            <path d="M6.6 66.8l3.9 6.7c.8 1.4 1.9 2.5 3.2 3.3L27.5 53H0c0 1.6.4 3.1 1.2 4.5z" fill="#0066da" />
            <path d="M43.6 25 29.9 1.2c-1.3.8-2.4 1.9-3.2 3.3L1.2 48.5A9 9 0 0 0 0 53h27.5z" fill="#00ac47" />
            <path
              d="M73.5 76.8c1.3-.8 2.4-1.9 3.2-3.3l1.6-2.8 7.7-13.2c.8-1.4 1.2-2.9 1.2-4.5H59.7l5.9 11.5z"
              fill="#ea4335"
            />
            <path d="M43.6 25 57.4 1.2C56 .4 54.5 0 52.9 0H34.4c-1.6 0-3.1.5-4.5 1.2z" fill="#00832d" />
            <path d="M59.7 53H27.5L13.7 76.8c1.4.8 2.9 1.2 4.5 1.2h51c1.6 0 3.1-.5 4.5-1.2z" fill="#2684fc" />
            <path
              d="M73.4 26.5 60.7 4.5c-.8-1.4-1.9-2.5-3.2-3.3L43.6 25l16.1 28h27.5c0-1.6-.4-3.1-1.2-4.5z"
              fill="#ffba00"
            />
          </svg>
          Drive
        </span>
        <search className="gd-search">
          <input type="search" aria-label={w('search')} placeholder={w('search')} />
        </search>
        <span className="gd-avatar" role="img" aria-label={w('account')}>
          C
        </span>
      </header>
      <nav className="gd-nav" aria-label={w('nav.label')}>
        <div className="gd-new-wrap">
          <button
            ref={button}
            type="button"
            className="gd-new"
            aria-haspopup="menu"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            <Icon name="plus" />
            {w('new')}
          </button>
          {open ? (
            <Menu
              label={w('new')}
              className="gd-menu gd-new-menu"
              trigger={button}
              onClose={close}
              items={[
                { id: 'folder', label: w('new.folder'), icon: <Icon name="folder" />, onSelect: onNewFolder },
                {
                  id: 'file',
                  label: w('new.file-upload'),
                  icon: <Icon name="upload" />,
                  separatorBefore: true,
                  onSelect: onUpload,
                },
                { id: 'folder-upload', label: w('new.folder-upload'), icon: <Icon name="upload" />, onSelect: onElse },
                {
                  id: 'docs',
                  label: 'Google Docs',
                  icon: <Icon name="doc" />,
                  separatorBefore: true,
                  onSelect: onElse,
                },
                { id: 'sheets', label: 'Google Sheets', icon: <Icon name="sheet" />, onSelect: onElse },
              ]}
            />
          ) : null}
        </div>
        <ul className="gd-places">
          {places.map((place) => (
            <li key={place} className={place === 'my-drive' ? 'gd-place-current' : undefined}>
              {w(`nav.${place}`)}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
