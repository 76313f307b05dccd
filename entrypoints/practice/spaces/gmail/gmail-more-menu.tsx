import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { GmailIcon } from './gmail-icons';

export type MessageAction = 'reply' | 'forward' | 'delete' | 'spam' | 'phishing';

const ITEMS: [MessageAction, MessageKey][] = [
  ['reply', 'practice.gmail.ui.reply'],
  ['forward', 'practice.gmail.ui.forward'],
  ['delete', 'practice.gmail.ui.delete'],
  ['spam', 'practice.gmail.ui.spam'],
  ['phishing', 'practice.gmail.ui.phishing'],
];

/** The three dots « Plus » at the top right of an opened message, and its menu. */
export function GmailMoreMenu({ lang, onAction }: { lang: Lang; onAction(action: MessageAction): void }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const move = (step: number) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + step + items.length) % items.length]?.focus();
  };
  return (
    <div className="gm-more">
      <button
        ref={button}
        type="button"
        className="gm-icon-button"
        aria-label={t(lang, 'practice.gmail.ui.more')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <GmailIcon name="more" />
      </button>
      {open && (
        <div
          ref={menu}
          className="gm-menu"
          role="menu"
          aria-label={t(lang, 'practice.gmail.ui.more')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
            else if (event.key === 'ArrowDown') move(1);
            else if (event.key === 'ArrowUp') move(-1);
            else return;
            event.preventDefault();
          }}
        >
          {ITEMS.map(([action, key]) => (
            <button
              key={action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onAction(action);
              }}
            >
              {t(lang, key)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
