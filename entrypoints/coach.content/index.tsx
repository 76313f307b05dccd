import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getCoachUi } from '../../utils/coach-ui';
import { sendMessage } from '../../utils/messaging';
import { CoachPanel } from './coach-panel';
import css from './style.css?inline';

/**
 * The tips panel (React). Not in the manifest: the background injects it only when the user
 * opens the launcher that the detector drew, so React never loads on pages nobody asks about.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const ui = getCoachUi();
    if (!ui || ui.panel) return;
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    ui.shadow.append(style, container);
    const root = createRoot(container);
    root.render(
      <CoachPanel
        ui={ui}
        initiallyOpen={ui.openWhenLoaded}
        onOpenSettings={() => void sendMessage('openOptions').catch(() => undefined)}
      />,
    );
    ctx.onInvalidated(() => {
      root.unmount();
      container.remove();
      style.remove();
      ui.panel = undefined;
    });
  },
});
