import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../../utils/i18n';

/**
 * "Coach me on this site": asks the browser for this one origin only. The grant is
 * what makes Déclic come back on the next visit (see background/self-hosted-sites.ts).
 */
export function SiteAccess({ site, lang }: { site: string; lang: Lang }) {
  const origins = [`${site}/*`];
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void browser.permissions.contains({ origins: [`${site}/*`] }).then(setGranted);
  }, [site]);

  if (granted === undefined) return null;
  if (granted) return <p>{t(lang, 'popup.granted')}</p>;
  return (
    <div>
      <p className="muted">{t(lang, 'popup.grant-hint')}</p>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void browser.permissions.request({ origins }).then((ok) => {
            setGranted(ok);
            setRefused(!ok);
          })
        }
      >
        {t(lang, 'popup.grant')}
      </button>
      {refused ? <p role="status">{t(lang, 'popup.grant-refused')}</p> : null}
    </div>
  );
}
