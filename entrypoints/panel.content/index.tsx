import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import base from '../../design/surface-base.css?inline';
import { onMessage } from '../../utils/messaging/protocol';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { focusCoach } from '../../utils/page-ui/focus-coach';
import { ensureStyle } from '../../utils/page-ui/host';
import { createStore } from '../../utils/store';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { fromBackground, onView } from '../../utils/surfaces/on-view';
import { CoachPanel } from './coach-panel';
import css from './panel.css?inline';
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
    const ui = getCoachUi();
    if (!ui || !markLoaded('panel')) return;
    ensureStyle(ui.shadow, 'surface-base', base);
    ensureStyle(ui.shadow, 'panel', css);
    const store = createStore<PanelView | null>(null);
    const container = document.createElement('div');
    ui.shadow.append(container);
    const root = createRoot(container);
    root.render(<CoachPanel ui={ui} store={store} initiallyOpen={ui.openWhenLoaded} />);
    ctx.onInvalidated(onView<PanelView>('panel', (view) => store.set(view)));
    // The keyboard shortcut (see utils/page-ui/focus-coach.ts); true: this page has an answer.
    ctx.onInvalidated(
      onMessage('focusCoach', ({ sender }) => {
        if (!fromBackground(sender)) return false;
        focusCoach(ui);
        return true;
      }),
    );
    ctx.onInvalidated(() => {
      root.unmount();
      container.remove();
      ui.panel = undefined;
      markUnloaded('panel');
    });
  },
});
