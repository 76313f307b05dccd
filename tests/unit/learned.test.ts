import { describe, expect, it } from 'vitest';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { areaOf, learnedByTool } from '../../utils/progress/learned';
import { samplePack } from './helpers/sample-pack';

const pack = {
  ...samplePack(),
  guides: [
    {
      id: 'partage',
      tool: 'google-drive',
      title: { fr: 'Partager un dossier', en: 'Share a folder' },
      competence: '2.2',
      steps: [{ text: { fr: 'Un.', en: 'One.' } }, { text: { fr: 'Deux.', en: 'Two.' } }],
    },
  ],
};
const packs = [{ pack, enabled: true }] as unknown as InstalledPack[];

describe('what I have learned', () => {
  it('groups tips marked "Got it" and finished guides by tool, newest first', () => {
    const groups = learnedByTool(
      packs,
      { 'asso-test/gmail-cci': { status: 'got-it', at: 5 }, 'asso-test/drive-share': { status: 'got-it', at: 1 } },
      { 'asso-test/partage': { step: 1, done: true, at: 9 } },
    );
    expect(groups.map((g) => [g.tool, g.items.map((i) => i.key)])).toEqual([
      ['gmail', ['asso-test/gmail-cci']],
      ['google-drive', ['asso-test/partage', 'asso-test/drive-share']],
    ]);
    expect(groups[1]?.items[0]).toMatchObject({ kind: 'guide', competence: '2.2' });
  });

  it('leaves out hidden tips, guides not finished, and items of removed packs', () => {
    const groups = learnedByTool(
      packs,
      { 'asso-test/gmail-cci': { status: 'hidden', at: 5 }, 'gone/tip': { status: 'got-it', at: 1 } },
      { 'asso-test/partage': { step: 1, done: false, at: 9 } },
    );
    expect(groups).toEqual([]);
  });

  it('counts guides followed and exercises done on the practice spaces, under their tool', () => {
    const exercise = {
      key: 'exercise:gmail-bcc-board',
      kind: 'exercise' as const,
      title: { fr: 'Cci', en: 'Bcc' },
      at: 7,
    };
    const groups = learnedByTool(
      packs,
      {},
      {},
      {
        guides: { 'asso-test/partage': { at: 3 }, 'gone/guide': { at: 4 } },
        exercises: [{ tool: 'gmail', item: exercise }],
      },
    );
    expect(groups.map((g) => [g.tool, g.items.map((i) => [i.kind, i.key])])).toEqual([
      ['google-drive', [['practice-guide', 'practice:asso-test/partage']]],
      ['gmail', [['exercise', 'exercise:gmail-bcc-board']]],
    ]);
    expect(groups[0]?.items[0]?.competence).toBe('2.2');
    // Finished on the real tool too: one item, not two.
    const both = learnedByTool(
      packs,
      {},
      { 'asso-test/partage': { step: 1, done: true, at: 9 } },
      {
        guides: { 'asso-test/partage': { at: 3 } },
        exercises: [],
      },
    );
    expect(both.flatMap((g) => g.items.map((i) => i.kind))).toEqual(['guide']);
  });

  it('reads the Pix area of a competence', () => {
    expect(areaOf('2.1')).toBe('2');
    expect(areaOf(undefined)).toBeUndefined();
  });
});
