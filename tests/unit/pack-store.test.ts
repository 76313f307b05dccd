import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { movePack, removePack, savePack, setPackEnabled } from '../../entrypoints/background/state/pack-writes';
import { mergeInstalled } from '../../utils/packs/installed-packs';
import { tipStatesItem } from '../../utils/storage/local-items';
import { storedPacksItem } from '../../utils/storage/pack-items';
import { samplePack } from './helpers/sample-pack';

const builtin = { ...samplePack(), id: 'declic-essentials' };
const fromFile = { ...samplePack(), id: 'mentor-pack' };
const subscribed = { ...samplePack(), id: 'federation-pack' };

describe('pack store', () => {
  beforeEach(() => fakeBrowser.reset());

  it("orders layers: the user's own, then subscribed, then built-in", async () => {
    await savePack(subscribed, 'subscription', { url: 'https://f.fr/p.json', mirrors: [], updatedAt: 1 });
    await savePack(fromFile, 'file');
    const ids = (await mergeInstalled([builtin])).map((p) => `${p.pack.id}:${p.source}`);
    expect(ids).toEqual(['mentor-pack:file', 'federation-pack:subscription', 'declic-essentials:builtin']);
  });

  it('lets the user reorder and turn packs off, built-in included', async () => {
    await savePack(fromFile, 'file');
    let all = await mergeInstalled([builtin]);
    expect(all.map((p) => p.pack.id)).toEqual(['mentor-pack', 'declic-essentials']);
    await movePack('declic-essentials', -1, async () => [builtin]);
    await setPackEnabled('declic-essentials', 'builtin', false);
    all = await mergeInstalled([builtin]);
    expect(all.map((p) => [p.pack.id, p.enabled])).toEqual([
      ['declic-essentials', false],
      ['mentor-pack', true],
    ]);
  });

  it('updates a re-imported pack in place, keeping its switch and state', async () => {
    await savePack(fromFile, 'file');
    await setPackEnabled('mentor-pack', 'file', false);
    await tipStatesItem.setValue({ 'mentor-pack/gmail-cci': { status: 'got-it', at: 1 } });
    const result = await savePack({ ...fromFile, version: '2.0.0' }, 'file');
    expect(result.replacedVersion).toBe('1.2.0');
    const stored = await storedPacksItem.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ enabled: false, pack: { version: '2.0.0' } });
    expect(await tipStatesItem.getValue()).toEqual({ 'mentor-pack/gmail-cci': { status: 'got-it', at: 1 } });
  });

  it('forgets the user state of a removed pack, and only of that pack', async () => {
    await savePack(fromFile, 'file');
    await tipStatesItem.setValue({
      'mentor-pack/gmail-cci': { status: 'got-it', at: 1 },
      'declic-essentials/gmail-cci': { status: 'hidden', at: 1 },
    });
    await removePack('mentor-pack');
    expect(await storedPacksItem.getValue()).toEqual([]);
    expect(await tipStatesItem.getValue()).toEqual({ 'declic-essentials/gmail-cci': { status: 'hidden', at: 1 } });
  });
});
