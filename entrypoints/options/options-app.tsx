import { useEffect, useState } from 'react';
import { useDocumentLang } from '../../components/use-document-lang';
import { useLang, useSettings } from '../../components/use-lang';
import { usePolicy } from '../../components/use-policy';
import { type InstalledPack, installedPacks } from '../../utils/packs/builtin-packs';
import { builtinPrefsItem, packOrderItem, storedPacksItem } from '../../utils/packs/pack-store';
import { updateSettings } from '../../utils/storage-items';
import { GlossaryBrowser } from './glossary-browser';
import { GrantedSites } from './granted-sites';
import { LearnedList } from './learned-list';
import { PackImport } from './pack-import';
import { PackList } from './pack-list';
import { PolicySection } from './policy-section';
import { SettingsForm } from './settings-form';

/** The options page: the user's settings, sites, installed packs, and the glossary of their words. */
export function OptionsApp() {
  const { lang, tr } = useLang();
  const [settings, loaded] = useSettings();
  const { policy } = usePolicy();
  const [packs, setPacks] = useState<InstalledPack[] | undefined>(undefined);
  useDocumentLang(lang, tr('options.title'));

  useEffect(() => {
    const reload = () => void installedPacks().then(setPacks);
    reload();
    const unwatch = [storedPacksItem, builtinPrefsItem, packOrderItem].map((item) => item.watch(reload));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  return (
    <main lang={lang}>
      <h1>{tr('options.title')}</h1>
      <p>{tr('options.intro')}</p>
      <PolicySection lang={lang} />
      {loaded ? <SettingsForm lang={lang} /> : null}

      <section aria-labelledby="disabled-sites">
        <h2 id="disabled-sites">{tr('options.disabled-sites')}</h2>
        {settings.disabledSites.length ? (
          <ul className="plain-list">
            {settings.disabledSites.map((site) => (
              <li key={site} className="row card">
                <span>{site}</span>
                <button
                  type="button"
                  onClick={() =>
                    void updateSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  {tr('options.disabled-sites.enable', { site })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{tr('options.disabled-sites.none')}</p>
        )}
      </section>

      <LearnedList packs={packs} lang={lang} />
      <GrantedSites lang={lang} />
      <PackList packs={packs} lang={lang} userMayRemove={policy.allowUserPacks !== false} />
      {policy.allowUserPacks === false ? (
        <p className="card">{tr('packs.locked-import')}</p>
      ) : (
        <PackImport lang={lang} installed={packs ?? []} allowedSources={policy.allowedPackSources} />
      )}
      <GlossaryBrowser packs={packs} lang={lang} />
    </main>
  );
}
