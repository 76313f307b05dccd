import { defineContentScript } from 'wxt/utils/define-content-script';
import { createTermCard } from '../../utils/glossary/term-card';
import { sendMessage } from '../../utils/messaging';
import { knownTermsItem } from '../../utils/storage-items';

/**
 * Injected by the background for one "Explain with Déclic" click: shows the explanation of the
 * selected words beside them, or says plainly that they are not in the glossary yet.
 */
export default defineContentScript({
  registration: 'runtime',
  async main() {
    const explanation = await sendMessage('getExplanation').catch(() => null);
    if (!explanation) return;
    const { entry, labels, lang, text } = explanation;
    const at = selectionPoint();
    if (entry) {
      const know = () =>
        void knownTermsItem
          .getValue()
          .then((known) => knownTermsItem.setValue({ ...known, [entry.key]: { at: Date.now() } }));
      createTermCard({ lang, labels }, know).show(entry, at, true);
    } else {
      // Same card, no "I know this word": there is no word to remember.
      createTermCard({ lang, labels: { ...labels, example: '' } }, null).show(
        { key: '', forms: [], term: text, definition: labels.notFound, example: labels.notFoundHint },
        at,
        true,
      );
    }
  },
});

/** Just under the selection, or near the top left when it cannot be measured. */
function selectionPoint(): { x: number; y: number } {
  const selection = window.getSelection();
  const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
  return rect && (rect.width || rect.height) ? { x: rect.left, y: rect.bottom - 12 } : { x: 16, y: 16 };
}
