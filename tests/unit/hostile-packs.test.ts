// @vitest-environment happy-dom
/**
 * Hostile tip packs, in the spirit of DOMPurify's test vectors. Packs are untrusted JSON shared by
 * mentors: every vector below is one test, and each must end in a plain-language refusal (or, for
 * text, in inert text on screen). Nothing here may throw, pollute a prototype or create markup.
 */
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TipCard } from '../../components/tip-card';
import type { Lang } from '../../utils/i18n';
import {
  MAX_PACK_BYTES,
  type PackLoadResult,
  parsePackBytes,
  parsePackText,
  validatePack,
} from '../../utils/packs/pack-loader';
import type { Tip } from '../../utils/packs/pack-schema';
import { samplePack } from './helpers/sample-pack';

afterEach(() => cleanup());

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Loose = Record<PropertyKey, unknown>;
type Path = readonly PropertyKey[];

/** A fresh, valid pack as plain data that tests may break in any way. */
const basePack = (): Loose => structuredClone(samplePack()) as unknown as Loose;

function parentOf(root: Loose, path: Path): Loose {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Loose;
  return node;
}

/** Sets a value as an OWN property (so `__proto__` is a real key, as JSON.parse makes it). */
function setAt(root: Loose, path: Path, value: unknown): Loose {
  Object.defineProperty(parentOf(root, path), path.at(-1)!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

function deleteAt(root: Loose, path: Path): Loose {
  Reflect.deleteProperty(parentOf(root, path), path.at(-1)!);
  return root;
}

const packWith = (path: Path, value: unknown) => setAt(basePack(), path, value);
const packWithout = (path: Path) => deleteAt(basePack(), path);

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
};
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(out);
}

const validJson = () => JSON.stringify(samplePack(), null, 2);

/** Runs a validation: a throw fails the test with a clear message instead of escaping. */
function safely(run: () => PackLoadResult): PackLoadResult {
  let result: PackLoadResult | undefined;
  let thrown: unknown;
  try {
    result = run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'validation must never throw').toBeUndefined();
  expect(result).toBeDefined();
  expect(typeof result?.ok).toBe('boolean');
  return result as PackLoadResult;
}

/** A message a volunteer can read: a short non-empty string, no stack frame, no file path. */
function expectPlain(message: unknown) {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(400);
  expect(text).not.toMatch(/^\s*at\s/m);
  expect(text).not.toMatch(/\bat\s+\S+\s+\(/);
  expect(text).not.toMatch(/\.(?:[cm]?[jt]sx?|json):\d+/);
  expect(text).not.toMatch(/(?:^|\s)\w*Error:/);
  expect(text).not.toMatch(/node_modules|\/work\/|\\src\\/);
  expect(text).not.toMatch(/\bpack\.(?:error|path)\.|\berror\.[a-z-]+\b/);
}

interface Rejection {
  /** The path the error must start with, e.g. "Tip 1 › link 1 › url" (English). */
  where?: string;
  /** What the error (the one at `where`, if given) must say. */
  says?: RegExp;
  kind?: 'bytes' | 'json' | 'schema';
}

function expectRejected(run: (lang: Lang) => PackLoadResult, { where, says, kind }: Rejection = {}) {
  const en = safely(() => run('en'));
  const fr = safely(() => run('fr'));
  expect(en.ok).toBe(false);
  expect(fr.ok).toBe(false);
  if (en.ok || fr.ok) return;
  for (const result of [en, fr]) {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(20);
    for (const error of result.errors) expectPlain(error);
  }
  expect(fr.errors).toHaveLength(en.errors.length);
  expect(fr.kind).toBe(en.kind);
  if (kind) expect(en.kind).toBe(kind);
  if (where || says) {
    const matching = en.errors.filter(
      (error) => (!where || error.startsWith(`${where}: `)) && (!says || says.test(error)),
    );
    expect(
      matching,
      `no error${where ? ` at "${where}"` : ''} saying ${says}; got ${JSON.stringify(en.errors)}`,
    ).not.toHaveLength(0);
  }
}

function expectAccepted(run: (lang: Lang) => PackLoadResult) {
  const result = safely(() => run('en'));
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(result.ok).toBe(true);
  return result.ok ? result.pack : undefined;
}

const viaObject = (data: unknown) => (lang: Lang) => validatePack(data, lang);
const viaText = (text: string) => (lang: Lang) => parsePackText(text, lang);
const viaBytes = (data: Uint8Array) => (lang: Lang) => parsePackBytes(data, lang);

// The card's own elements and attributes: anything else on screen came from the pack.
const ALLOWED_TAGS = new Set(['LI', 'H3', 'DIV', 'P', 'UL', 'STRONG', 'BR', 'A', 'SPAN', 'BUTTON']);
const ALLOWED_ATTRIBUTES = new Set(['class', 'id', 'aria-labelledby', 'href', 'target', 'rel', 'type']);
const FORBIDDEN =
  'script, img, svg, iframe, style, object, embed, form, input, math, template, base, meta, link, video';

function expectInertDom(root: Element) {
  expect(root.querySelector(FORBIDDEN)).toBeNull();
  for (const element of root.querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(element.tagName), `unexpected <${element.tagName.toLowerCase()}>`).toBe(true);
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `attribute ${attribute.name}`).toBe(false);
      expect(ALLOWED_ATTRIBUTES.has(attribute.name), `attribute ${attribute.name}`).toBe(true);
    }
    if (element.tagName === 'A') expect(element.getAttribute('href')).toMatch(/^(?:https:\/\/|mailto:)/);
  }
}

function renderTip(tip: Tip, status?: 'got-it') {
  return render(createElement(TipCard, { tip, lang: 'en', status, onStatus: () => {} })).container;
}

// ---------------------------------------------------------------------------------------------
// 1. Bytes and encoding
// ---------------------------------------------------------------------------------------------

describe('bytes and encoding', () => {
  const deepArrays = 100_000;
  const rejected: { name: string; data: () => Uint8Array; kind?: Rejection['kind']; says?: RegExp }[] = [
    { name: 'an empty file', data: () => new Uint8Array(), kind: 'bytes', says: /empty/ },
    { name: 'whitespace only', data: () => utf8(' \n\t\r\n  '), kind: 'json', says: /not valid JSON/ },
    { name: 'a lone UTF-8 byte-order mark', data: () => bytes(0xef, 0xbb, 0xbf), kind: 'json' },
    { name: 'a trailing comma in an object', data: () => utf8('{"schemaVersion": 1,}'), kind: 'json' },
    { name: 'a trailing comma in an array', data: () => utf8(validJson().replace(/\]\s*}\s*$/, '],}')), kind: 'json' },
    { name: 'single quotes', data: () => utf8(validJson().replaceAll('"', "'")), kind: 'json' },
    { name: 'a // comment', data: () => utf8(`// my pack\n${validJson()}`), kind: 'json' },
    { name: 'a /* */ comment', data: () => utf8(validJson().replace('{', '{ /* hi */')), kind: 'json' },
    {
      name: 'NaN as a value',
      data: () => utf8(validJson().replace('"schemaVersion": 1', '"schemaVersion": NaN')),
      kind: 'json',
    },
    { name: 'Infinity as a value', data: () => utf8('{"schemaVersion": Infinity}'), kind: 'json' },
    { name: 'unquoted keys', data: () => utf8(validJson().replace('"schemaVersion"', 'schemaVersion')), kind: 'json' },
    { name: 'undefined as a value', data: () => utf8('{"schemaVersion": undefined}'), kind: 'json' },
    { name: 'a hexadecimal number', data: () => utf8('{"schemaVersion": 0x1}'), kind: 'json' },
    { name: 'a truncated pack', data: () => utf8(validJson().slice(0, 200)), kind: 'json' },
    { name: 'two JSON documents', data: () => utf8(`${validJson()}${validJson()}`), kind: 'json' },
    { name: 'a JavaScript file', data: () => utf8(`export default ${validJson()};`), kind: 'json' },
    {
      name: 'invalid UTF-8 (C3 28)',
      data: () => concat(utf8('{"a":"'), bytes(0xc3, 0x28), utf8('"}')),
      kind: 'bytes',
      says: /not a text file/,
    },
    {
      name: 'overlong UTF-8 for "/" (C0 AF)',
      data: () => concat(utf8('{"a":"'), bytes(0xc0, 0xaf), utf8('"}')),
      kind: 'bytes',
    },
    { name: 'a lone continuation byte', data: () => concat(utf8('{"a":"'), bytes(0x80), utf8('"}')), kind: 'bytes' },
    {
      name: 'a UTF-8 encoded surrogate (ED A0 80)',
      data: () => concat(utf8('{"a":"'), bytes(0xed, 0xa0, 0x80), utf8('"}')),
      kind: 'bytes',
    },
    {
      name: 'Latin-1 "é" (E9) in a valid pack',
      data: () => concat(utf8(validJson().slice(0, -1)), bytes(0xe9), utf8('}')),
      kind: 'bytes',
    },
    {
      name: 'a PNG header',
      data: () => bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52),
      kind: 'bytes',
      says: /not a text file/,
    },
    {
      name: 'a ZIP header',
      data: () => concat(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0), utf8('pack.json')),
      kind: 'bytes',
    },
    {
      name: 'a NUL byte inside valid JSON',
      data: () => utf8(validJson().replace('"asso-test"', '"asso\u0000test"')),
      kind: 'bytes',
      says: /not a text file/,
    },
    { name: 'NUL bytes only', data: () => new Uint8Array(64), kind: 'bytes' },
    { name: 'UTF-16LE without a byte-order mark', data: () => utf16(validJson(), 'le', false), kind: 'bytes' },
    {
      name: 'UTF-16LE with an odd number of bytes',
      data: () => concat(utf16(validJson(), 'le'), bytes(0x20)),
      kind: 'bytes',
    },
    {
      name: 'UTF-16BE with an unpaired surrogate',
      data: () => concat(utf16('{"a":"', 'be'), bytes(0xd8, 0x00), utf16('"}', 'be', false)),
      kind: 'bytes',
    },
    {
      name: 'a UTF-32LE byte-order mark',
      data: () => concat(bytes(0xff, 0xfe, 0, 0), bytes(0x7b, 0, 0, 0, 0x7d, 0, 0, 0)),
    },
    {
      name: 'a valid pack padded to 1 MiB + 1 byte',
      data: () => utf8(validJson().padEnd(MAX_PACK_BYTES + 1, ' ')),
      kind: 'bytes',
      says: /too big.*1 MiB/,
    },
    { name: '2 MiB of "["', data: () => new Uint8Array(2 * MAX_PACK_BYTES).fill(0x5b), kind: 'bytes', says: /too big/ },
    { name: `${deepArrays.toLocaleString('en')} unclosed "["`, data: () => utf8('['.repeat(deepArrays)), kind: 'json' },
    {
      name: `${deepArrays.toLocaleString('en')} nested arrays`,
      data: () => utf8(`${'['.repeat(deepArrays)}${']'.repeat(deepArrays)}`),
    },
    {
      name: `${deepArrays.toLocaleString('en')} nested objects`,
      data: () => utf8(`${'{"a":'.repeat(deepArrays)}1${'}'.repeat(deepArrays)}`),
    },
    {
      name: 'deep nesting inside the tips array',
      data: () => utf8(validJson().replace(/"tips": \[/, `"tips": [${'['.repeat(50_000)}${']'.repeat(50_000)},`)),
      kind: 'schema',
    },
  ];

  it.each(rejected)('refuses $name in plain words', ({ data, kind, says }) => {
    const input = data();
    expectRejected(viaBytes(input), { kind, says });
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expectRejected(viaBytes(utf8(validJson().padEnd(MAX_PACK_BYTES + 1, ' '))), { kind: 'bytes' });
    expectRejected(viaText(validJson().padEnd(MAX_PACK_BYTES + 1, ' ')), { kind: 'bytes' });
    expect(parse).not.toHaveBeenCalled();
  });

  const accepted: { name: string; data: () => Uint8Array }[] = [
    { name: 'UTF-8 without a byte-order mark', data: () => utf8(validJson()) },
    { name: 'UTF-8 with a byte-order mark', data: () => concat(bytes(0xef, 0xbb, 0xbf), utf8(validJson())) },
    { name: 'UTF-16LE with a byte-order mark', data: () => utf16(validJson(), 'le') },
    { name: 'UTF-16BE with a byte-order mark', data: () => utf16(validJson(), 'be') },
    {
      name: 'UTF-16LE with accents and emoji',
      data: () => utf16(validJson().replace('Cacher les adresses', 'Écrire à l’équipe 📧'), 'le'),
    },
    {
      name: 'UTF-8 with accents, emoji and \\u escapes',
      data: () => utf8(validJson().replace('Cacher les adresses', 'Été 🌞 \\u00e9')),
    },
    { name: 'Windows line endings', data: () => utf8(validJson().replaceAll('\n', '\r\n')) },
    { name: 'a valid pack padded to exactly 1 MiB', data: () => utf8(validJson().padEnd(MAX_PACK_BYTES, ' ')) },
  ];

  it.each(accepted)('reads a valid pack saved as $name', ({ data }) => {
    const pack = expectAccepted(viaBytes(data()));
    expect(pack?.id).toBe('asso-test');
    expect(pack?.tips).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Top level that is not an object
// ---------------------------------------------------------------------------------------------

describe('top level that is not a pack object', () => {
  const cases: { name: string; json: string; where?: string }[] = [
    { name: 'an array', json: '[]' },
    { name: 'an array holding a valid pack', json: `[${validJson()}]` },
    { name: 'null', json: 'null' },
    { name: 'a number', json: '42' },
    { name: 'a negative float', json: '-1.5e300' },
    { name: 'a string', json: '"pack"' },
    { name: 'a string holding a valid pack', json: JSON.stringify(validJson()) },
    { name: 'true', json: 'true' },
    { name: 'false', json: 'false' },
    { name: 'an empty object', json: '{}', where: 'schemaVersion' },
  ];

  it.each(cases)('refuses $name, as text and as data', ({ json, where = 'The file' }) => {
    expectRejected(viaText(json), { kind: 'schema', where });
    expectRejected(viaObject(JSON.parse(json)), { kind: 'schema', where });
  });

  it.each([
    { name: 'undefined', data: undefined },
    { name: 'a function', data: () => samplePack() },
    { name: 'a symbol', data: Symbol('pack') },
    { name: 'a bigint', data: 10n },
    { name: 'a Map holding the pack', data: new Map(Object.entries(samplePack())), where: 'schemaVersion' },
  ] as { name: string; data: unknown; where?: string }[])(
    'refuses $name passed as data',
    ({ data, where = 'The file' }) => {
      expectRejected(viaObject(data), { kind: 'schema', where });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 3. Prototype pollution
// ---------------------------------------------------------------------------------------------

describe('prototype pollution', () => {
  let objectNames: string[];
  let arrayNames: string[];
  beforeAll(() => {
    objectNames = Object.getOwnPropertyNames(Object.prototype).sort();
    arrayNames = Object.getOwnPropertyNames(Array.prototype).sort();
  });

  const payload = { polluted: 'yes', toString: 'owned', isAdmin: true };
  const keys = ['__proto__', 'constructor', 'prototype'] as const;
  const places: { name: string; object: Path; where: string }[] = [
    { name: 'the top level', object: [], where: 'The file' },
    { name: 'a tip', object: ['tips', 0], where: 'Tip 1' },
    { name: 'the second tip', object: ['tips', 1], where: 'Tip 2' },
    { name: 'the pack name', object: ['name'], where: 'name' },
    { name: 'a tip title', object: ['tips', 0, 'title'], where: 'Tip 1 › title' },
    { name: 'the author', object: ['author'], where: 'author' },
    { name: 'a link', object: ['tips', 0, 'links', 0], where: 'Tip 1 › link 1' },
  ];
  const cases = places.flatMap((place) => keys.map((key) => ({ ...place, key })));

  const expectUntouched = () => {
    expect(({} as Loose).polluted).toBeUndefined();
    expect(({} as Loose).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectNames);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayNames);
    expect(String({})).toBe('[object Object]');
  };

  it.each(cases)('refuses "$key" in $name as an unknown key, and pollutes nothing', ({ object, key, where }) => {
    const value = key === 'constructor' ? { prototype: payload } : payload;
    const pack = setAt(basePack(), [...object, key], value);
    const text = JSON.stringify(pack);
    expect(text).toContain(`"${key}":`);
    const says = new RegExp(`Unrecognized key.*"${key}"`);
    expectRejected(viaText(text), { kind: 'schema', where, says });
    expectUntouched();
    expectRejected(viaObject(pack), { kind: 'schema', where, says });
    expectUntouched();
    expectRejected(viaBytes(utf8(text)), { kind: 'schema', where, says });
    expectUntouched();
  });

  it.each(keys)('refuses "%s" as a record key in anchor attributes (or drops it) without polluting', (key) => {
    const pack = packWith(['tips', 0, 'anchor'], [{ attributes: { 'aria-label': 'Send' } }]);
    setAt(pack, ['tips', 0, 'anchor', 0, 'attributes', key], { polluted: 'yes' });
    const result = safely(() => parsePackText(JSON.stringify(pack), 'en'));
    expectUntouched();
    if (result.ok) {
      // zod silently strips an own "__proto__" key from records; it must at least never reach the output.
      const attributes = result.pack.tips[0]?.anchor?.[0]?.attributes ?? {};
      expect(Object.keys(attributes)).toEqual(['aria-label']);
      expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
      expect((attributes as Loose).polluted).toBeUndefined();
      expect(key).toBe('__proto__');
    } else {
      for (const error of result.errors) expectPlain(error);
      expect(result.errors.join('\n')).toContain(`Tip 1 › way to find 1 › attributes › ${key}`);
    }
  });

  it('keeps the parsed output on plain prototypes', () => {
    const pack = expectAccepted(viaText(validJson()));
    expect(Object.getPrototypeOf(pack)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(pack?.tips[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(pack?.tips[0]?.title)).toBe(Object.prototype);
    expectUntouched();
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Text that must stay inert text on screen
// ---------------------------------------------------------------------------------------------

describe('hostile text is accepted and rendered as inert text', () => {
  const hostile: string[] = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<img src=x onerror=alert(1)//',
    '<svg onload=alert(1)>',
    '<svg/onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<scr<script>ipt>alert(1)</script>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">click me</a>',
    "{{constructor.constructor('alert(1)')()}}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
    '${alert(1)}',
    '#{alert(1)} <%= alert(1) %>',
    'background:url(javascript:alert(1))',
    'width: expression(alert(1))',
    '<style>body{display:none}</style>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#60;img src=x onerror=alert(1)&#62;',
    '&#x3C;svg onload=alert(1)&#x3E; &amp;lt;',
    '\u202Egnp.exe \u202Dnormal \u2066isolate\u2069',
    'Zero\u200Bwidth\u200Cjoin\u200Dhere\uFEFFtoo',
    '<!--<img src=x onerror=alert(1)>-->',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<object data="javascript:alert(1)"></object>',
    '<form action=javascript:alert(1)><button>Go</button></form>',
    '<details open ontoggle=alert(1)>',
    '<input autofocus onfocus=alert(1)>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:/">',
    '<template><script>alert(1)</script></template>',
    '<video><source onerror=alert(1)></video>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '</li></ul><script>alert(1)</script>',
    '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  ];

  it.each(hostile)('keeps %j as text in the title and body', (text) => {
    expect(text.length).toBeLessThanOrEqual(80);
    const pack = packWith(['tips', 0, 'title'], { fr: text, en: text });
    setAt(pack, ['tips', 0, 'body'], { fr: text, en: text });
    const accepted = expectAccepted(viaText(JSON.stringify(pack)));
    const tip = accepted!.tips[0]!;
    expect(tip.title.en).toBe(text);
    expect(tip.body.en).toBe(text);

    const card = renderTip(tip);
    expectInertDom(card);
    expect(card.querySelector('h3')?.textContent).toBe(text);
    expect(card.querySelector('.tip-body')?.textContent).toBe(text);
    expect(card.querySelector('.tip-body')?.children).toHaveLength(1);
    expect(card.querySelector('.tip-body a')).toBeNull();

    cleanup();
    const known = renderTip(tip, 'got-it');
    expectInertDom(known);
    expect(known.querySelector('.tip-known-title')?.textContent).toBe(text);
  });

  const withMarkup: { name: string; body: string; text: string; tags: string[] }[] = [
    {
      name: 'bold around a script',
      body: '**<script>alert(1)</script>**',
      text: '<script>alert(1)</script>',
      tags: ['STRONG'],
    },
    {
      name: 'a list of tags',
      body: '- <img src=x onerror=alert(1)>\n- <svg onload=alert(1)>',
      text: '<svg onload=alert(1)>',
      tags: ['UL', 'LI'],
    },
    {
      name: 'a hostile link label',
      body: '[<img src=x onerror=alert(1)>](https://asso.example/aide)',
      text: '<img src=x onerror=alert(1)>',
      tags: ['A'],
    },
    {
      name: 'a line break then a tag',
      body: 'Hello\n<iframe src=//evil.example>',
      text: '<iframe src=//evil.example>',
      tags: ['BR'],
    },
    {
      name: 'a paragraph break then a style',
      body: 'One\n\n<style>*{color:red}</style>',
      text: '<style>*{color:red}</style>',
      tags: ['P'],
    },
    { name: 'an unclosed bold', body: '**<b>not bold</b>', text: '**<b>not bold</b>', tags: [] },
    {
      name: 'a link made of HTML',
      body: '[x](https://asso.example/"><script>alert(1)</script>)',
      text: 'x',
      tags: ['A'],
    },
  ];

  it.each(withMarkup)('keeps text inert inside markup: $name', ({ body, text, tags }) => {
    const pack = packWith(['tips', 0, 'body'], { fr: body, en: body });
    const accepted = expectAccepted(viaObject(pack));
    const card = renderTip(accepted!.tips[0]!);
    expectInertDom(card);
    const bodyElement = card.querySelector('.tip-body')!;
    expect(bodyElement.textContent).toContain(text);
    for (const tag of tags) expect(bodyElement.querySelector(tag.toLowerCase()), tag).not.toBeNull();
  });

  it('keeps a hostile link label inert in the help links', () => {
    const label = '<img src=x onerror=alert(1)>';
    const pack = packWith(['tips', 0, 'links', 0, 'label'], { fr: label, en: label });
    const card = renderTip(expectAccepted(viaObject(pack))!.tips[0]!);
    expectInertDom(card);
    expect(card.querySelector('.tip-links a')?.textContent).toBe(label);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Links
// ---------------------------------------------------------------------------------------------

describe('links', () => {
  const badUrls: string[] = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    ' javascript:alert(1)',
    'javascript:alert(1) ',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    'java\u200Bscript:alert(1)',
    '\u200Bjavascript:alert(1)',
    '\uFEFFjavascript:alert(1)',
    'javascript\u00AD:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;vascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    'javascript://https://asso.example/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://asso.example/aide',
    'HTTP://asso.example/',
    '//evil.example/',
    '///evil.example/',
    'https:evil.example',
    'https:/evil.example',
    'https:\\\\evil.example',
    'https://user:pass@evil.example/',
    'https://user@evil.example/',
    'https://asso.example@evil.example/',
    'https://@evil.example/',
    'https://',
    'https:///path',
    'https://evil.example:99999/',
    'blob:https://asso.example/1b6c1b1e-0000-4000-8000-000000000000',
    'about:blank',
    'ftp://asso.example/pack.json',
    'wss://asso.example/',
    'chrome://settings',
    'moz-extension://abc/options.html',
    'intent://evil#Intent;end',
    '\u202Ehttps://evil.example',
    'mailto:',
    'mailto:javascript:alert(1)',
    'mailto:someone@asso',
    'mailto:someone@asso.fr?bcc=everyone@asso.fr',
    'tel:+33123456789',
    'asso.example/aide',
    '/relative/path',
    '',
  ];

  const places: { name: string; path: Path; where: string }[] = [
    { name: 'a help link', path: ['tips', 0, 'links', 0, 'url'], where: 'Tip 1 › link 1 › url' },
    { name: 'author.url', path: ['author', 'url'], where: 'author › url' },
    { name: 'homepage', path: ['homepage'], where: 'homepage' },
    { name: 'updateUrl', path: ['updateUrl'], where: 'updateUrl' },
  ];

  it.each(places.flatMap((place) => badUrls.map((url) => ({ ...place, url }))))(
    'refuses $url in $name with the https:// message',
    ({ path, where, url }) => {
      expectRejected(viaObject(packWith(path, url)), { kind: 'schema', where, says: /must start with https:\/\// });
      expectRejected(viaText(JSON.stringify(packWith(path, url))), { where, says: /must start with https:\/\// });
    },
  );

  // A markup link is [label](target) with no space and no ")" in the target: a target with
  // whitespace is no link at all, it stays literal text (checked in the next table).
  const bodyLinkUrls = badUrls.filter((url) => url !== '' && !/\s/.test(url));
  it.each(bodyLinkUrls)('refuses [x](%j) in a tip body with the https:// message', (url) => {
    const body = `See [the help](${url}) please.`;
    expectRejected(viaObject(packWith(['tips', 0, 'body', 'en'], body)), {
      kind: 'schema',
      where: 'Tip 1 › body › en',
      says: /link in the text must start with https:\/\//,
    });
  });

  const notLinks = badUrls.filter((url) => /\s/.test(url));
  it.each(notLinks)('keeps [x](%j) in a tip body as literal text, never a link', (url) => {
    const body = `See [the help](${url}) please.`;
    const result = safely(() => validatePack(packWith(['tips', 0, 'body', 'en'], body), 'en'));
    if (!result.ok) {
      for (const error of result.errors) expectPlain(error);
      return;
    }
    const card = renderTip(result.pack.tips[0]!);
    expectInertDom(card);
    expect(card.querySelector('.tip-body a')).toBeNull();
    expect(card.querySelector('.tip-body')?.textContent).toContain('[the help](');
  });

  it.each([
    { name: 'a help link', path: ['tips', 0, 'links', 0, 'url'], where: 'Tip 1 › link 1 › url' },
    { name: 'homepage', path: ['homepage'], where: 'homepage' },
  ])('refuses a 2,001-character address in $name', ({ path, where }) => {
    const url = `https://asso.example/${'a'.repeat(2000)}`;
    expectRejected(viaObject(packWith(path, url)), { where, says: /2000/ });
  });

  it('refuses a long javascript: address padded with spaces', () => {
    const url = `${' '.repeat(1900)}javascript:alert(1)`;
    expectRejected(viaObject(packWith(['homepage'], url)), { where: 'homepage', says: /https:\/\// });
  });

  const goodUrls: { url: string; stored: string }[] = [
    { url: 'https://asso.example', stored: 'https://asso.example/' },
    { url: 'https://asso.example/aide/guide.pdf', stored: 'https://asso.example/aide/guide.pdf' },
    { url: 'https://asso.example/aide?x=1&y=deux#haut', stored: 'https://asso.example/aide?x=1&y=deux#haut' },
    { url: 'HTTPS://Asso.Example/Aide', stored: 'https://asso.example/Aide' },
    { url: 'https://asso.example:8443/a', stored: 'https://asso.example:8443/a' },
    { url: 'https://entraide.asso.example/é', stored: 'https://entraide.asso.example/%C3%A9' },
    { url: 'mailto:someone@asso.fr', stored: 'mailto:someone@asso.fr' },
    { url: 'mailto:benevoles.idf@mon-asso.example.org', stored: 'mailto:benevoles.idf@mon-asso.example.org' },
    { url: '  https://asso.example/aide  ', stored: 'https://asso.example/aide' },
  ];

  // updateUrl must be downloadable: https only, so the mailto: forms are left out for it.
  it.each(
    places.flatMap((place) =>
      goodUrls
        .filter((good) => place.name !== 'updateUrl' || good.url.startsWith('https'))
        .map((good) => ({ ...place, ...good })),
    ),
  )('accepts $url in $name', ({ path, url, stored }) => {
    const pack = expectAccepted(viaObject(packWith(path, url))) as unknown as Loose;
    let value: unknown = pack;
    for (const key of path) value = (value as Loose)[key];
    expect(value).toBe(stored);
  });

  it.each(goodUrls.filter(({ url }) => !/\s/.test(url)))(
    'accepts and renders [x]($url) in a tip body',
    ({ url, stored }) => {
      const pack = expectAccepted(viaObject(packWith(['tips', 0, 'body', 'en'], `Read [the guide](${url}).`)));
      const card = renderTip(pack!.tips[0]!);
      expectInertDom(card);
      const link = card.querySelector('.tip-body a');
      expect(link?.getAttribute('href')).toBe(stored);
      expect(link?.getAttribute('rel')).toContain('noopener');
      expect(card.querySelector('.tip-body .link-host')?.textContent).toBe(
        `(${new URL(stored.startsWith('mailto:') ? `https://${stored.split('@')[1]}` : stored).host})`,
      );
    },
  );

  it('renders a help link with its host beside it', () => {
    const pack = expectAccepted(viaObject(packWith(['tips', 0, 'links', 0, 'url'], 'https://docs.asso.example/aide')));
    const card = renderTip(pack!.tips[0]!);
    expectInertDom(card);
    expect(card.querySelector('.tip-links a')?.getAttribute('href')).toBe('https://docs.asso.example/aide');
    expect(card.querySelector('.tip-links .link-host')?.textContent).toBe('(docs.asso.example)');
  });

  it('a mailto: help link shows its mail domain as the host', () => {
    const pack = expectAccepted(viaObject(packWith(['tips', 0, 'links', 0, 'url'], 'mailto:someone@asso.fr')));
    const card = renderTip(pack!.tips[0]!);
    expect(card.querySelector('.tip-links .link-host')?.textContent).toBe('(asso.fr)');
  });

  it('updateUrl refuses mailto:, which can never be downloaded', () => {
    expectRejected(viaObject(packWith(['updateUrl'], 'mailto:someone@asso.fr')), { where: 'updateUrl' });
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Size and shape
// ---------------------------------------------------------------------------------------------

describe('size and shape', () => {
  const tip0 = () => basePack().tips as Loose[];
  const manyTips = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ ...(tip0()[1] as Loose), id: `tip-${i}` }));
  const guide = (id: string, steps = 2) => ({
    id,
    tool: 'gmail',
    title: { fr: 'Guide', en: 'Guide' },
    steps: Array.from({ length: steps }, (_, i) => ({ text: { fr: `Étape ${i}`, en: `Step ${i}` } })),
  });
  const term = (id: string) => ({
    id,
    term: { fr: 'Cci', en: 'Bcc' },
    definition: { fr: 'Copie cachée.', en: 'Blind copy.' },
  });

  type Vector = { name: string; data: () => unknown; where: string; says?: RegExp };
  const vectors: Vector[] = [
    // Caps
    { name: '200,000 tips', data: () => packWith(['tips'], manyTips(200_000)), where: 'tips', says: /2000/ },
    {
      name: '200,000 zeros as tips',
      data: () => packWith(['tips'], new Array(200_000).fill(0)),
      where: 'tips',
      says: /2000/,
    },
    { name: '2,001 tips', data: () => packWith(['tips'], manyTips(2001)), where: 'tips', says: /2000/ },
    {
      name: '2,001 glossary terms',
      data: () =>
        packWith(
          ['glossary'],
          Array.from({ length: 2001 }, (_, i) => term(`t-${i}`)),
        ),
      where: 'glossary',
      says: /2000/,
    },
    {
      name: '501 guides',
      data: () =>
        packWith(
          ['guides'],
          Array.from({ length: 501 }, (_, i) => guide(`g-${i}`)),
        ),
      where: 'guides',
      says: /500/,
    },
    {
      name: 'a title of 81 characters',
      data: () => packWith(['tips', 0, 'title', 'en'], 'x'.repeat(81)),
      where: 'Tip 1 › title › en',
      says: /80/,
    },
    {
      name: 'a French title of 10,000 characters',
      data: () => packWith(['tips', 0, 'title', 'fr'], 'é'.repeat(10_000)),
      where: 'Tip 1 › title › fr',
      says: /80/,
    },
    {
      name: 'a body of 601 characters',
      data: () => packWith(['tips', 1, 'body', 'en'], 'b'.repeat(601)),
      where: 'Tip 2 › body › en',
      says: /600/,
    },
    {
      name: 'a body of 500,000 characters',
      data: () => packWith(['tips', 1, 'body', 'fr'], 'b '.repeat(250_000)),
      where: 'Tip 2 › body › fr',
      says: /600/,
    },
    {
      name: 'a tip id of 61 characters',
      data: () => packWith(['tips', 0, 'id'], 'a'.repeat(61)),
      where: 'Tip 1 › id',
      says: /60/,
    },
    { name: 'a pack id of 61 characters', data: () => packWith(['id'], 'a'.repeat(61)), where: 'id', says: /60/ },
    { name: 'a tip id of 1 character', data: () => packWith(['tips', 0, 'id'], 'a'), where: 'Tip 1 › id', says: /2/ },
    {
      name: 'a name of 81 characters',
      data: () => packWith(['name', 'en'], 'n'.repeat(81)),
      where: 'name › en',
      says: /80/,
    },
    {
      name: 'a description of 301 characters',
      data: () => packWith(['description', 'fr'], 'd'.repeat(301)),
      where: 'description › fr',
      says: /300/,
    },
    {
      name: 'an author name of 101 characters',
      data: () => packWith(['author', 'name'], 'm'.repeat(101)),
      where: 'author › name',
      says: /100/,
    },
    {
      name: 'a licence of 61 characters',
      data: () => packWith(['licence'], 'l'.repeat(61)),
      where: 'licence',
      says: /60/,
    },
    {
      name: 'a link label of 81 characters',
      data: () => packWith(['tips', 0, 'links', 0, 'label', 'en'], 'l'.repeat(81)),
      where: 'Tip 1 › link 1 › label › en',
      says: /80/,
    },
    {
      name: '6 links in a tip',
      data: () => packWith(['tips', 0, 'links'], new Array(6).fill((tip0()[0] as Loose).links).flat()),
      where: 'Tip 1 › links',
      says: /5/,
    },
    {
      name: '6 contexts in a tip',
      data: () => packWith(['tips', 0, 'contexts'], new Array(6).fill('compose')),
      where: 'Tip 1 › contexts',
      says: /5/,
    },
    {
      name: 'a CSS anchor of 301 characters',
      data: () => packWith(['tips', 0, 'anchor'], [{ css: 'a'.repeat(301) }]),
      where: 'Tip 1 › way to find 1 › css',
      says: /300/,
    },
    {
      name: 'a version of 41 characters',
      data: () => packWith(['version'], `1.2.3-${'a'.repeat(35)}`),
      where: 'version',
    },
    {
      name: 'a guide of 1 step',
      data: () => packWith(['guides'], [guide('one-step', 1)]),
      where: 'Guide 1 › steps',
      says: /2/,
    },
    {
      name: 'a guide of 9 steps',
      data: () => packWith(['guides'], [guide('nine-steps', 9)]),
      where: 'Guide 1 › steps',
      says: /8/,
    },
    // Empty strings
    { name: 'an empty title', data: () => packWith(['tips', 0, 'title', 'en'], ''), where: 'Tip 1 › title › en' },
    {
      name: 'a title of spaces',
      data: () => packWith(['tips', 0, 'title', 'en'], '    '),
      where: 'Tip 1 › title › en',
    },
    {
      name: 'a body of blank lines',
      data: () => packWith(['tips', 0, 'body', 'fr'], '\n\t \r\n'),
      where: 'Tip 1 › body › fr',
    },
    { name: 'an empty pack name', data: () => packWith(['name', 'fr'], ''), where: 'name › fr' },
    { name: 'an empty author name', data: () => packWith(['author', 'name'], ''), where: 'author › name' },
    { name: 'a licence of spaces', data: () => packWith(['licence'], '  '), where: 'licence' },
    { name: 'an empty tip id', data: () => packWith(['tips', 0, 'id'], ''), where: 'Tip 1 › id' },
    {
      name: 'an empty link label',
      data: () => packWith(['tips', 0, 'links', 0, 'label', 'fr'], ''),
      where: 'Tip 1 › link 1 › label › fr',
    },
    { name: 'an empty pack id', data: () => packWith(['id'], ''), where: 'id' },
    // Wrong types
    { name: 'a number as a title', data: () => packWith(['tips', 0, 'title'], 42), where: 'Tip 1 › title' },
    {
      name: 'a number as the English title',
      data: () => packWith(['tips', 0, 'title', 'en'], 42),
      where: 'Tip 1 › title › en',
    },
    {
      name: 'a string as a title',
      data: () => packWith(['tips', 0, 'title'], 'Hide addresses'),
      where: 'Tip 1 › title',
    },
    { name: 'an array as a body', data: () => packWith(['tips', 0, 'body'], ['fr', 'en']), where: 'Tip 1 › body' },
    { name: 'an object as tips', data: () => packWith(['tips'], { 0: tip0()[0] }), where: 'tips' },
    { name: 'a string as tips', data: () => packWith(['tips'], '[]'), where: 'tips' },
    { name: 'null as a tip', data: () => packWith(['tips', 0], null), where: 'Tip 1' },
    {
      name: 'a string as links',
      data: () => packWith(['tips', 0, 'links'], 'https://asso.example'),
      where: 'Tip 1 › links',
    },
    {
      name: 'a number as a link url',
      data: () => packWith(['tips', 0, 'links', 0, 'url'], 443),
      where: 'Tip 1 › link 1 › url',
    },
    {
      name: 'a string as contexts',
      data: () => packWith(['tips', 0, 'contexts'], 'compose'),
      where: 'Tip 1 › contexts',
    },
    { name: 'a number as a level', data: () => packWith(['tips', 0, 'level'], 1), where: 'Tip 1 › level' },
    {
      name: 'a number as competence',
      data: () => packWith(['tips', 0, 'competence'], 2.1),
      where: 'Tip 1 › competence',
    },
    { name: 'a number as updated', data: () => packWith(['updated'], 20261128), where: 'updated' },
    { name: 'a number as version', data: () => packWith(['version'], 1), where: 'version' },
    { name: 'a string as author', data: () => packWith(['author'], 'Mentor'), where: 'author' },
    { name: 'an array as the name', data: () => packWith(['name'], ['Astuces', 'Tips']), where: 'name' },
    { name: 'true as the licence', data: () => packWith(['licence'], true), where: 'licence' },
    // Missing fields
    // One language is enough, none is not: the message says so in words, on the text itself.
    {
      name: 'a title in no language',
      data: () => packWith(['tips', 0, 'title'], {}),
      where: 'Tip 1 › title',
      says: /French/,
    },
    {
      name: 'a body in no language',
      data: () => packWith(['tips', 1, 'body'], {}),
      where: 'Tip 2 › body',
      says: /English/,
    },
    { name: 'a pack name in no language', data: () => packWith(['name'], {}), where: 'name', says: /French/ },
    {
      name: 'a link label in no language',
      data: () => packWith(['tips', 0, 'links', 0, 'label'], {}),
      where: 'Tip 1 › link 1 › label',
      says: /French/,
    },
    {
      name: 'a title in German only',
      data: () => packWith(['tips', 0, 'title'], { de: 'Adressen' }),
      where: 'Tip 1 › title',
    },
    { name: 'no link url', data: () => packWithout(['tips', 0, 'links', 0, 'url']), where: 'Tip 1 › link 1 › url' },
    { name: 'no tip id', data: () => packWithout(['tips', 1, 'id']), where: 'Tip 2 › id' },
    { name: 'no tip tool', data: () => packWithout(['tips', 0, 'tool']), where: 'Tip 1 › tool' },
    { name: 'no tip level', data: () => packWithout(['tips', 0, 'level']), where: 'Tip 1 › level' },
    { name: 'no tips', data: () => packWithout(['tips']), where: 'tips' },
    { name: 'no updated date', data: () => packWithout(['updated']), where: 'updated' },
    { name: 'no licence', data: () => packWithout(['licence']), where: 'licence' },
    { name: 'no schemaVersion', data: () => packWithout(['schemaVersion']), where: 'schemaVersion' },
    { name: 'no author', data: () => packWithout(['author']), where: 'author' },
    // Unknown fields, named with their path
    {
      name: 'an unknown top-level field',
      data: () => packWith(['onload'], 'alert(1)'),
      where: 'The file',
      says: /"onload"/,
    },
    {
      name: 'a "$schema" key',
      data: () => packWith(['$schema'], 'https://asso.example/pack.schema.json'),
      where: 'The file',
      says: /"\$schema"/,
    },
    {
      name: 'an unknown field in a tip',
      data: () => packWith(['tips', 0, 'html'], '<b>x</b>'),
      where: 'Tip 1',
      says: /"html"/,
    },
    {
      name: 'an unknown field in the second tip',
      data: () => packWith(['tips', 1, 'onclick'], 'x'),
      where: 'Tip 2',
      says: /"onclick"/,
    },
    {
      name: 'a German title',
      data: () => packWith(['tips', 0, 'title', 'de'], 'Adressen'),
      where: 'Tip 1 › title',
      says: /"de"/,
    },
    {
      name: 'an HTML body variant',
      data: () => packWith(['tips', 0, 'body', 'html'], '<p>x</p>'),
      where: 'Tip 1 › body',
      says: /"html"/,
    },
    { name: 'an author email', data: () => packWith(['author', 'email'], 'a@b.fr'), where: 'author', says: /"email"/ },
    {
      name: 'a link target',
      data: () => packWith(['tips', 0, 'links', 0, 'target'], '_self'),
      where: 'Tip 1 › link 1',
      says: /"target"/,
    },
    {
      name: 'an anchor xpath',
      data: () => packWith(['tips', 0, 'anchor'], [{ xpath: '//a' }]),
      where: 'Tip 1 › way to find 1',
      says: /"xpath"/,
    },
    { name: 'a Spanish pack name', data: () => packWith(['name', 'es'], 'Consejos'), where: 'name', says: /"es"/ },
    {
      name: 'an unknown field in a guide step',
      data: () =>
        packWith(
          ['guides'],
          [
            {
              ...guide('first-guide'),
              steps: [{ text: { fr: 'a', en: 'a' }, html: 'x' }, { text: { fr: 'b', en: 'b' } }],
            },
          ],
        ),
      where: 'Guide 1 › step 1',
      says: /"html"/,
    },
    {
      name: 'an unknown field in a glossary term',
      data: () => packWith(['glossary'], [{ ...term('cci'), audio: 'x.mp3' }]),
      where: 'Term 1',
      says: /"audio"/,
    },
    {
      name: 'an event-handler anchor attribute',
      data: () => packWith(['tips', 0, 'anchor'], [{ attributes: { onclick: 'alert(1)' } }]),
      where: 'Tip 1 › way to find 1 › attributes › onclick',
    },
    // Locators: one kind each, a name only beside a role, 1 to 5 attributes, at most 6 ways to find
    {
      name: 'a locator with two kinds (role and css)',
      data: () => packWith(['tips', 0, 'anchor'], [{ role: 'button', css: 'button' }]),
      where: 'Tip 1 › way to find 1',
      says: /exactly one of role, attributes, text or css/,
    },
    {
      name: 'a second locator with two kinds (text and attributes)',
      data: () =>
        packWith(
          ['tips', 0, 'anchor'],
          [{ role: 'button' }, { text: { fr: 'Envoyer', en: 'Send' }, attributes: { 'aria-label': 'Send' } }],
        ),
      where: 'Tip 1 › way to find 2',
      says: /exactly one of/,
    },
    { name: 'an empty locator', data: () => packWith(['tips', 0, 'anchor'], [{}]), where: 'Tip 1 › way to find 1' },
    {
      name: 'a locator name without a role',
      data: () => packWith(['tips', 0, 'anchor'], [{ name: { fr: 'Envoyer', en: 'Send' } }]),
      where: 'Tip 1 › way to find 1 › name',
      says: /needs a role/,
    },
    {
      name: 'a locator name given as one string',
      data: () => packWith(['tips', 0, 'anchor'], [{ role: 'button', name: 'Envoyer' }]),
      where: 'Tip 1 › way to find 1 › name',
    },
    {
      name: 'a locator with 0 attributes',
      data: () => packWith(['tips', 0, 'anchor'], [{ attributes: {} }]),
      where: 'Tip 1 › way to find 1 › attributes',
      says: /1 to 5 attributes/,
    },
    {
      name: 'a locator with 6 attributes',
      data: () =>
        packWith(
          ['tips', 0, 'anchor'],
          [{ attributes: { 'aria-label': 'a', id: 'b', name: 'c', type: 'd', title: 'e', role: 'f' } }],
        ),
      where: 'Tip 1 › way to find 1 › attributes',
      says: /1 to 5 attributes/,
    },
    {
      name: 'an event-handler attribute in a guide step anchor',
      data: () =>
        packWith(
          ['guides'],
          [
            {
              ...guide('first-guide'),
              steps: [
                { text: { fr: 'a', en: 'a' }, anchor: [{ attributes: { onfocus: 'alert(1)' } }] },
                { text: { fr: 'b', en: 'b' } },
              ],
            },
          ],
        ),
      where: 'Guide 1 › step 1 › way to find 1 › attributes › onfocus',
    },
    {
      name: 'a class attribute in a locator',
      data: () => packWith(['tips', 0, 'anchor'], [{ attributes: { class: 'T-I' } }]),
      where: 'Tip 1 › way to find 1 › attributes › class',
    },
    {
      name: 'a text locator in no language',
      data: () => packWith(['tips', 0, 'anchor'], [{ text: {} }]),
      where: 'Tip 1 › way to find 1 › text',
      says: /French/,
    },
    {
      name: '7 locators in an anchor',
      data: () => packWith(['tips', 0, 'anchor'], new Array(7).fill({ role: 'button' })),
      where: 'Tip 1 › anchor',
      says: /6/,
    },
    { name: 'an empty anchor', data: () => packWith(['tips', 0, 'anchor'], []), where: 'Tip 1 › anchor' },
    // Duplicate ids
    {
      name: 'duplicate tip ids',
      data: () => packWith(['tips', 1, 'id'], 'gmail-cci'),
      where: 'Tip 2 › id',
      says: /already used/,
    },
    {
      name: 'a third tip reusing the first id',
      data: () => packWith(['tips', 2], { ...(tip0()[1] as Loose), id: 'gmail-cci' }),
      where: 'Tip 3 › id',
      says: /already used/,
    },
    {
      name: 'duplicate glossary ids',
      data: () => packWith(['glossary'], [term('cci'), term('cci')]),
      where: 'Term 2 › id',
      says: /already used/,
    },
    {
      name: 'duplicate guide ids',
      data: () => packWith(['guides'], [guide('first-guide'), guide('first-guide')]),
      where: 'Guide 2 › id',
      says: /already used/,
    },
    // Unknown tools
    {
      name: 'an unknown tool',
      data: () => packWith(['tips', 1, 'tool'], 'myspace'),
      where: 'Tip 2 › tool',
      says: /"myspace"/,
    },
    {
      name: 'the tool "constructor"',
      data: () => packWith(['tips', 0, 'tool'], 'constructor'),
      where: 'Tip 1 › tool',
      says: /"constructor"/,
    },
    {
      name: 'the tool "gmail-2"',
      data: () => packWith(['tips', 0, 'tool'], 'gmail-2'),
      where: 'Tip 1 › tool',
      says: /"gmail-2"/,
    },
    {
      name: 'the tool "Gmail"',
      data: () => packWith(['tips', 0, 'tool'], 'Gmail'),
      where: 'Tip 1 › tool',
      says: /small letters, digits and dashes/,
    },
    {
      name: 'the tool "__proto__"',
      data: () => packWith(['tips', 0, 'tool'], '__proto__'),
      where: 'Tip 1 › tool',
      says: /small letters, digits and dashes/,
    },
    // Bad ids
    ...[
      'Bad Id',
      '../../etc',
      'gmail_cci',
      '-lead',
      'trail-',
      'a--b',
      'GMAIL',
      'é-accent',
      'ab/cd',
      '..',
      '%2e%2e',
      'tip\u0000x',
      'tip\u200bx',
      ' gmail-cci',
      'ＡＢ',
    ].map(
      (id): Vector => ({
        name: `the tip id ${JSON.stringify(id)}`,
        data: () => packWith(['tips', 0, 'id'], id),
        where: 'Tip 1 › id',
        says: /small letters, digits and dashes/,
      }),
    ),
    {
      name: 'the pack id "../../etc"',
      data: () => packWith(['id'], '../../etc'),
      where: 'id',
      says: /small letters, digits and dashes/,
    },
    {
      name: 'the guide id "Bad Id"',
      data: () => packWith(['guides'], [guide('Bad Id')]),
      where: 'Guide 1 › id',
      says: /small letters, digits and dashes/,
    },
    // Bad versions
    ...[
      '1.2',
      'v1.2.0',
      '1.2.0.0',
      '1.2.3+build.1',
      '1.2.3-',
      '123456.0.0',
      `1.2.3-${'a'.repeat(21)}`,
      '',
      ' 1.2.3',
      'latest',
    ].map(
      (version): Vector => ({
        name: `the version ${JSON.stringify(version)}`,
        data: () => packWith(['version'], version),
        where: 'version',
        says: /1\.2\.0/,
      }),
    ),
    // Bad dates
    ...[
      '2026-13-01',
      '2026-02-30',
      '2025-02-29',
      '28/11/2026',
      '2026-11-28T10:00:00Z',
      '2026-1-1',
      '',
      'tomorrow',
      '+02026-11-28',
    ].map(
      (updated): Vector => ({
        name: `the date ${JSON.stringify(updated)}`,
        data: () => packWith(['updated'], updated),
        where: 'updated',
      }),
    ),
    // Schema versions
    ...[2, 0, '1', null, 1.5, true].map(
      (schemaVersion): Vector => ({
        name: `schemaVersion ${JSON.stringify(schemaVersion)}`,
        data: () => packWith(['schemaVersion'], schemaVersion),
        where: 'schemaVersion',
      }),
    ),
    // Contexts, levels, competences
    ...[['inbox'], ['Compose'], [''], [0], ['compose', 'edit']].map(
      (contexts): Vector => ({
        name: `contexts ${JSON.stringify(contexts)}`,
        data: () => packWith(['tips', 0, 'contexts'], contexts),
        where: `Tip 1 › context ${contexts.length}`,
      }),
    ),
    ...['expert', 'Beginner', ''].map(
      (level): Vector => ({
        name: `the level ${JSON.stringify(level)}`,
        data: () => packWith(['tips', 0, 'level'], level),
        where: 'Tip 1 › level',
      }),
    ),
    ...['9.9', '2.5', '6.1', '0.1', '2', '2.1.1', ' 2.1', '2,1', 'C2.1'].map(
      (competence): Vector => ({
        name: `the competence ${JSON.stringify(competence)}`,
        data: () => packWith(['tips', 0, 'competence'], competence),
        where: 'Tip 1 › competence',
        says: /2\.1/,
      }),
    ),
    {
      name: 'an anchor role "Button"',
      data: () => packWith(['tips', 0, 'anchor'], [{ role: 'Button' }]),
      where: 'Tip 1 › way to find 1 › role',
    },
  ];

  it.each(vectors)('refuses $name and says where', ({ data, where, says }) => {
    const pack = data();
    expectRejected(viaObject(pack), { kind: 'schema', where, says });
  });

  it.each(vectors.filter(({ name }) => !name.startsWith('200,000') && !name.includes('500,000')))(
    'refuses $name the same way from text',
    ({ data, where, says }) => {
      expectRejected(viaText(JSON.stringify(data())), { where, says });
    },
  );

  it('refuses 200,000 tips in a file under 1 MiB by the cap', () => {
    const text = validJson().replace(/"tips": \[/, `"tips": [${'{},'.repeat(200_000)}`);
    expect(utf8(text).byteLength).toBeLessThan(MAX_PACK_BYTES);
    expectRejected(viaText(text), { kind: 'schema', where: 'tips', says: /2000/ });
  });

  it.each([
    { name: '"[a](" repeated (link openers)', body: '[a]('.repeat(200_000) },
    { name: '"[" repeated', body: '['.repeat(800_000) },
  ])('refuses an 800 KB body of $name quickly, by its length', ({ body }) => {
    const started = performance.now();
    expectRejected(viaObject(packWith(['tips', 0, 'body', 'en'], body)), { where: 'Tip 1 › body › en', says: /600/ });
    // Before the fix in pack-schema.ts the link check ran on the whole over-long text: about 4 s of regex work.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('validates a 1 MiB pack of worst-case bodies in reasonable time', () => {
    const body = '[a]('.repeat(150);
    const tips = Array.from({ length: 750 }, (_, i) => ({
      ...(tip0()[1] as Loose),
      id: `t-${i}`,
      body: { fr: body, en: body },
    }));
    const text = JSON.stringify(packWith(['tips'], tips));
    expect(utf8(text).byteLength).toBeLessThan(MAX_PACK_BYTES);
    const started = performance.now();
    expectAccepted(viaText(text));
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports at most 20 errors for a pack full of mistakes', () => {
    const tips = Array.from({ length: 100 }, (_, i) => ({ id: `Bad ${i}`, tool: 'x', level: 'x', title: 1, body: 2 }));
    const result = safely(() => validatePack(packWith(['tips'], tips), 'en'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(20);
  });

  const boundaries: { name: string; data: () => unknown }[] = [
    { name: 'a title of exactly 80 characters', data: () => packWith(['tips', 0, 'title', 'en'], 'x'.repeat(80)) },
    {
      name: 'a title of 80 characters plus spaces around it',
      data: () => packWith(['tips', 0, 'title', 'en'], `  ${'x'.repeat(80)}  `),
    },
    { name: 'a body of exactly 600 characters', data: () => packWith(['tips', 0, 'body', 'en'], 'b'.repeat(600)) },
    { name: 'a tip id of exactly 60 characters', data: () => packWith(['tips', 0, 'id'], 'a'.repeat(60)) },
    { name: 'a tip id of 2 characters', data: () => packWith(['tips', 0, 'id'], 'a1') },
    { name: 'exactly 2,000 tips', data: () => packWith(['tips'], manyTips(2000)) },
    { name: 'no tips at all', data: () => packWith(['tips'], []) },
    {
      name: '5 links',
      data: () => packWith(['tips', 0, 'links'], new Array(5).fill((tip0()[0] as Loose).links).flat()),
    },
    {
      name: 'all 5 contexts',
      data: () => packWith(['tips', 0, 'contexts'], ['compose', 'share', 'edit-page', 'edit-form', 'meeting']),
    },
    { name: 'a pre-release version', data: () => packWith(['version'], '1.0.0-beta.1') },
    { name: 'a leap day', data: () => packWith(['updated'], '2028-02-29') },
    { name: 'the competence 5.4', data: () => packWith(['tips', 0, 'competence'], '5.4') },
    {
      name: 'an anchor of 6 locators, one of each kind, with 5 attributes',
      data: () =>
        packWith(
          ['tips', 0, 'anchor'],
          [
            { role: 'button', name: { fr: 'Envoyer', en: 'Send' } },
            { attributes: { 'aria-label': 'Envoyer', 'data-tooltip': 'Envoyer', type: 'button', id: 'x', title: 'y' } },
            { text: { fr: 'Envoyer', en: 'Send' } },
            { css: 'div[role=button].T-I' },
            { role: 'button' },
            { css: '#send' },
          ],
        ),
    },
    {
      name: 'a glossary and a guide',
      data: () => setAt(packWith(['glossary'], [term('cci')]), ['guides'], [guide('first-guide')]),
    },
  ];

  it.each(boundaries)('accepts $name', ({ data }) => {
    expectAccepted(viaObject(data()));
  });

  it('trims text and keeps only declared fields', () => {
    const pack = expectAccepted(viaObject(packWith(['tips', 0, 'title', 'en'], '  Hide addresses \n')));
    expect(pack?.tips[0]?.title.en).toBe('Hide addresses');
  });

  it('an error in glossary variants names its place in plain words', () => {
    const glossary = [{ ...term('cci'), variants: { fr: ['copie cachée', ' '], en: [] } }];
    const result = safely(() => validatePack(packWith(['glossary'], glossary), 'en'));
    expect(result.ok).toBe(false);
    if (!result.ok) for (const error of result.errors) expectPlain(error);
  });

  it('the kebab-case message is translated in French', () => {
    const result = safely(() => validatePack(packWith(['tips', 0, 'id'], 'Bad Id'), 'fr'));
    expect(result.ok ? [] : result.errors).toEqual([expect.not.stringContaining('must be kebab-case')]);
  });
});
