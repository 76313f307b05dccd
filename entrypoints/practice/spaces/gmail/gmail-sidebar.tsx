import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { GmailIcon, type GmailIconName } from './gmail-icons';

export type GmailFolder = 'inbox' | 'starred' | 'snoozed' | 'sent' | 'drafts';

const FOLDERS: [GmailFolder, MessageKey, GmailIconName][] = [
  ['inbox', 'practice.gmail.ui.inbox', 'inbox'],
  ['starred', 'practice.gmail.ui.starred', 'star'],
  ['snoozed', 'practice.gmail.ui.snoozed', 'clock'],
  ['sent', 'practice.gmail.ui.sent', 'send'],
  ['drafts', 'practice.gmail.ui.drafts', 'draft'],
];

interface Props {
  lang: Lang;
  folder: GmailFolder;
  unread: number;
  onCompose(): void;
  onFolder(folder: GmailFolder): void;
}

/** The left column: « Nouveau message », then the folders (the inbox with its unread count). */
export function GmailSidebar({ lang, folder, unread, onCompose, onFolder }: Props) {
  return (
    <nav className="gm-sidebar" aria-label={t(lang, 'practice.gmail.ui.folders')}>
      <button type="button" className="gm-compose-button" onClick={onCompose}>
        <GmailIcon name="pencil" />
        {t(lang, 'practice.gmail.ui.compose')}
      </button>
      <ul className="gm-folders">
        {FOLDERS.map(([id, key, icon]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className={id === folder ? 'gm-folder gm-current' : 'gm-folder'}
              aria-current={id === folder ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onFolder(id);
              }}
            >
              <GmailIcon name={icon} />
              <span className="gm-folder-name">{t(lang, key)}</span>
              {id === 'inbox' && unread > 0 && <span className="gm-count">{unread}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
