import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

/** What the pretend computer has open: the document to show, another window, the whole screen. */
export const SHARES = ['share.document', 'share.budget', 'share.screen'] as const;
export type Share = (typeof SHARES)[number];

interface Props {
  lang: Lang;
  onShare(choice: Share): void;
  onCancel(): void;
}

/** The browser's « what to share » question, drawn in the page: nothing of the screen is captured. */
export function SharePicker({ lang, onShare, onCancel }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<Share | null>(null);
  // Not modal: a modal dialog makes the rest of the page inert, and the guide's callout must stay
  // usable while the dialog is open. The focus goes back where it was when it closes.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.show();
    return () => opener?.focus();
  }, []);
  const option = (share: Share) => (
    <label key={share} className={`jm-share-option${choice === share ? ' jm-chosen' : ''}`}>
      <input type="radio" name="jm-share" checked={choice === share} onChange={() => setChoice(share)} />
      <span className={`jm-thumb jm-thumb-${share.slice(6)}`} aria-hidden="true" />
      {tr(`practice.jitsi-meet.${share}`)}
    </label>
  );
  return (
    <dialog
      ref={dialog}
      className="jm-picker"
      aria-labelledby="jm-picker-title"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3 id="jm-picker-title">{tr('practice.jitsi-meet.picker.title')}</h3>
      <div className="jm-picker-groups">
        <fieldset>
          <legend>{tr('practice.jitsi-meet.picker.window')}</legend>
          {option('share.document')}
          {option('share.budget')}
        </fieldset>
        <fieldset>
          <legend>{tr('practice.jitsi-meet.picker.screen')}</legend>
          {option('share.screen')}
        </fieldset>
      </div>
      <p className="jm-picker-note">{tr('practice.jitsi-meet.picker.pretend')}</p>
      <div className="jm-picker-actions">
        <button
          type="button"
          className="jm-browser-button jm-browser-primary"
          disabled={!choice}
          onClick={() => choice && onShare(choice)}
        >
          {tr('practice.jitsi-meet.picker.share')}
        </button>
        <button type="button" className="jm-browser-button" onClick={onCancel}>
          {tr('practice.jitsi-meet.picker.cancel')}
        </button>
      </div>
    </dialog>
  );
}
