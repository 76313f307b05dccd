import type { Lang } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { Anchor } from '../../utils/packs/pack-schema';

import type { CoachContext } from '../background/surfaces/coach-context';

/** Tips attached to an element of the page, minus those understood or hidden. */
export interface BeaconsView {
  lang: Lang;
  labels: { gotIt: string; hide: string; close: string };
  tips: { key: string; title: string; body: string; anchor: Anchor; beaconLabel: string }[];
}

/** Anchored tips of the tab, minus those the volunteer understood or hid. */
export function beaconsView(ctx: CoachContext): BeaconsView {
  const { lang } = ctx;
  return {
    lang,
    labels: { gotIt: t(lang, 'coach.tip.got-it'), hide: t(lang, 'coach.tip.hide'), close: t(lang, 'glossary.close') },
    tips: ctx.tips.flatMap(({ key, tip }) =>
      tip.anchor && !ctx.tipStates[key]
        ? [
            {
              key,
              title: tip.title[lang],
              body: tip.body[lang],
              anchor: tip.anchor,
              beaconLabel: t(lang, 'beacon.label', { title: tip.title[lang] }),
            },
          ]
        : [],
    ),
  };
}
