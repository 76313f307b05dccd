// @vitest-environment happy-dom
/**
 * Property tests with fast-check: whatever a pack holds, validation answers (never throws), the
 * markup parser only ever yields https:/mailto: links, and rendering only creates our own elements.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkupText } from '../../components/markup-text';
import { TipCard } from '../../components/tip-card';
import { type Inline, parseMarkup, safeUrl } from '../../utils/packs/markup';
import { type PackLoadResult, parsePackBytes, parsePackText, validatePack } from '../../utils/packs/pack-loader';
import { samplePack } from './helpers/sample-pack';

afterEach(() => cleanup());

const numRuns = 200;

const answers = (result: PackLoadResult) =>
  typeof result.ok === 'boolean' &&
  (result.ok
    ? typeof result.pack === 'object'
    : Array.isArray(result.errors) &&
      result.errors.length > 0 &&
      result.errors.every((error) => typeof error === 'string' && error.length > 0 && !/\n\s+at /.test(error)));

// Fragments that tend to confuse a markup parser or a link check.
const fragments = [
  '**',
  '[',
  ']',
  '(',
  ')',
  '[a](',
  '](',
  '- ',
  '• ',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '\u0000',
  '\u200b',
  '\u202e',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  'JaVaScRiPt:',
  'alert(1)',
  'data:text/html,',
  'https://',
  'https:',
  'http://',
  '//',
  'mailto:',
  'a@b.fr',
  '@',
  'evil.example',
  'asso.example/aide',
  '&#106;',
  '%0a',
  'x',
];
const fragmentString = fc.string({ unit: fc.constantFrom(...fragments), maxLength: 40 });
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
  fragmentString,
);

const isSafeHref = (href: string | null) => href !== null && /^(?:https:\/\/|mailto:)/.test(href);

function linksOf(source: string): Extract<Inline, { type: 'link' }>[] {
  const out: Extract<Inline, { type: 'link' }>[] = [];
  const walk = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') out.push(node);
      else if (node.type === 'bold') walk(node.children);
    }
  };
  for (const block of parseMarkup(source).blocks)
    for (const line of block.type === 'list' ? block.items : block.lines) walk(line);
  return out;
}

const MARKUP_TAGS = new Set(['P', 'BR', 'UL', 'LI', 'STRONG', 'A', 'SPAN']);

/** Checks a rendered tree: only allowed elements, no event-handler attribute, safe hrefs. */
function expectOnlyOwnElements(root: Element, allowed: ReadonlySet<string>) {
  for (const element of root.querySelectorAll('*')) {
    expect(allowed.has(element.tagName), `<${element.tagName.toLowerCase()}>`).toBe(true);
    for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
    if (element.tagName === 'A')
      expect(isSafeHref(element.getAttribute('href')), element.getAttribute('href') ?? '').toBe(true);
  }
}

describe('validation never throws', () => {
  it('validatePack(anything) answers ok: true or false', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (data) => {
        expect(answers(validatePack(data, 'en'))).toBe(true);
        expect(answers(validatePack(data, 'fr'))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('validatePack answers for a valid pack with one value replaced by anything', () => {
    const paths: PropertyKey[][] = [
      [],
      ['tips'],
      ['tips', 0],
      ['tips', 0, 'title'],
      ['tips', 0, 'title', 'en'],
      ['tips', 0, 'body', 'fr'],
      ['tips', 0, 'links'],
      ['tips', 0, 'links', 0, 'url'],
      ['tips', 0, 'contexts'],
      ['tips', 0, 'competence'],
      ['tips', 0, 'anchor'],
      ['author'],
      ['homepage'],
      ['glossary'],
      ['guides'],
      ['__proto__'],
      ['tips', 0, '__proto__'],
      ['constructor'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: true, maxDepth: 3 }), (path, value) => {
        if (path.length === 0) {
          expect(answers(validatePack(value, 'en'))).toBe(true);
          return;
        }
        const pack = structuredClone(samplePack()) as unknown as Record<PropertyKey, unknown>;
        let node = pack;
        for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
        Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
        expect(answers(validatePack(pack, 'en'))).toBe(true);
        expect(answers(parsePackText(JSON.stringify(pack), 'fr'))).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns },
    );
  });

  it('parsePackText(any string) answers ok: true or false', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          expect(answers(parsePackText(text, 'en'))).toBe(true);
        },
      ),
      { numRuns },
    );
  });

  it('parsePackBytes(any bytes) answers ok: true or false', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expect(answers(parsePackBytes(bytes, 'en'))).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('markup links', () => {
  it('parseMarkup never throws and only yields https:// or mailto: links', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const parsed = parseMarkup(source);
        expect(Array.isArray(parsed.blocks)).toBe(true);
        for (const link of linksOf(source)) {
          expect(isSafeHref(link.url), link.url).toBe(true);
          if (link.url.startsWith('https://')) {
            const url = new URL(link.url);
            expect(url.protocol).toBe('https:');
            expect(url.username + url.password).toBe('');
            expect(link.host).toBe(url.host);
          }
        }
      }),
      { numRuns },
    );
  });

  it('parseMarkup only yields safe links for link-shaped text built from hostile fragments', () => {
    const target = fc.string({ unit: fc.constantFrom(...fragments.filter((f) => !/[\s)]/.test(f))), maxLength: 8 });
    fc.assert(
      fc.property(fragmentString, target, fragmentString, (before, href, after) => {
        const source = `${before}[label](${href})${after}`;
        for (const link of linksOf(source)) expect(isSafeHref(link.url), link.url).toBe(true);
        // A target refused by safeUrl is reported, so validation rejects the body.
        const parsed = parseMarkup(source);
        for (const bad of parsed.badLinks) expect(safeUrl(bad)).toBeNull();
      }),
      { numRuns },
    );
  });

  it('safeUrl only ever returns https:// with a host and no credentials, or mailto:', () => {
    const scheme = fc.string({
      unit: fc.constantFrom(
        'java',
        'script',
        'https',
        'http',
        'mailto',
        'data',
        ':',
        '//',
        '/',
        '\\',
        '@',
        '\t',
        '\u0000',
        '\u200b',
        ' ',
        'a',
        'evil.example',
        '.fr',
        '%20',
        '&#106;',
        '?',
        '#',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(scheme, anyText, fc.webUrl()), (raw) => {
        const safe = safeUrl(raw);
        if (!safe) return;
        expect(isSafeHref(safe.url), safe.url).toBe(true);
        if (safe.url.startsWith('https://')) {
          const url = new URL(safe.url);
          expect(url.hostname).not.toBe('');
          expect(url.username + url.password).toBe('');
        } else {
          expect(safe.url).toMatch(/^mailto:[^\s@]+@[^\s@]+$/i);
        }
      }),
      { numRuns },
    );
  });
});

describe('rendering', () => {
  it('MarkupText only creates p, br, ul, li, strong, a and span, with safe hrefs', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const { container, unmount } = render(createElement(MarkupText, { source }));
        try {
          expectOnlyOwnElements(container, MARKUP_TAGS);
          expect(container.querySelectorAll('a')).toHaveLength(linksOf(source).length);
        } finally {
          unmount();
        }
      }),
      { numRuns },
    );
  });

  it('MarkupText stays inert for text built from hostile fragments', () => {
    fc.assert(
      fc.property(fragmentString, (source) => {
        const { container, unmount } = render(createElement(MarkupText, { source }));
        try {
          expectOnlyOwnElements(container, MARKUP_TAGS);
          expect(container.querySelector('script, img, svg, iframe, style')).toBeNull();
        } finally {
          unmount();
        }
      }),
      { numRuns },
    );
  });

  it('a TipCard from any accepted title and body only creates its own elements', () => {
    const cardTags = new Set([...MARKUP_TAGS, 'H3', 'DIV', 'BUTTON']);
    let rendered = 0;
    fc.assert(
      fc.property(fc.oneof(anyText, fragmentString), fc.oneof(anyText, fragmentString), (title, body) => {
        const pack = samplePack();
        pack.tips[0]!.title = { fr: title, en: title };
        pack.tips[0]!.body = { fr: body, en: body };
        const result = validatePack(pack, 'en');
        if (!result.ok) return;
        const tip = result.pack.tips[0]!;
        rendered++;
        const { container, unmount } = render(
          createElement(TipCard, { tip, lang: 'en', status: undefined, onStatus: () => {} }),
        );
        try {
          expectOnlyOwnElements(container, cardTags);
          expect(container.querySelector('h3')?.textContent).toBe(tip.title.en);
        } finally {
          unmount();
        }
      }),
      { numRuns },
    );
    // Most arbitrary strings are valid titles: make sure the property really rendered cards.
    expect(rendered).toBeGreaterThan(numRuns / 10);
  });
});
