import { useEffect, useState } from 'react';
import type { GuideInfo } from '../../utils/checkup/next-step-links';
import type { Lang } from '../../utils/i18n';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { itemKey } from '../../utils/packs/item-key';
import { toolById } from '../../utils/tools/registry';

/** The guides of the packs turned on, by `packId/guideId`, named in the page's language (undefined while read). */
export function useGuides(lang: Lang): ReadonlyMap<string, GuideInfo> | undefined {
  const [guides, setGuides] = useState<ReadonlyMap<string, GuideInfo> | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void installedPacks().then((packs) => {
      const found = new Map<string, GuideInfo>();
      for (const { pack } of packs.filter((installed) => installed.enabled)) {
        for (const guide of pack.guides ?? []) {
          const title = guide.title[lang] || guide.title.fr || guide.title.en || guide.id;
          const toolName = toolById(guide.tool)?.names[lang] ?? guide.tool;
          found.set(itemKey(pack.id, guide.id), { title, tool: guide.tool, toolName });
        }
      }
      if (alive) setGuides(found);
    });
    return () => {
      alive = false;
    };
  }, [lang]);
  return guides;
}
