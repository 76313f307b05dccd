import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import wordsCss from '../../components/explained-words.css?inline';
import base from '../../design/surface-base.css?inline';
import { onMessage, sendMessage } from '../../utils/messaging/protocol';
import { type CoachUi, getCoachUi } from '../../utils/page-ui/coach-ui';
import { focusCoach } from '../../utils/page-ui/focus-coach';
import { ensureStyle } from '../../utils/page-ui/host';
import { createStore } from '../../utils/store';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { fromBackground, onView } from '../../utils/surfaces/on-view';
import { CoachPanel } from './coach-panel';
import css from './panel.css?inline';
import searchCss from './panel-search.css?inline';
import type { PanelView } from './view';

/**
 * The tips panel (React). Not in the manifest: the background loads it only when the volunteer
 * opens the launcher that the detector drew, so React never loads on pages nobody asks about.
 * It draws the view the background hands it; a null view (the tool is gone) closes it.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    if (!getCoachUi() || !markLoaded('panel')) return;
    const store = createStore<PanelView | null>(null);
    // The launcher can be drawn anew (the coach was turned off then on, the page changed tool):
    // the panel follows the launcher that is on the page now, in its shadow root.
    let mounted: { ui: CoachUi; unmount(): void } | undefined;
    const follow = () => {
      const ui = getCoachUi();
      if (!ui || mounted?.ui === ui) return mounted?.ui;
      mounted?.unmount();
      ensureStyle(ui.shadow, 'surface-base', base);
      ensureStyle(ui.shadow, 'panel', css);
      ensureStyle(ui.shadow, 'panel-search', searchCss);
      ensureStyle(ui.shadow, 'explained-words', wordsCss);
      const container = document.createElement('div');
      ui.shadow.append(container);
      const root = createRoot(container);
      root.render(<CoachPanel ui={ui} store={store} initiallyOpen={ui.openWhenLoaded} />);
      mounted = {
        ui,
        unmount: () => {
          root.unmount();
          container.remove();
          ui.panel = undefined;
        },
      };
      return ui;
    };
    follow();
    // Its first view: asked for, in case the background's push came while this script started.
    void sendMessage('panelView')
      .then((view) => {
        if (view && !store.get()) store.set(view as PanelView);
      })
      .catch(() => undefined);
    ctx.onInvalidated(
      onView<PanelView>('panel', (view) => {
        follow();
        store.set(view);
      }),
    );
    // The keyboard shortcut (see utils/page-ui/focus-coach.ts); true: this page has an answer.
    ctx.onInvalidated(
      onMessage('focusCoach', ({ sender }) => {
        const ui = fromBackground(sender) ? follow() : undefined;
        if (ui) focusCoach(ui);
        return !!ui;
      }),
    );
    ctx.onInvalidated(() => {
      mounted?.unmount();
      markUnloaded('panel');
    });
  },
});
