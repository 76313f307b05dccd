import { describe, expect, it } from 'vitest';
import { tipsForTool } from '../../utils/coach-tips';
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
