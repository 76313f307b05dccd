import { useRef, useState } from 'react';
import { t } from '../../../../utils/i18n';
import type { SpaceProps } from '../../space-api';
import { GmailCompose } from './gmail-compose';
import { type Draft, type GmailMessage, OWN_ADDRESS, sampleMessages } from './gmail-data';
import { GmailList } from './gmail-list';
import { GmailMessageView } from './gmail-message';
import type { MessageAction } from './gmail-more-menu';
import { matches, type Readable } from './gmail-search';
import { GmailSearchBar } from './gmail-search-bar';
import { type GmailFolder, GmailSidebar } from './gmail-sidebar';
import { GmailToast, type Toast } from './gmail-toast';
import './gmail.css';
import './gmail-list.css';
import './gmail-message.css';
import './gmail-compose.css';
import './gmail-picker.css';
import './gmail-narrow.css';

/** Gmail, offline: what is « sent » lands in « Messages envoyés », nothing leaves the page. */
export default function GmailSpace({ lang, record }: SpaceProps) {
  const [messages, setMessages] = useState<GmailMessage[]>(sampleMessages);
  const [folder, setFolder] = useState<GmailFolder>('inbox');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [compose, setCompose] = useState(0);
  const [toast, setToast] = useState<Toast | null>(null);
  const composeButton = useRef<HTMLDivElement>(null);

  const read = (message: GmailMessage): Readable => ({
    message,
    subject:
      'key' in message.subject
        ? t(lang, message.subject.key)
        : message.subject.text || t(lang, 'practice.gmail.ui.no-subject'),
    body: 'key' in message.body ? t(lang, message.body.key) : message.body.text,
  });
  const shown = messages
    // A search looks through every folder, as Gmail's does.
    .filter((m) => query.trim() || m.folder === folder)
    .map(read)
    .filter((item) => matches(item, query))
    .sort((a, b) => b.message.date.localeCompare(a.message.date));
  const opened = messages.find((m) => m.id === openId);

  const open = (id: string) => {
    setOpenId(id);
    setMessages((list) => list.map((m) => (m.id === id ? { ...m, unread: false } : m)));
  };
  const goTo = (next: GmailFolder) => {
    setFolder(next);
    setQuery('');
    setOpenId(null);
  };
  const search = (next: string) => {
    setQuery(next);
    setOpenId(null);
  };
  const closeCompose = () => {
    setCompose(0);
    composeButton.current?.querySelector<HTMLElement>('.gm-compose-button')?.focus();
  };
  const send = (draft: Draft) => {
    const id = `sent-${Date.now()}`;
    const sent: GmailMessage = {
      id,
      folder: 'sent',
      from: { name: t(lang, 'practice.gmail.ui.me'), email: OWN_ADDRESS },
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: { text: draft.subject },
      body: { text: draft.body },
      date: new Date().toISOString(),
      unread: false,
      attachments: draft.attachments,
    };
    setMessages((list) => [...list, sent]);
    const { to, cc, bcc, subject, attachments } = draft;
    record({ type: 'mail-sent', to, cc, bcc, subject, attachments });
    closeCompose();
    setToast({ kind: 'sent', id });
  };
  const act = (action: MessageAction) => {
    if (!opened) return;
    if (action === 'reply' || action === 'forward') return setCompose(Date.now());
    setMessages((list) => list.filter((m) => m.id !== opened.id));
    setOpenId(null);
    if (action === 'phishing' || action === 'spam') {
      record({ type: 'reported', item: read(opened).subject, as: action === 'phishing' ? 'phishing' : 'junk' });
      setToast({ kind: action === 'phishing' ? 'reported' : 'removed' });
    }
  };

  return (
    <section className="gm-space" lang={lang} aria-label={t(lang, 'practice.gmail.label')}>
      <header className="gm-top">
        <span className="gm-logo" aria-hidden="true">
          <span className="gm-logo-m">M</span> Gmail
        </span>
        <GmailSearchBar lang={lang} query={query} onQuery={search} />
      </header>
      <div className="gm-body" ref={composeButton}>
        <GmailSidebar
          lang={lang}
          folder={folder}
          unread={messages.filter((m) => m.folder === 'inbox' && m.unread).length}
          onCompose={() => {
            setToast(null);
            setCompose(Date.now());
          }}
          onFolder={goTo}
        />
        <div className="gm-main">
          {opened ? (
            <GmailMessageView lang={lang} item={read(opened)} onBack={() => setOpenId(null)} onAction={act} />
          ) : (
            <GmailList
              lang={lang}
              items={shown}
              emptyText={t(lang, query.trim() ? 'practice.gmail.ui.no-results' : 'practice.gmail.ui.empty')}
              onOpen={open}
            />
          )}
        </div>
      </div>
      {compose > 0 && <GmailCompose key={compose} lang={lang} onSend={send} onClose={closeCompose} />}
      <GmailToast
        lang={lang}
        toast={toast}
        onView={(id) => {
          goTo('sent');
          open(id);
        }}
      />
    </section>
  );
}
