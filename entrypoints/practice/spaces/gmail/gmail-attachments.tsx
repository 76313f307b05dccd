import { type Lang, t } from '../../../../utils/i18n';
import { GmailIcon } from './gmail-icons';

/** The attached files' chips: in a message as received, or in a compose window with a cross to remove each. */
export function GmailAttachments({
  lang,
  names,
  onRemove,
}: {
  lang: Lang;
  names: string[];
  onRemove?(name: string): void;
}) {
  if (!names.length) return null;
  return (
    <ul className="gm-attachments" aria-label={t(lang, 'practice.gmail.ui.attachments')}>
      {names.map((name) => (
        <li key={name}>
          <GmailIcon name="attach" />
          <span>{name}</span>
          {onRemove && (
            <button
              type="button"
              className="gm-icon-button"
              aria-label={t(lang, 'practice.gmail.ui.remove-attachment', { name })}
              onClick={() => onRemove(name)}
            >
              <GmailIcon name="close" />
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
