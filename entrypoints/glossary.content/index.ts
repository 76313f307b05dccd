import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messaging/protocol';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { markLoaded, markUnloaded } from '../../utils/surfaces/loaded-surfaces';
import { onView } from '../../utils/surfaces/on-view';
import { createPageGlossary, type PageGlossary } from './page-glossary';
import type { GlossaryView } from './view';

/**
 * Marks the page's jargon. Loaded by the background once a tool is coached and the glossary is
 * on; it receives its words as a view, and a null view when it no longer applies. Only reads the
 * page: marks are CSS highlights.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!markLoaded('glossary')) return;
    let glossary: PageGlossary | undefined;
    let signature = '';

    const stop = () => {
      glossary?.stop();
      glossary = undefined;
      signature = '';
      const ui = getCoachUi();
      if (ui) ui.glossary = undefined;
    };
    const show = (view: GlossaryView) => {
      // Views come again after every change of progress: the same words need no new pass.
      const next = `${view.lang}|${view.entries.map((entry) => entry.key).join(',')}`;
      if (next === signature) return;
      stop();
      signature = next;
      glossary = createPageGlossary(
        ctx,
        view,
        (entry) => void sendMessage('knowTerm', { key: entry.key }).catch(() => undefined),
      );
    };

    ctx.onInvalidated(
      onView<GlossaryView>('glossary', (view) => {
        if (view?.entries.length) show(view);
        // No longer applies: the script stops altogether (`loaded` means running and listening).
        else ctx.notifyInvalidated();
      }),
    );
    ctx.onInvalidated(() => {
      stop();
      markUnloaded('glossary');
    });
  },
});
