// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAME } from '../../utils/glossary/highlighter';
import { buildMatcher } from '../../utils/glossary/term-matcher';

// happy-dom has no CSS Custom Highlight API: the smallest stand-ins with the same shape
// (a Highlight is a set of ranges; the registry a map by name).
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.Highlight ??= class extends Set<unknown> {
    priority = 0;
  };
  g.StaticRange ??= class {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
    constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  };
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: new Map() }, configurable: true });
});

const matcher = buildMatcher([
  { id: 'cci', forms: ['Cci'] },
  { id: 'piece-jointe', forms: ['pièce jointe'] },
]);

/** The marked words, read back from the registry the way a page script would. */
const marked = () =>
  [...((CSS.highlights.get(HIGHLIGHT_NAME) as unknown as Set<StaticRange>) ?? [])].map((r) =>
    (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
  );

/**
 * happy-dom lays nothing out (every box is 0 × 0): each element gets the box a line of text has,
 * unless its `data-box` says otherwise ("1x1" clipped for screen readers, "offscreen" left of the page).
 */
const boxes = {
  line: [0, 0, 300, 20],
  '1x1': [0, 0, 1, 1],
  offscreen: [-9999, 0, 300, 20],
  above: [0, -16000, 300, 20],
} as const;
function layOut() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, w, h] = boxes[(this.closest('[data-box]')?.getAttribute('data-box') ?? 'line') as keyof typeof boxes];
    return new DOMRect(x, y, w, h);
  });
}

describe('glossary highlighter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    layOut();
  });

  it('marks only what the page shows: not clipped for screen readers, not parked off the page', async () => {
    document.body.innerHTML = `<p>Un Cci.</p><span data-box="1x1">Cci pour lecteur d'écran</span>
      <div data-box="offscreen"><a>Cci au survol</a></div><a data-box="above">Cci, raccourci</a>`;
    await createHighlighter(matcher).queue(document.body);
    expect(marked()).toEqual(['Cci']);
  });

  it('skips navigation lists that are not marked as such: lists of links only, breadcrumbs', async () => {
    document.body.innerHTML = `<ul><li><a aria-current="page">Cci</a> |</li><li><a>Pièce jointe</a></li></ul>
      <ol class="fil-breadcrumb"><li>Cci</li></ol><ul><li><a>Une pièce jointe</a></li></ul>
      <div class="has-breadcrumb"><p>Une Cci</p></div>
      <ul><li>Le <a>Cci</a> cache les adresses.</li><li><a>Aide</a></li></ul>`;
    await createHighlighter(matcher).queue(document.body);
    expect(marked()).toEqual(['pièce jointe', 'Cci', 'Cci']);
  });

  it('reads a word the page hid when it was read once the page shows it (a tab opened later)', async () => {
    document.body.innerHTML = '<div id="tab" data-box="offscreen"><p>Mettez-les en Cci.</p></div>';
    const highlighter = createHighlighter(matcher);
    await highlighter.queue(document.body);
    expect(marked()).toEqual([]);
    document.getElementById('tab')?.removeAttribute('data-box');
    highlighter.recheckHidden();
    expect(marked()).toEqual(['Cci']);
  });

  it("skips a list's header and footer rows: they name its columns", async () => {
    document.body.innerHTML = `<table><thead><tr><th>Pièce jointe</th></tr></thead>
      <tbody><tr><td>Une pièce jointe</td></tr></tbody><tfoot><tr><th>Pièce jointe</th></tr></tfoot></table>
      <div role="columnheader">Cci</div>`;
    await createHighlighter(matcher).queue(document.body);
    expect(marked()).toEqual(['pièce jointe']);
  });

  it('marks the words of the page and reads nothing typed or hidden', async () => {
    document.body.innerHTML = `<p>Mettez-les en Cci avec la pièce jointe.</p>
      <textarea>Cci</textarea><div contenteditable="true"><p>Cci</p></div><p hidden>Cci</p><code>Cci</code>`;
    const stats = await createHighlighter(matcher).queue(document.body);
    expect(marked()).toEqual(['Cci', 'pièce jointe']);
    expect(stats.slices).toBeGreaterThanOrEqual(1);
  });

  it('reads a long page in several short slices, yielding between them', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `<div><span>Ligne ${i}</span> <span>en Cci</span></div>`);
    document.body.innerHTML = rows.join('');
    const highlighter = createHighlighter(matcher, 1e9);
    const pass = highlighter.queue(document.body);
    // The first slice runs at once but cannot read 1,500 rows: the rest waits for its turn.
    expect(marked().length).toBeLessThan(1500);
    const stats = await pass;
    expect(marked()).toHaveLength(1500);
    expect(stats.slices).toBeGreaterThan(1);
    expect(stats.busyMs).toBeGreaterThanOrEqual(stats.longestSliceMs);
  });

  it('stops at the cap of marks', async () => {
    document.body.innerHTML = Array.from({ length: 50 }, () => '<p>Cci</p>').join('');
    await createHighlighter(matcher, 10).queue(document.body);
    expect(marked()).toHaveLength(10);
  });

  it('re-reads only the text that changed, and forgets removed text', async () => {
    document.body.innerHTML = '<p id="a">Cci</p><p id="b">rien</p>';
    const highlighter = createHighlighter(matcher);
    await highlighter.queue(document.body);
    const b = document.getElementById('b')?.firstChild as Text;
    b.data = 'une pièce jointe';
    await highlighter.queue(b);
    expect(marked()).toEqual(['Cci', 'pièce jointe']);
    const a = document.getElementById('a') as HTMLElement;
    highlighter.forget(a);
    a.remove();
    expect(marked()).toEqual(['pièce jointe']);
    expect(highlighter.terms()).toEqual(['piece-jointe']);
  });

  it('a changed text node inside an editable area stays unmarked', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="d">rien</p></div>';
    const highlighter = createHighlighter(matcher);
    const text = document.getElementById('d')?.firstChild as Text;
    text.data = 'Cci';
    await highlighter.queue(text);
    expect(marked()).toEqual([]);
  });

  it('drops a known word and never marks it again', async () => {
    document.body.innerHTML = '<p>Cci et pièce jointe</p>';
    const highlighter = createHighlighter(matcher);
    await highlighter.queue(document.body);
    highlighter.drop('cci');
    expect(marked()).toEqual(['pièce jointe']);
    await highlighter.queue(document.body);
    expect(marked()).toEqual(['pièce jointe']);
  });

  it('clear() removes the marks and the work still queued', async () => {
    document.body.innerHTML = Array.from({ length: 3000 }, () => '<p>Cci</p>').join('');
    const highlighter = createHighlighter(matcher, 1e9);
    const pass = highlighter.queue(document.body);
    highlighter.clear();
    await pass;
    expect(CSS.highlights.get(HIGHLIGHT_NAME)).toBeUndefined();
  });
});
