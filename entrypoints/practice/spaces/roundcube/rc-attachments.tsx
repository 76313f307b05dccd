import { type Lang, t } from '../../../../utils/i18n';

/** #attachment-list: the files joined to the message being written, each with its « Supprimer ». */
export function RcAttachments({
  lang,
  names,
  onRemove,
}: {
  lang: Lang;
  names: string[];
  onRemove(name: string): void;
}) {
  if (!names.length) return null;
  return (
    <ul id="attachment-list" className="attachmentslist" aria-label={t(lang, 'practice.roundcube.ui.attachments')}>
      {names.map((name) => (
        <li key={name}>
          <span>{name}</span>
          <button type="button" className="delete" onClick={() => onRemove(name)}>
            {t(lang, 'practice.roundcube.ui.remove-attachment', { name })}
          </button>
        </li>
      ))}
    </ul>
  );
}
