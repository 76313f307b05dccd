import { t } from '../../../utils/i18n';
import type { BeaconsView } from '../../../utils/surfaces/surface-views';
import type { CoachContext } from './coach-context';

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
