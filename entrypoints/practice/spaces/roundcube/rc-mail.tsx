import { type Lang, localeOf, type MessageKey, t } from '../../../../utils/i18n';
import { type RcAction, RcMailToolbar } from './rc-toolbar';
import type { RcMessage } from './roundcube-data';

interface Props {
  lang: Lang;
  title: string;
  messages: RcMessage[];
  selected: RcMessage | undefined;
  onSelect(id: string): void;
  onAction(action: RcAction): void;
}

const words = (lang: Lang, text: { key: MessageKey } | { text: string }, empty: MessageKey) =>
  'key' in text ? t(lang, text.key) : text.text || t(lang, empty);

/** The message list (#layout-list) and, beside it, the toolbar and the selected message (#layout-content). */
export function RcMail({ lang, title, messages, selected, onSelect, onAction }: Props) {
  const when = (iso: string) =>
    new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'short', timeStyle: 'short' });
  const subject = (m: RcMessage) => words(lang, m.subject, 'practice.roundcube.ui.no-subject');
  return (
    <>
      <div id="layout-list" className="rc-list">
        <div id="messagelist-header" className="header">
          <h2 className="header-title">{title}</h2>
        </div>
        {messages.length ? (
          <ul
            id="messagelist"
            className="listing messagelist"
            aria-label={t(lang, 'practice.roundcube.ui.messagelist')}
          >
            {messages.map((m) => (
              <li
                key={m.id}
                className={[m.unread && 'unread', m.id === selected?.id && 'selected'].filter(Boolean).join(' ')}
              >
                <button type="button" aria-pressed={m.id === selected?.id} onClick={() => onSelect(m.id)}>
                  <span className="fromto">{m.box === 'sent' ? m.to.join(', ') : m.from.name}</span>
                  <span className="date">{when(m.date)}</span>
                  <span className="subject">{subject(m)}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rc-empty">{t(lang, 'practice.roundcube.ui.listempty')}</p>
        )}
      </div>
      <div id="layout-content" className="rc-content">
        <div className="header">
          <RcMailToolbar lang={lang} enabled={!!selected} onAction={onAction} />
        </div>
        {selected ? (
          <article className="rc-message" aria-labelledby="rc-message-subject">
            <h2 id="rc-message-subject" className="subject">
              {subject(selected)}
            </h2>
            <p className="rc-headers">
              <strong>{selected.from.name}</strong> &lt;{selected.from.email}&gt;
              <br />
              {t(lang, 'practice.roundcube.ui.to')} {selected.to.join(', ')} · {when(selected.date)}
            </p>
            <p className="rc-body">{'key' in selected.body ? t(lang, selected.body.key) : selected.body.text}</p>
            {selected.link && (
              // Leads nowhere: the guide's first step is never to click it.
              <p>
                <a href="https://banque-alerte.exemple.net/confirmer" onClick={(event) => event.preventDefault()}>
                  {t(lang, selected.link)}
                </a>
              </p>
            )}
            {selected.attachments.length > 0 && (
              <ul className="attachmentslist" aria-label={t(lang, 'practice.roundcube.ui.attachments')}>
                {selected.attachments.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            )}
          </article>
        ) : (
          <p className="rc-empty">{t(lang, 'practice.roundcube.ui.select-message')}</p>
        )}
      </div>
    </>
  );
}
