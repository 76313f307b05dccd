import { defineContentScript } from 'wxt/utils/define-content-script';
import base from '../../design/surface-base.css?inline';
import { sendMessage } from '../../utils/messaging/protocol';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { ensureStyle } from '../../utils/page-ui/host';
import { stepFeedbackKey } from '../../utils/progress/feedback';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { onView } from '../../utils/surfaces/on-view';
import { createCallout, type GuideCallout } from './callout';
import css from './guide.css?inline';
import type { GuideView } from './view';

const quiet = () => undefined;

/**
 * A guide's current step on the real page: a ring around the element and a callout beside it.
 * Loaded by the background when the volunteer starts a guide; each step is a view it hands over.
 * Nothing blocks the page (no dimming, no focus trap): the volunteer does the step themself.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const ui = getCoachUi();
    if (!ui || !markLoaded('guide')) return;
    ensureStyle(ui.shadow, 'surface-base', base);
    ensureStyle(ui.shadow, 'guide', css);
    let callout: GuideCallout | undefined;
    let last: GuideView | null = null;
    // The volunteer moved on by doing the step on the page: the next step leaves the focus there.
    let byAction = false;

    const end = () => {
      callout?.remove();
      callout = undefined;
      ui.guide = undefined;
      markUnloaded('guide');
    };
    const show = (view: GuideView) => {
      const same = last?.key === view.key && last.step === view.step;
      last = view;
      if (same && callout) return;
      callout?.remove();
      const takeFocus = !byAction;
      byAction = false;
      callout = createCallout(
        ui,
        view,
        {
          step: (step, acted) => {
            byAction = !!acted;
            void sendMessage('guideStep', { key: view.key, step, ...(acted && { acted }) }).catch(quiet);
          },
          feedback: (verdict) =>
            void sendMessage('giveFeedback', { key: stepFeedbackKey(view.key, view.step), verdict }).catch(quiet),
          end: (finished) => {
            void sendMessage('endGuide', { key: view.key, finished }).catch(quiet);
            // The guide's script stops with it; the next guide loads it again.
            ctx.notifyInvalidated();
            // Back in the panel, where the volunteer started; it says when a guide was learned.
            ui.panel?.toggle(true);
            if (finished) ui.panel?.announce(view.labels.learned);
          },
        },
        takeFocus,
      );
      // The keyboard shortcut, during a guide, goes straight to the step (see detector.content).
      ui.guide = { focus: () => callout?.focus() };
    };

    // A surface that no longer applies stops altogether (`loaded` means running and listening).
    ctx.onInvalidated(onView<GuideView>('guide', (view) => (view ? show(view) : ctx.notifyInvalidated())));
    ctx.onInvalidated(end);
  },
});
