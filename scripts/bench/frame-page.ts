import { JARGON } from './pages';

/**
 * A Drive-like grid that changes on every animation frame, for 10 s and more: ~57,000 DOM nodes,
 * `FRAME_PAGE.changedPerFrame` text nodes rewritten each frame, a jargon word in one name of five
 * (well over the glossary's 500 marks, so its cap is always reached and marks keep moving).
 * Its cells skip rendering off screen (content-visibility), as big lists do: the page alone then
 * leaves the main thread most of each frame, so what Déclic adds shows instead of being lost in
 * a saturated thread.
 */
export const FRAME_PAGE = { items: 11_400, changedPerFrame: 60, windowMs: 10_000 };

const DRIVE_JARGON = ['lien de partage', 'dossier partagé', 'corbeille', 'téléverser', ...JARGON];

const itemName = (i: number, round: number) =>
  i % 5 === 0 ? `${DRIVE_JARGON[(i + round) % DRIVE_JARGON.length]} ${i}.${round}` : `Compte rendu ${i}.${round}.odt`;

export function framePage(): string {
  const items = Array.from(
    { length: FRAME_PAGE.items },
    (_, i) => `<div class="c"><span class="n">${itemName(i, 0)}</span><span class="m">${(i % 97) + 1} Ko</span></div>`,
  ).join('');
  // Each item is 5 nodes (div, 2 spans, 2 texts): 11,400 items ≈ 57,000 nodes.
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mon Drive - Google Drive</title>
<style>.c{width:150px;height:36px;overflow:hidden;margin:2px;font:12px sans-serif;contain:strict;content-visibility:auto;contain-intrinsic-size:150px 36px}#grid{display:grid;grid-template-columns:repeat(auto-fill,154px)}.n{display:block;white-space:nowrap}</style>
</head><body><div role="main" id="grid">${items}</div>
<script>
const J = ${JSON.stringify(DRIVE_JARGON)};
const P = ${JSON.stringify(FRAME_PAGE)};
window.__frame = { frames: 0, startedAt: null };
addEventListener('load', () => {
  const names = document.querySelectorAll('#grid .n');
  let next = 0;
  const frame = () => {
    const round = ++window.__frame.frames;
    for (let k = 0; k < P.changedPerFrame; k++) {
      const i = next;
      next = (next + 1) % names.length;
      const text = i % 5 === 0 ? J[(i + round) % J.length] + ' ' + i + '.' + round : 'Compte rendu ' + i + '.' + round + '.odt';
      // Half in place (characterData), half as a re-render (a new text node).
      if (k % 2) names[i].textContent = text;
      else names[i].firstChild.data = text;
    }
    requestAnimationFrame(frame);
  };
  window.__frame.startedAt = performance.now();
  requestAnimationFrame(frame);
});
</script></body></html>`;
}
