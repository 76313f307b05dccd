import { useState } from 'react';
import { type MessageKey, t } from '../../../../utils/i18n';
import type { SpaceProps } from '../../space-api';
import { type Draft, OWN_ADDRESS } from '../gmail/gmail-data';
import { RcCompose } from './rc-compose';
import { RcFolders } from './rc-folders';
import { RcMail } from './rc-mail';
import { RcSettings } from './rc-settings';
import { type RcTask, RcTaskMenu } from './rc-taskmenu';
import type { RcAction } from './rc-toolbar';
import { type RcFolder, type RcMessage, rcMessages } from './roundcube-data';
import './roundcube.css';
import './roundcube-mail.css';
import './roundcube-forms.css';
import './roundcube-popups.css';
import './roundcube-layout.css';

/** Roundcube (Elastic skin), offline: « Envoyer » files the message in « Envoyés », nothing leaves the page. */
export default function RoundcubeSpace({ lang, record }: SpaceProps) {
  const [messages, setMessages] = useState<RcMessage[]>(rcMessages);
  const [task, setTask] = useState<RcTask>('mail');
  const [folder, setFolder] = useState<RcFolder>('inbox');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [compose, setCompose] = useState(0);
  const [note, setNote] = useState<MessageKey | null>(null);

  const selected = messages.find((m) => m.id === selectedId && m.box === folder);
  const subjectOf = (m: RcMessage) => ('key' in m.subject ? t(lang, m.subject.key) : m.subject.text);
  const goTask = (next: RcTask) => {
    setTask(next);
    setNote(null);
    if (next === 'compose') setCompose(Date.now());
  };
  const file = (draft: Draft, box: RcFolder) =>
    setMessages((list) => [
      ...list,
      {
        id: `${box}-${Date.now()}`,
        folder: 'sent',
        box,
        from: { name: OWN_ADDRESS, email: OWN_ADDRESS },
        ...draft,
        subject: { text: draft.subject },
        body: { text: draft.body },
        date: new Date().toISOString(),
        unread: false,
      },
    ]);
  const act = (action: RcAction) => {
    if (!selected) return;
    if (action === 'junk' || action === 'delete') {
      setMessages((list) =>
        list.map((m) => (m.id === selected.id ? { ...m, box: action === 'junk' ? 'junk' : 'trash' } : m)),
      );
      setSelectedId(null);
      if (action === 'junk') record({ type: 'reported', item: subjectOf(selected), as: 'junk' });
      setNote(action === 'junk' ? 'practice.roundcube.ui.junk-toast' : 'practice.roundcube.ui.moved-trash');
    } else goTask('compose');
  };

  return (
    <section className="rc-space" lang={lang} aria-label={t(lang, 'practice.roundcube.label')}>
      <div className={`rc-layout rc-task-${task}`}>
        <RcTaskMenu lang={lang} task={task} onTask={goTask} />
        {task === 'mail' && (
          <>
            <RcFolders
              lang={lang}
              folder={folder}
              unread={messages.filter((m) => m.box === 'inbox' && m.unread).length}
              onFolder={(box) => {
                setFolder(box);
                setSelectedId(null);
              }}
            />
            <RcMail
              lang={lang}
              title={t(lang, `practice.roundcube.ui.${folder}` as MessageKey)}
              messages={messages.filter((m) => m.box === folder).sort((a, b) => b.date.localeCompare(a.date))}
              selected={selected}
              onSelect={(id) => {
                setSelectedId(id);
                setMessages((list) => list.map((m) => (m.id === id ? { ...m, unread: false } : m)));
              }}
              onAction={act}
            />
          </>
        )}
        {task === 'compose' && (
          <RcCompose
            key={compose}
            lang={lang}
            onSend={(draft) => {
              file(draft, 'sent');
              const { to, cc, bcc, subject, attachments } = draft;
              record({ type: 'mail-sent', to, cc, bcc, subject, attachments });
              setTask('mail');
              setFolder('sent');
              setNote('practice.roundcube.ui.message-sent');
            }}
            onSaveDraft={(draft) => {
              file(draft, 'drafts');
              setNote('practice.roundcube.ui.messagesaved');
            }}
          />
        )}
        {task === 'settings' && (
          <RcSettings
            lang={lang}
            onSaveVacation={({ subject, status }) => {
              record({ type: 'vacation-saved', subject: subject.trim(), status: status === 'on' });
              setNote('practice.roundcube.ui.vacation-saved');
            }}
          />
        )}
      </div>
      <div id="messagestack" role="status">
        {note && <p className="rc-note">{t(lang, note)}</p>}
      </div>
    </section>
  );
}
