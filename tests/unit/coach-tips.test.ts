import { describe, expect, it } from 'vitest';
import { guidesForTool, learnMoreFor, tipsForTool } from '../../utils/coach/coach-tips';
import type { Pack } from '../../utils/packs/pack-schema';
import { samplePack } from './helpers/sample-pack';

function packWith(): Pack {
  const pack = samplePack();
  pack.tips.push(
    { ...pack.tips[1]!, id: 'gmail-search', tool: 'gmail', level: 'beginner', contexts: undefined },
    { ...pack.tips[1]!, id: 'gmail-filters', tool: 'gmail', level: 'intermediate', contexts: undefined },
  );
  return pack;
}

describe('tips for a tool', () => {
  const installed = [{ pack: packWith(), source: 'builtin' as const, enabled: true }];

  it('shows beginners only beginner tips, outside any context', () => {
    expect(tipsForTool(installed, 'gmail', null, 'beginner').map((t) => t.key)).toEqual(['asso-test/gmail-search']);
  });

  it('shows intermediate users every level, and context tips first while in that context', () => {
    expect(tipsForTool(installed, 'gmail', 'compose', 'intermediate').map((t) => t.key)).toEqual([
      'asso-test/gmail-cci',
      'asso-test/gmail-search',
      'asso-test/gmail-filters',
    ]);
  });

  it('ignores disabled packs and other tools', () => {
    expect(tipsForTool([{ ...installed[0]!, enabled: false }], 'gmail', null, 'intermediate')).toEqual([]);
    expect(tipsForTool(installed, 'outlook', null, 'intermediate')).toEqual([]);
  });
});

describe('guides and "Learn more" for a tool', () => {
  const link = (url: string) => ({ url, label: { fr: 'Aide', en: 'Help' } });
  const steps = [{ text: { fr: 'Un.', en: 'One.' } }, { text: { fr: 'Deux.', en: 'Two.' } }];
  const pack: Pack = {
    ...samplePack(),
    guides: [
      {
        id: 'search',
        tool: 'gmail',
        title: { fr: 'Chercher', en: 'Search' },
        steps,
        links: [link('https://a.example/')],
      },
      { id: 'cci', tool: 'gmail', contexts: ['compose'], title: { fr: 'Cci', en: 'Bcc' }, steps },
      { id: 'share', tool: 'google-drive', title: { fr: 'Partager', en: 'Share' }, steps },
    ],
    resources: [{ tool: 'gmail', links: [link('https://help.example/'), link('https://a.example/')] }],
  };
  const installed = [{ pack, source: 'builtin' as const, enabled: true }];

  it("lists the tool's guides, the context's first, and a context's guides only there", () => {
    expect(guidesForTool(installed, 'gmail', 'compose').map((g) => g.key)).toEqual([
      'asso-test/cci',
      'asso-test/search',
    ]);
    expect(guidesForTool(installed, 'gmail', null).map((g) => g.key)).toEqual(['asso-test/search']);
    expect(guidesForTool(installed, 'gmail', 'share').map((g) => g.key)).toEqual(['asso-test/search']);
    expect(guidesForTool([{ ...installed[0]!, enabled: false }], 'gmail', null)).toEqual([]);
  });

  it('gathers "Learn more": resources first, then guide and tip links, each address once, capped', () => {
    expect(learnMoreFor(installed, 'gmail').map((l) => l.url)).toEqual([
      'https://help.example/',
      'https://a.example/',
      'https://support.google.com/mail/',
    ]);
    expect(learnMoreFor(installed, 'gmail', 2)).toHaveLength(2);
  });
});
