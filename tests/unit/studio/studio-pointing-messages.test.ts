import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onStudioPicked,
  onStudioPoint,
  onStudioStop,
  onStudioTakePicked,
  onStudioTry,
} from '../../../entrypoints/background/messages/studio-pointing';
import { studioPickedItem, studioPointingItem, tabStatesItem } from '../../../utils/storage/session-items';
import { pickerWords, stepSayings } from '../../../utils/studio/picker-words';
import { samplePack } from '../helpers/sample-pack';

const request = {
  mode: 'point',
  target: { kind: 'tip', key: 'k1' },
  toolId: 'gmail',
  lang: 'fr',
  words: pickerWords('fr'),
  sayings: stepSayings(),
};
const sentence = { fr: 'Cliquez.', en: 'Click.' };
const anchor = [{ role: 'button', name: { fr: 'Nouveau message' } }];

describe('the studio pointing at a page, as the background checks it', () => {
  let gmailTab = 0;
  let studioTab = 0;
  const studio = () => ({
    id: fakeBrowser.runtime.id,
    tab: { id: studioTab } as never,
    url: fakeBrowser.runtime.getURL('/studio.html'),
  });
  const page = (tabId: number) => ({
    id: fakeBrowser.runtime.id,
    tab: { id: tabId } as never,
    frameId: 0,
    url: 'https://mail.google.com/mail/u/0/',
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    studioTab = (await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/studio.html') })).id!;
    gmailTab = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' })).id!;
    await tabStatesItem.setValue({ [gmailTab]: { toolId: 'gmail', contextId: null, site: 'https://mail.google.com' } });
  });

  it('only the studio page starts pointing, and only at a tab of the tool asked for', async () => {
    expect(await onStudioPoint(request, page(gmailTab))).toEqual({ ok: false });
    expect(await onStudioPoint({ ...request, toolId: 'outlook' }, studio())).toEqual({ ok: false });
    expect(await onStudioPoint(request, studio())).toMatchObject({ ok: true });
    expect(await studioPointingItem.getValue()).toMatchObject({
      tabId: gmailTab,
      studioTabId: studioTab,
      mode: 'point',
    });
  });

  it('keeps a place only from the pointing tab, never one with personal text, and a point ends there', async () => {
    await onStudioPoint(request, studio());
    expect(await onStudioPicked({ anchor, sentence }, page(gmailTab + 100))).toBe(false);
    const personal = [{ attributes: { 'aria-label': 'tresoriere@asso.fr' } }];
    expect(await onStudioPicked({ anchor: personal, sentence }, page(gmailTab))).toBe(false);
    expect(await studioPickedItem.getValue()).toEqual([]);
    expect(await onStudioPicked({ anchor, sentence }, page(gmailTab))).toBe(true);
    expect(await studioPointingItem.getValue()).toBeNull();
    // Only the studio takes the places waiting; then they are gone.
    expect(await onStudioTakePicked(page(gmailTab))).toEqual([]);
    const taken = await onStudioTakePicked(studio());
    expect(taken).toMatchObject([{ target: { kind: 'tip', key: 'k1' }, anchor, sentence }]);
    expect(await studioPickedItem.getValue()).toEqual([]);
  });

  it('a recording counts its steps until the page or the studio stops it', async () => {
    await onStudioPoint({ ...request, mode: 'record', target: { kind: 'guide', guideKey: 'g1' } }, studio());
    await onStudioPicked({ anchor, sentence }, page(gmailTab));
    await onStudioPicked({ anchor, sentence }, page(gmailTab));
    expect(await studioPointingItem.getValue()).toMatchObject({ recorded: 2 });
    await onStudioStop(page(gmailTab + 100));
    expect(await studioPointingItem.getValue()).not.toBeNull();
    await onStudioStop(page(gmailTab));
    expect(await studioPointingItem.getValue()).toBeNull();
  });

  it('tries only a pack the loader accepts', async () => {
    expect(await onStudioTry({ pack: { id: 'x' }, lang: 'fr' }, studio())).toEqual({ ok: false, refused: true });
    const pack = { ...samplePack(), tips: samplePack().tips.map((tip) => ({ ...tip, tool: 'gmail' })) };
    expect(await onStudioTry({ pack, lang: 'fr' }, page(gmailTab))).toEqual({ ok: false });
    expect(await onStudioTry({ pack, lang: 'fr' }, studio())).toMatchObject({ ok: true });
  });
});
