import { type Lang, localeOf, t } from '../../../../utils/i18n';
import type { Readable } from './gmail-search';

interface Props {
  lang: Lang;
  items: Readable[];
  /** Why the list is empty, when it is: no message here, or none matched the search. */
  emptyText: string;
  onOpen(id: string): void;
}

const shortDate = (lang: Lang, iso: string) =>
  new Date(iso).toLocaleDateString(localeOf(lang), { day: 'numeric', month: 'short' });

/** The message list: sender, subject – first words, date; unread ones in bold, newest at the top. */
export function GmailList({ lang, items, emptyText, onOpen }: Props) {
  if (!items.length) return <p className="gm-empty">{emptyText}</p>;
  return (
    <ul className="gm-list" aria-label={t(lang, 'practice.gmail.ui.list')}>
      {items.map(({ message, subject, body }) => {
        const who =
          message.folder === 'sent'
            ? t(lang, 'practice.gmail.ui.to-them', { to: [...message.to, ...message.cc, ...message.bcc].join(', ') })
            : message.from.name;
        return (
          <li key={message.id} className={message.unread ? 'gm-row gm-unread' : 'gm-row'}>
            <button type="button" onClick={() => onOpen(message.id)}>
              <span className="gm-row-from">{who}</span>
              <span className="gm-row-text">
                <span className="gm-row-subject">{subject}</span>
                <span className="gm-row-snippet"> – {body}</span>
              </span>
              <span className="gm-row-date">{shortDate(lang, message.date)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
