import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

/** The form's pretend short link: it leads nowhere, the practice form is on this computer only. */
const LINK = 'https://forms.example.org/entrainement';

/** « Envoyer »: the link to give to members, to copy; here it goes to nobody. */
export function SendDialog({ lang, onClose }: { lang: Lang; onClose(): void }) {
  const tr = (key: MessageKey) => t(lang, key);
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  // Not modal: a modal dialog makes the rest of the page inert, and the guide's callout must stay
  // usable while the dialog is open. The focus goes back where it was when it closes.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.show();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="gf-dialog"
      aria-labelledby="gf-send-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h3 id="gf-send-title">{tr('practice.google-forms.send-title')}</h3>
      <label htmlFor="gf-link">{tr('practice.google-forms.link')}</label>
      <input id="gf-link" readOnly value={LINK} onFocus={(e) => e.target.select()} />
      <p className="gf-note">{tr('practice.google-forms.link-pretend')}</p>
      <p role="status">{copied ? tr('practice.google-forms.copied') : ''}</p>
      <div className="gf-dialog-actions">
        <button type="button" className="gf-text-button" onClick={onClose}>
          {tr('practice.google-forms.cancel')}
        </button>
        <button
          type="button"
          className="gf-send"
          onClick={() => {
            navigator.clipboard?.writeText(LINK).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {tr('practice.google-forms.copy')}
        </button>
      </div>
    </dialog>
  );
}
