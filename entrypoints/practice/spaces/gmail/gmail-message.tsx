import { useEffect, useRef } from 'react';
import { type Lang, localeOf, t } from '../../../../utils/i18n';
import { GmailAttachments } from './gmail-attachments';
import { GmailIcon } from './gmail-icons';
import { GmailMoreMenu, type MessageAction } from './gmail-more-menu';
import type { Readable } from './gmail-search';

interface Props {
  lang: Lang;
  item: Readable;
  onBack(): void;
  onAction(action: MessageAction): void;
}

/** An opened message: back arrow, subject, sender and date, « Répondre » and the « Plus » menu. */
export function GmailMessageView({ lang, item: { message, subject, body }, onBack, onAction }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const date = new Date(message.date).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  const to =
    message.folder === 'sent'
      ? t(lang, 'practice.gmail.ui.to-them', { to: [...message.to, ...message.cc].join(', ') })
      : t(lang, 'practice.gmail.ui.to-me');
  return (
    <article className="gm-message" aria-labelledby="gm-message-subject">
      <div className="gm-message-tools">
        <button
          type="button"
          className="gm-icon-button"
          aria-label={t(lang, 'practice.gmail.ui.back')}
          onClick={onBack}
        >
          <GmailIcon name="back" />
        </button>
      </div>
      <h2 id="gm-message-subject" ref={heading} tabIndex={-1}>
        {subject}
      </h2>
      <div className="gm-message-head">
        <span className="gm-avatar" aria-hidden="true">
          {message.from.name.slice(0, 1)}
        </span>
        <div className="gm-message-who">
          <p>
            <strong>{message.from.name}</strong> <span className="gm-muted">&lt;{message.from.email}&gt;</span>
          </p>
          <p className="gm-muted">{to}</p>
        </div>
        <div className="gm-message-actions">
          <span className="gm-muted gm-message-date">{date}</span>
          <button
            type="button"
            className="gm-icon-button"
            aria-label={t(lang, 'practice.gmail.ui.reply')}
            onClick={() => onAction('reply')}
          >
            <GmailIcon name="reply" />
          </button>
          <GmailMoreMenu lang={lang} onAction={onAction} />
        </div>
      </div>
      <p className="gm-message-body">{body}</p>
      {message.link && (
        // Leads nowhere: the guide's first step is never to click it.
        <p>
          <a
            className="gm-bad-link"
            href="https://banque-alerte.exemple.net/confirmer"
            onClick={(event) => event.preventDefault()}
          >
            {t(lang, message.link)}
          </a>
        </p>
      )}
      <GmailAttachments lang={lang} names={message.attachments} />
    </article>
  );
}
