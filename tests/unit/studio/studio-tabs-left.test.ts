import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshTabsLeft } from '../../../entrypoints/background/messages/studio-pointing';
import { forgetStudioTab, setPointing, setTrial } from '../../../entrypoints/background/state/studio-pointing-writes';
import type { Pack } from '../../../utils/packs/pack-schema';
import { pickerWords, stepSayings } from '../../../utils/studio/picker-words';
import type { Pointing } from '../../../utils/studio/pointing';

const refreshed = vi.hoisted(() => [] as number[]);
vi.mock('../../../entrypoints/background/messages/detection', () => ({
  refreshTab: (tabId: number) => {
    refreshed.push(tabId);
    return Promise.resolve();
  },
}));

const pointing = (tabId: number): Pointing => ({
  mode: 'point',
  target: { kind: 'tip', key: 'k1' },
  toolId: 'gmail',
  lang: 'fr',
  words: pickerWords('fr'),
  sayings: stepSayings(),
  tabId,
  studioTabId: 1,
  title: 'Gmail',
  recorded: 0,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a tab the studio leaves', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    refreshed.length = 0;
    refreshTabsLeft();
  });

  it('is refreshed when pointing moves to another tab, or ends with the studio’s tab', async () => {
    await setPointing(pointing(5));
    await setPointing(pointing(6));
    await settle();
    expect(refreshed).toEqual([5]);
    await forgetStudioTab(1);
    await settle();
    expect(refreshed).toEqual([5, 6]);
  });

  it('drops a trial’s draft when the studio’s tab closes', async () => {
    await setTrial({ tabId: 7, title: 'Gmail', studioTabId: 1, pack: {} as Pack });
    await forgetStudioTab(1);
    await settle();
    expect(refreshed).toEqual([7]);
  });
});
