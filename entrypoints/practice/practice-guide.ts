import base from '../../design/surface-base.css?inline';
import type { Lang } from '../../utils/i18n';
import type { Guide } from '../../utils/packs/pack-schema';
import type { CoachUi } from '../../utils/page-ui/coach-ui';
import { createHost, ensureStyle } from '../../utils/page-ui/host';
import type { Verdict } from '../../utils/storage/local-items';
import { createCallout, type GuideCallout } from '../guide.content/callout';
import css from '../guide.content/guide.css?inline';
import { stepView } from '../guide.content/view';

export interface PracticeGuideRun {
  stop(): void;
}

interface Hooks {
  /** The guide ended: finished (its last step done) or stopped by the volunteer. */
  ended(finished: boolean): void;
  feedback(step: number, verdict: Verdict | null): void;
}

let host: CoachUi | undefined;

/**
 * The coach's element for this page: the same shadow host as on a coached page. Content scripts
 * cannot run on Déclic's own pages, so the practice page draws the guide itself, with the guide
 * script's own callout, ring and step rules (a click on the step's element moves on).
 */
function practiceUi(): CoachUi {
  if (host) return host;
  const made = createHost();
  ensureStyle(made.shadow, 'surface-base', base);
  ensureStyle(made.shadow, 'guide', css);
  const launcher = document.createElement('button');
  host = { ...made, launcher, side: 'right', layout: () => undefined, openWhenLoaded: false };
  return host;
}

/**
 * Runs a guide on the practice page, step by step, exactly as the guide script does on the real
 * tool: same anchors, same callout. Its step lives in the page (nothing to carry across pages).
 * `space` is the imitation's element.
 */
export function runPracticeGuide(
  lang: Lang,
  entry: { key: string; guide: Guide },
  hooks: Hooks,
  space: Element,
): PracticeGuideRun {
  const ui = practiceUi();
  // The steps are looked for in the imitation only: Déclic's own column names the same buttons.
  ui.anchorRoot = space;
  let callout: GuideCallout | undefined;
  const verdicts = new Map<number, Verdict>();
  const show = (step: number, byAction: boolean) => {
    callout?.remove();
    const view = stepView(lang, entry, step, [], verdicts.get(step));
    callout = createCallout(
      ui,
      view,
      {
        step: (next, acted) => show(next, !!acted),
        feedback: (verdict) => {
          if (verdict) verdicts.set(step, verdict);
          else verdicts.delete(step);
          hooks.feedback(step, verdict);
        },
        end: (finished) => {
          stop();
          hooks.ended(finished);
        },
      },
      !byAction,
    );
    ui.guide = { focus: () => callout?.focus() };
  };
  const stop = () => {
    callout?.remove();
    callout = undefined;
    ui.guide = undefined;
  };
  show(0, false);
  return { stop };
}
