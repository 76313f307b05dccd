import { NcIcon } from './nc-icons';
import type { NcWords } from './nc-words';

/** Nextcloud's header: the logo, the apps (« Fichiers » open), the account. */
export function NcHeader({ w }: { w: NcWords }) {
  const apps = ['dashboard', 'files', 'photos', 'activity', 'calendar'] as const;
  return (
    <header className="nc-header">
      <span className="nc-logo" role="img" aria-label="Nextcloud">
        <svg viewBox="0 0 256 128" width="62" height="31" aria-hidden="true">
          <path
            fill="#fff"
            d="M128 8a56 56 0 0 0-54 41 44 44 0 1 0 0 30 56 56 0 0 0 108 0 44 44 0 1 0 0-30A56 56 0 0 0 128 8zm0 33a23 23 0 1 1 0 46 23 23 0 0 1 0-46zm-90 10a13 13 0 1 1 0 26 13 13 0 0 1 0-26zm180 0a13 13 0 1 1 0 26 13 13 0 0 1 0-26z"
          />
        </svg>
      </span>
      <ul className="nc-apps" aria-label={w('apps')}>
        {apps.map((app) => (
          <li key={app} className={app === 'files' ? 'nc-app-current' : undefined}>
            <NcIcon name={app === 'files' ? 'folder' : 'file'} />
            <span>{w(`app.${app}`)}</span>
          </li>
        ))}
      </ul>
      <span className="nc-account" role="img" aria-label={w('account')}>
        C
      </span>
    </header>
  );
}
