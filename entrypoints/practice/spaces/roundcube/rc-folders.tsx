import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { RC_FOLDERS, type RcFolder } from './roundcube-data';

interface Props {
  lang: Lang;
  folder: RcFolder;
  unread: number;
  onFolder(folder: RcFolder): void;
}

/** The folder list (#layout-sidebar, #mailboxlist): one link per folder, the inbox with its unread count. */
export function RcFolders({ lang, folder, unread, onFolder }: Props) {
  return (
    <nav id="layout-sidebar" className="rc-sidebar" aria-labelledby="rc-folders-title">
      <div className="header">
        <h2 id="rc-folders-title" className="header-title">
          {t(lang, 'practice.roundcube.ui.folders')}
        </h2>
      </div>
      <ul id="mailboxlist" className="treelist listing folderlist">
        {RC_FOLDERS.map((box) => (
          <li key={box} className={box === folder ? `mailbox ${box} selected` : `mailbox ${box}`}>
            <a
              href={`#${box}`}
              aria-current={box === folder ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onFolder(box);
              }}
            >
              {t(lang, `practice.roundcube.ui.${box}` as MessageKey)}
              {box === 'inbox' && unread > 0 && <span className="unreadcount">{unread}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
