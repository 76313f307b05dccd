import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { Icon } from './jm-icons';

/**
 * The browser's question before a visio, drawn in the page: answering it opens nothing real, and
 * the space says so. The guide's step « cliquez sur Autoriser » is done here.
 */
export function Permission({ lang, onAnswer }: { lang: Lang; onAnswer(allowed: boolean): void }) {
  const tr = (key: MessageKey) => t(lang, key);
  return (
    <section className="jm-permission" aria-labelledby="jm-permission-title">
      <p id="jm-permission-title" className="jm-permission-title">
        {tr('practice.jitsi-meet.permission.title')}
      </p>
      <ul>
        <li>
          <Icon name="mic" />
          {tr('practice.jitsi-meet.permission.mic')}
        </li>
        <li>
          <Icon name="camera" />
          {tr('practice.jitsi-meet.permission.camera')}
        </li>
      </ul>
      <div className="jm-permission-actions">
        <button type="button" className="jm-browser-button" onClick={() => onAnswer(true)}>
          {tr('practice.jitsi-meet.permission.allow')}
        </button>
        <button type="button" className="jm-browser-button" onClick={() => onAnswer(false)}>
          {tr('practice.jitsi-meet.permission.block')}
        </button>
      </div>
      <p className="jm-permission-note">{tr('practice.jitsi-meet.permission.pretend')}</p>
    </section>
  );
}
