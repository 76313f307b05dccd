import { useEffect, useState } from 'react';
import { PracticeOffer } from '../../components/practice-offer';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { installedPacks } from '../../utils/packs/builtin-packs';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { builtinPrefsItem, packOrderItem, storedPacksItem } from '../../utils/storage/pack-items';
import { CheckupSection } from './checkup-section';
import { DiagnosticSection } from './diagnostic-section';
import { DisabledSites } from './disabled-sites';
import { GlossaryBrowser } from './glossary-browser';
import { GrantedSites } from './granted-sites';
import { LearnedList } from './learned-list';
import { PackImport } from './pack-import';
import { PackList } from './pack-list';
import { PolicySection } from './policy-section';
import { SettingsForm } from './settings-form';

/** The options page: the volunteer's settings, sites, installed packs, and the glossary of their words. */
export function OptionsApp() {
  const { lang, tr } = useLang();
  const { loaded, policy } = useSettings();
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
    // Busy until the settings and packs are read: screen readers wait, and so can tests.
    <main lang={lang} aria-busy={!loaded || packs === undefined}>
      <h1>{tr('options.title')}</h1>
      <p>{tr('options.intro')}</p>
      <PolicySection lang={lang} />
      {loaded ? <SettingsForm lang={lang} /> : null}
      <DisabledSites lang={lang} />
      <DiagnosticSection lang={lang} />
      <PracticeOffer lang={lang} />
      <LearnedList packs={packs} lang={lang} />
      <CheckupSection lang={lang} />
      <GrantedSites lang={lang} />
      <PackList packs={packs} lang={lang} policy={policy} />
      {policy.allowUserPacks === false ? (
        <p className="card">{tr('packs.locked-import')}</p>
      ) : (
        <PackImport lang={lang} installed={packs ?? []} policy={policy} />
      )}
      <GlossaryBrowser packs={packs} lang={lang} />
    </main>
  );
}
