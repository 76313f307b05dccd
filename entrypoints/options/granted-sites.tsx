import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../../utils/i18n';
import { grantedSelfHostedOrigins } from '../../utils/self-hosted-origins';

/** Self-hosted sites the user allowed, each removable (the browser drops the permission). */
export function GrantedSites({ lang }: { lang: Lang }) {
  const [origins, setOrigins] = useState<string[]>([]);
  const reload = useCallback(() => void grantedSelfHostedOrigins().then(setOrigins), []);

  useEffect(() => {
    reload();
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, [reload]);

  return (
    <section aria-labelledby="granted-sites">
      <h2 id="granted-sites">{t(lang, 'options.granted-sites')}</h2>
      <p className="muted">{t(lang, 'options.granted-sites.intro')}</p>
      {origins.length ? (
        <ul className="plain-list">
          {origins.map((origin) => {
            const site = origin.replace(/\/\*$/, '');
            return (
              <li key={origin} className="row card">
                <span>{site}</span>
                <button
                  type="button"
                  onClick={() => void browser.permissions.remove({ origins: [origin] }).then(reload)}
                >
                  {t(lang, 'options.granted-sites.remove', { site })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t(lang, 'options.granted-sites.none')}</p>
      )}
    </section>
  );
}
