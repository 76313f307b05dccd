// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectTool, detectTools, hostMatches, matchSignature } from '../../utils/tools/match-engine';
import { tools } from '../../utils/tools/registry';
import type { Tool } from '../../utils/tools/tool-schema';
import { pageFromExample } from './helpers/page-from-example';

const page = (url: string, html?: string, title?: string) => pageFromExample({ url, html, title });

describe('matching engine', () => {
  it('matches exact hosts and sub-domain wildcards only', () => {
    expect(hostMatches('mail.google.com', ['mail.google.com'])).toBe(true);
    expect(hostMatches('evilmail.google.com', ['mail.google.com'])).toBe(false);
    expect(hostMatches('asso.sharepoint.com', ['*.sharepoint.com'])).toBe(true);
    expect(hostMatches('sharepoint.com.evil.org', ['*.sharepoint.com'])).toBe(false);
  });

  it('requires every gate and the minimum number of markers', () => {
    const sig = { path: '^/app/', selectors: ['#a', '#b'], minMarkers: 1 };
    expect(matchSignature(sig, page('https://x.org/app/', '<div id="b"></div>'))).toBe(2);
    expect(matchSignature(sig, page('https://x.org/app/', '<div id="c"></div>'))).toBe(-1);
    expect(matchSignature(sig, page('https://x.org/other/', '<div id="a"></div>'))).toBe(-1);
    expect(matchSignature({ selectors: ['#a', '#b'] }, page('https://x.org/', '<i id="a"></i>'))).toBe(-1);
  });

  it('reads meta tags, titles and script paths as markers', () => {
    const html = '<meta name="generator" content="Joomla! 5"><script src="/media/system/js/core.js"></script>';
    expect(
      matchSignature({ meta: { generator: '^Joomla' }, scripts: '/media/system/' }, page('https://a.fr/', html)),
    ).toBe(2);
    expect(matchSignature({ title: 'Nextcloud$' }, page('https://a.fr/', '', 'Fichiers - Nextcloud'))).toBe(1);
  });

  it('never lets a broken selector break detection', () => {
    expect(matchSignature({ selectors: ['div[[['] }, page('https://a.fr/'))).toBe(-1);
  });

  it('lets an exclude rule veto a tool, and prefers the most specific tool', () => {
    const a: Tool = {
      id: 'a',
      names: { fr: 'A', en: 'A' },
      category: 'files',
      selfHosted: true,
      signatures: [{ path: '^/x' }],
    };
    const b: Tool = { ...a, id: 'b', signatures: [{ path: '^/x', selectors: ['#b'] }] };
    const vetoed: Tool = { ...a, id: 'c', excludes: [{ selectors: ['#b'] }] };
    expect(detectTools([a, b, vetoed], page('https://a.fr/x', '<p id="b"></p>')).map((d) => d.toolId)).toEqual([
      'b',
      'a',
    ]);
  });

  it('breaks a tie of score by priority, then by id, whatever the order of the list', () => {
    const base: Tool = {
      id: 'm',
      names: { fr: 'M', en: 'M' },
      category: 'files',
      selfHosted: true,
      signatures: [{ path: '^/x' }],
    };
    const low: Tool = { ...base, id: 'a-low', priority: -1 };
    const plain: Tool = { ...base, id: 'z-plain' };
    const high: Tool = { ...base, id: 'y-high', priority: 2 };
    const ids = (list: Tool[]) => detectTools(list, page('https://a.fr/x')).map((d) => d.toolId);
    expect(ids([low, base, plain, high])).toEqual(['y-high', 'm', 'z-plain', 'a-low']);
    expect(ids([high, plain, base, low])).toEqual(['y-high', 'm', 'z-plain', 'a-low']);
    // A better score still beats any priority.
    const specific: Tool = { ...base, id: 'specific', signatures: [{ path: '^/x', title: 'X' }] };
    expect(detectTools([high, specific], page('https://a.fr/x', '', 'X'))[0]?.toolId).toBe('specific');
  });

  it('recognises self-hosted WordPress on any host, but not a 404 under /wp-admin/', () => {
    const admin = '<body class="wp-admin"><div id="wpadminbar"></div></body>';
    expect(detectTool(tools, page('https://club-echecs-rennes.bzh/wp-admin/', admin))?.toolId).toBe('wordpress-admin');
    expect(detectTool(tools, page('https://club-echecs-rennes.bzh/wp-admin/missing', '<h1>404</h1>'))).toBeNull();
  });

  it("looks only for the host's own apps on a named SaaS host", () => {
    const wpLookalike = '<body class="wp-admin"><div id="wpadminbar"></div></body>';
    expect(
      detectTools(tools, page('https://mail.google.com/mail/u/0/wp-admin/', wpLookalike)).map((d) => d.toolId),
    ).toEqual(['gmail']);
    expect(detectTool(tools, page('https://asso.fr/wp-admin/', wpLookalike))?.toolId).toBe('wordpress-admin');
  });

  it('does not take an article about Gmail for Gmail', () => {
    expect(detectTool(tools, page('https://blog.asso.fr/gmail', '<p>Gmail mail.google.com</p>', 'Gmail'))).toBeNull();
  });
});
