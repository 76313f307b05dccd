import { useEffect, useState } from 'react';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { installedPacks } from '../../utils/packs/builtin-packs';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { PRACTICE_SPACES, type PracticeSpace } from '../../utils/practice/spaces';
import { PracticeList } from './practice-list';
import { SpacePage } from './space-page';
import './practice.css';

/** `practice.html` lists the spaces; `?space=<tool>` opens one, `&guide=<key>` starts that guide in it. */
export function PracticeApp() {
  const { lang, tr } = useLang();
  const { loaded } = useSettings();
  const [packs, setPacks] = useState<InstalledPack[] | undefined>(undefined);
  const query = new URLSearchParams(location.search);
  const asked = query.get('space');
  const space: PracticeSpace | undefined = PRACTICE_SPACES.find((entry) => entry.tool === asked);
  useDocumentLang(lang, tr('practice.title'));
  useEffect(() => void installedPacks().then(setPacks), []);

  const ready = loaded && packs !== undefined;
  if (space) {
    return ready ? <SpacePage lang={lang} space={space} packs={packs} startGuide={query.get('guide')} /> : null;
  }
  return (
    <main lang={lang} aria-busy={!ready} className="practice-list">
      <PracticeList lang={lang} packs={packs ?? []} unknown={asked !== null} />
    </main>
  );
}
