import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { COACH_LOADED } from '../../utils/coach-flag';
import { type CoachState, hiddenState, onMessage, sendMessage } from '../../utils/messaging';
import { serial } from '../../utils/serial';
import { createStore } from '../../utils/store';
import { CoachApp } from './coach-app';
import css from './style.css?inline';

/**
 * The coach UI. Not in the manifest: the background injects it into a tab only once the
 * detector has recognised a tool there, so React never loads on other pages.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const flags = globalThis as Record<symbol, unknown>;
    flags[COACH_LOADED] = true;
    ctx.onInvalidated(() => {
      delete flags[COACH_LOADED];
    });

    const store = createStore<CoachState>(hiddenState);
    let ui: ShadowRootContentScriptUi<Root> | undefined;
    const queue = serial();
    const apply = (state: CoachState) =>
      queue(async () => {
        // A newer copy of the coach replaced this one: stay quiet.
        if (ctx.isInvalid) return;
        store.set(state);
        if (state.show && !ui?.mounted) {
          ui ??= await createShadowRootUi(ctx, {
            name: 'declic-coach',
            position: 'inline',
            anchor: 'html',
            mode: 'open',
            css,
            // Keys typed in our panel must not trigger the page's own shortcuts.
            isolateEvents: ['keydown', 'keyup', 'keypress'],
            onMount(container) {
              const root = createRoot(container);
              root.render(<CoachApp store={store} onOpenSettings={() => void sendMessage('openOptions')} />);
              return root;
            },
            onRemove(root) {
              root?.unmount();
            },
          });
          if (ctx.isInvalid) return;
          ui.mount();
        } else if (!state.show && ui?.mounted) {
          ui.remove();
        }
      });

    const stopListening = onMessage('pushCoachState', ({ data, sender }) => {
      // Only the background may steer the coach; other content scripts carry a tab.
      if (sender.id === browser.runtime.id && !sender.tab) void apply(data);
    });
    ctx.onInvalidated(stopListening);
    await apply(await sendMessage('getCoachState'));
  },
});
