import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTermCard } from '../../utils/glossary/term-card';
import { sendMessage } from '../../utils/messaging/protocol';
import { onView } from '../../utils/surfaces/on-view';
import type { ExplainView } from './view';

/**
 * Loaded by the background for one "Explain with Déclic" click, which then hands it the
 * explanation: shown beside the selected words, or a plain "not in the glossary yet".
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    ctx.onInvalidated(
      onView<ExplainView>('explain', (view) => {
        if (view) explain(view);
        // One script for one click: it stops listening (the card stays), the next click loads another.
        ctx.notifyInvalidated();
      }),
    );
  },
});

function explain({ entry, labels, lang, text }: ExplainView): void {
  const at = selectionPoint();
  if (entry) {
    const know = () => void sendMessage('knowTerm', { key: entry.key }).catch(() => undefined);
    createTermCard({ lang, labels }, know).show(entry, at, true);
  } else {
    // Same card, no "I know this word": there is no word to remember.
    createTermCard({ lang, labels: { ...labels, example: '' } }, null).show(
      { key: '', forms: [], term: text, definition: labels.notFound, example: labels.notFoundHint },
      at,
      true,
    );
  }
}

/** Just under the selection, or near the top left when it cannot be measured. */
function selectionPoint(): { x: number; y: number } {
  const selection = window.getSelection();
  const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
  return rect && (rect.width || rect.height) ? { x: rect.left, y: rect.bottom - 12 } : { x: 16, y: 16 };
}
