import type { ReactNode } from 'react';
import { type Lang, t, tn } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';

interface Props {
  /** "Ask for help" (a person the volunteer can reach), first. */
  children: ReactNode;
  lang: Lang;
  shortcut: string;
  hidden: number;
  onShowHidden(): void;
}

/** The keyboard shortcut in words ("Maj" is Shift on French keyboards). */
export const shortcutInWords = (shortcut: string, lang: Lang) =>
  lang === 'fr' ? shortcut.replace(/Shift/g, 'Maj') : shortcut;

/** Hidden tips back, the settings, and the shortcut that brings the volunteer here. A plain block, not a <footer>. */
export function PanelFooter({ children, lang, shortcut, hidden, onShowHidden }: Props) {
  return (
    <div className="panel-footer">
      {children}
      {hidden ? (
        <button type="button" className="link-button" onClick={onShowHidden}>
          {tn(lang, 'coach.panel.show-hidden', hidden)}
        </button>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={() => void sendMessage('openOptions').catch(() => undefined)}
      >
        {t(lang, 'coach.panel.settings')}
      </button>
      <p className="shortcut muted">
        {shortcut
          ? t(lang, 'coach.shortcut', { keys: shortcutInWords(shortcut, lang) })
          : t(lang, 'coach.shortcut-none')}
      </p>
    </div>
  );
}
