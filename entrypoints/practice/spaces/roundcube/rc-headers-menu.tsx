import { useEffect, useRef } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

export type RcHeader = 'cc' | 'bcc' | 'replyto' | 'followupto';
export const RC_HEADERS: RcHeader[] = ['cc', 'bcc', 'replyto', 'followupto'];

interface Props {
  lang: Lang;
  shown: RcHeader[];
  onChoose(header: RcHeader): void;
  onClose(): void;
}

/** #headers-menu, the small menu the « + » at the end of « À » opens: Cc, Cci, Répondre à, Faire suivre à. */
export function RcHeadersMenu({ lang, shown, onChoose, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => menu.current?.querySelector<HTMLElement>('[role=menuitem]:not([aria-disabled])')?.focus(), []);
  const move = (step: number) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + step + items.length) % items.length]?.focus();
  };
  return (
    <div id="headers-menu" className="popupmenu rc-popup" ref={menu}>
      <h3 id="rc-headers-title" className="voice">
        {t(lang, 'practice.roundcube.ui.addheader-menu')}
      </h3>
      <div
        className="menu listing"
        role="menu"
        aria-labelledby="rc-headers-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          else if (event.key === 'ArrowDown') move(1);
          else if (event.key === 'ArrowUp') move(-1);
          else return;
          event.preventDefault();
        }}
      >
        {RC_HEADERS.map((header) => {
          const used = shown.includes(header);
          return (
            <button
              key={header}
              type="button"
              role="menuitem"
              data-target={header}
              tabIndex={-1}
              className={used ? 'recipient disabled' : 'recipient active'}
              aria-disabled={used || undefined}
              onClick={() => !used && onChoose(header)}
            >
              {t(lang, `practice.roundcube.ui.${header}` as MessageKey)}
            </button>
          );
        })}
      </div>
    </div>
  );
}
