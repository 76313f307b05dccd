import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { FilePicker } from '../gmail/file-picker';
import { type Draft, splitAddresses } from '../gmail/gmail-data';
import { RcAttachments } from './rc-attachments';
import { RcButton } from './rc-button';
import { RcComposeHeaders, type RcFields } from './rc-compose-headers';
import { type RcHeader, RcHeadersMenu } from './rc-headers-menu';

interface Props {
  lang: Lang;
  onSend(draft: Draft): void;
  onSaveDraft(draft: Draft): void;
}

const EMPTY: RcFields = { to: '', cc: '', bcc: '', replyto: '', followupto: '', subject: '', body: '' };

/** Roundcube's compose screen: #messagetoolbar (Enregistrer, Joindre), the headers, the body, « Envoyer ». */
export function RcCompose({ lang, onSend, onSaveDraft }: Props) {
  const tr = (key: MessageKey, vars?: Record<string, string>) => t(lang, key, vars);
  const [fields, setFields] = useState(EMPTY);
  const [shown, setShown] = useState<RcHeader[]>([]);
  const [menu, setMenu] = useState(false);
  const [attachments, setAttachments] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState(false);
  const addRef = useRef<HTMLAnchorElement>(null);
  const attachRef = useRef<HTMLDivElement>(null);
  const focused = useRef<RcHeader | 'to'>('to');
  useEffect(() => document.getElementById(`_${focused.current}`)?.focus(), [shown]);

  const draft = (): Draft => ({
    to: splitAddresses(fields.to),
    cc: splitAddresses(fields.cc),
    bcc: splitAddresses(fields.bcc),
    subject: fields.subject.trim(),
    body: fields.body,
    attachments,
  });
  const send = () => {
    const made = draft();
    if (!made.to.length && !made.cc.length && !made.bcc.length) return setError(true);
    onSend(made);
  };
  const backToAttach = () => attachRef.current?.querySelector<HTMLElement>('a.attach')?.focus();

  return (
    <div id="layout-content" className="rc-content rc-compose">
      <div className="header" ref={attachRef}>
        <h2 className="header-title">{tr('practice.roundcube.ui.compose')}</h2>
        <div
          id="messagetoolbar"
          className="toolbar menu"
          role="toolbar"
          aria-label={tr('practice.roundcube.ui.toolbar')}
        >
          <RcButton
            className="save draft"
            label={tr('practice.roundcube.ui.save')}
            title={tr('practice.roundcube.ui.savemessage')}
            onClick={() => onSaveDraft(draft())}
          />
          <span className="spacer" />
          <RcButton
            className="attach"
            label={tr('practice.roundcube.ui.attach')}
            title={tr('practice.roundcube.ui.attach-title')}
            onClick={() => setPicking(true)}
          />
        </div>
      </div>
      <form id="compose-content" className="formcontainer content" onSubmit={(event) => event.preventDefault()}>
        <RcComposeHeaders
          lang={lang}
          fields={fields}
          shown={shown}
          menuOpen={menu}
          addRef={addRef}
          onField={(name, value) => setFields((old) => ({ ...old, [name]: value }))}
          onAddHeader={() => setMenu(!menu)}
          onRemove={(header) => {
            focused.current = 'to';
            setShown((list) => list.filter((h) => h !== header));
            setFields((old) => ({ ...old, [header]: '' }));
          }}
        />
        {menu && (
          <RcHeadersMenu
            lang={lang}
            shown={shown}
            onChoose={(header) => {
              focused.current = header;
              setShown((list) => [...list, header]);
              setMenu(false);
            }}
            onClose={() => {
              setMenu(false);
              addRef.current?.focus();
            }}
          />
        )}
        <div id="composebodycontainer">
          <label htmlFor="composebody" className="voice">
            {tr('practice.roundcube.ui.body')}
          </label>
          <textarea
            id="composebody"
            className="form-control"
            rows={10}
            value={fields.body}
            onChange={(event) => setFields((old) => ({ ...old, body: event.target.value }))}
          />
        </div>
      </form>
      <p className="rc-error" role="alert">
        {error ? tr('practice.roundcube.ui.norecipient') : ''}
      </p>
      <div className="formbuttons">
        <button type="button" className="btn btn-primary send" onClick={send}>
          {tr('practice.roundcube.ui.send')}
        </button>
      </div>
      <RcAttachments
        lang={lang}
        names={attachments}
        onRemove={(name) => setAttachments((list) => list.filter((n) => n !== name))}
      />
      {picking && (
        <FilePicker
          lang={lang}
          prefix="rc"
          onOpen={(name) => {
            setAttachments((list) => (list.includes(name) ? list : [...list, name]));
            setPicking(false);
            backToAttach();
          }}
          onCancel={() => {
            setPicking(false);
            backToAttach();
          }}
        />
      )}
    </div>
  );
}
