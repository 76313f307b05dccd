import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSettings } from '../../hooks/use-settings';
import { grantedSelfHostedOrigins } from '../../utils/coach/self-hosted-origins';
import { type Lang, t } from '../../utils/i18n';
import { toolById } from '../../utils/tools/registry';

/**
 * Self-hosted sites the user allowed, each removable (the browser drops the permission); and the
 * sites the association's policy lists but the browser has not allowed yet: a policy cannot
 * grant that permission, so one click here does (the browser asks once, for that site only).
 */
export function GrantedSites({ lang }: { lang: Lang }) {
  const [origins, setOrigins] = useState<string[]>([]);
  const { policy } = useSettings();
  const waiting = (policy.sites ?? []).filter((site) => !origins.includes(`${site.origin}/*`));
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
      {waiting.length ? (
        <ul className="plain-list">
          {waiting.map(({ origin, tool }) => (
            <li key={origin} className="row card">
              <span>
                {t(lang, 'options.granted-sites.asked', { site: origin, tool: toolById(tool)?.names[lang] ?? tool })}
              </span>
              <button
                type="button"
                className="primary"
                onClick={() => void browser.permissions.request({ origins: [`${origin}/*`] }).then(reload)}
              >
                {t(lang, 'options.granted-sites.allow', { site: origin })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
