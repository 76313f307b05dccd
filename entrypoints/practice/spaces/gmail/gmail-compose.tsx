import { useEffect, useId, useRef, useState } from 'react';
import { type Lang, t } from '../../../../utils/i18n';
import { FilePicker } from './file-picker';
import { GmailAttachments } from './gmail-attachments';
import { type Draft, splitAddresses } from './gmail-data';
import { GmailIcon } from './gmail-icons';

interface Props {
  lang: Lang;
  onSend(draft: Draft): void;
  onClose(): void;
}

/** Gmail's « Nouveau message » window, bottom right: À with « Cc » and « Cci » links, Objet, body, send bar. */
export function GmailCompose({ lang, onSend, onClose }: Props) {
  const tr = (key: Parameters<typeof t>[1], vars?: Record<string, string>) => t(lang, key, vars);
  const [fields, setFields] = useState({ to: '', cc: '', bcc: '', subject: '', body: '' });
  const [shown, setShown] = useState({ cc: false, bcc: false });
  const [attachments, setAttachments] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState(false);
  const titleId = useId();
  const toRef = useRef<HTMLInputElement>(null);
  const ccRef = useRef<HTMLInputElement>(null);
  const bccRef = useRef<HTMLInputElement>(null);
  const attachRef = useRef<HTMLButtonElement>(null);
  useEffect(() => toRef.current?.focus(), []);
  useEffect(() => (shown.cc ? ccRef.current?.focus() : undefined), [shown.cc]);
  useEffect(() => (shown.bcc ? bccRef.current?.focus() : undefined), [shown.bcc]);

  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((old) => ({ ...old, [name]: event.target.value }));
  const send = () => {
    const draft = {
      to: splitAddresses(fields.to),
      cc: splitAddresses(fields.cc),
      bcc: splitAddresses(fields.bcc),
      subject: fields.subject.trim(),
      body: fields.body,
      attachments,
    };
    if (!draft.to.length && !draft.cc.length && !draft.bcc.length) return setError(true);
    onSend(draft);
  };
  const row = (name: 'to' | 'cc' | 'bcc', label: string, ref: React.RefObject<HTMLInputElement | null>) => (
    <div className="gm-compose-row">
      <label htmlFor={`${titleId}-${name}`}>{label}</label>
      <input id={`${titleId}-${name}`} ref={ref} type="text" value={fields[name]} onChange={set(name)} />
      {name === 'to' && !shown.cc && (
        <button
          type="button"
          className="gm-link"
          title={tr('practice.gmail.ui.cc-title')}
          onClick={() => setShown((s) => ({ ...s, cc: true }))}
        >
          {tr('practice.gmail.ui.cc')}
        </button>
      )}
      {name === 'to' && !shown.bcc && (
        <button
          type="button"
          className="gm-link"
          title={tr('practice.gmail.ui.bcc-title')}
          onClick={() => setShown((s) => ({ ...s, bcc: true }))}
        >
          {tr('practice.gmail.ui.bcc')}
        </button>
      )}
    </div>
  );

  return (
    <div
      className="gm-compose"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.ctrlKey) send();
        else if (event.key === 'Escape' && !picking) onClose();
      }}
    >
      <div className="gm-compose-head">
        <h2 id={titleId}>{tr('practice.gmail.ui.new-message')}</h2>
        <button type="button" className="gm-icon-button" aria-label={tr('practice.gmail.ui.close')} onClick={onClose}>
          <GmailIcon name="close" />
        </button>
      </div>
      {row('to', tr('practice.gmail.ui.to'), toRef)}
      {shown.cc && row('cc', tr('practice.gmail.ui.cc'), ccRef)}
      {shown.bcc && row('bcc', tr('practice.gmail.ui.bcc'), bccRef)}
      <input
        className="gm-compose-subject"
        name="subjectbox"
        aria-label={tr('practice.gmail.ui.subject')}
        placeholder={tr('practice.gmail.ui.subject')}
        value={fields.subject}
        onChange={set('subject')}
      />
      <textarea
        className="gm-compose-body"
        aria-label={tr('practice.gmail.ui.body')}
        value={fields.body}
        onChange={set('body')}
      />
      <GmailAttachments
        lang={lang}
        names={attachments}
        onRemove={(name) => setAttachments((list) => list.filter((n) => n !== name))}
      />
      <p className="gm-compose-error" role="alert">
        {error ? tr('practice.gmail.ui.need-recipient') : ''}
      </p>
      <div className="gm-compose-bar">
        <button type="button" className="gm-send" onClick={send}>
          {tr('practice.gmail.ui.send')}
        </button>
        <button
          ref={attachRef}
          type="button"
          className="gm-icon-button"
          aria-label={tr('practice.gmail.ui.attach')}
          title={tr('practice.gmail.ui.attach')}
          onClick={() => setPicking(true)}
        >
          <GmailIcon name="attach" />
        </button>
      </div>
      {picking && (
        <FilePicker
          lang={lang}
          prefix="gm"
          onOpen={(name) => {
            setAttachments((list) => (list.includes(name) ? list : [...list, name]));
            setPicking(false);
            attachRef.current?.focus();
          }}
          onCancel={() => {
            setPicking(false);
            attachRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
