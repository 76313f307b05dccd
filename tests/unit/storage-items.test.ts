import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetKnownTerm, setTipStatus } from '../../entrypoints/background/state/progress-writes';
import { updateSettings } from '../../entrypoints/background/state/settings-writes';
import { siteOf } from '../../utils/coach/site-of';
import { itemKey } from '../../utils/packs/item-key';
import { readSettings } from '../../utils/settings/read-settings';
import { defaultSettings } from '../../utils/settings/settings-schema';
import { knownTermsItem, settingsItem, tipStatesItem } from '../../utils/storage/local-items';

const getSettings = async () => (await readSettings()).settings;

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    expect(await getSettings()).toEqual(defaultSettings);
    // Only the volunteer's own choices are stored: nothing yet.
    expect(await settingsItem.getValue()).toEqual({});
    expect(await tipStatesItem.getValue()).toEqual({});
  });

  it('round-trips settings through real extension storage', async () => {
    await updateSettings({ language: 'fr', level: 'intermediate' }, new Set());
    expect(await getSettings()).toEqual({ ...defaultSettings, language: 'fr', level: 'intermediate' });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ language: 'fr' });
    expect(raw.settings).toEqual({ language: 'fr', level: 'intermediate' });
  });

  it('keeps tip choices keyed by pack and tip, and forgets them on request', async () => {
    await setTipStatus(itemKey('declic-essentials', 'gmail-undo-send'), 'got-it');
    await setTipStatus(itemKey('declic-essentials', 'gmail-spam'), 'hidden');
    expect(await tipStatesItem.getValue()).toEqual({
      'declic-essentials/gmail-undo-send': { status: 'got-it', at: expect.any(Number) },
      'declic-essentials/gmail-spam': { status: 'hidden', at: expect.any(Number) },
    });
    await setTipStatus('declic-essentials/gmail-spam', null);
    expect(Object.keys(await tipStatesItem.getValue())).toEqual(['declic-essentials/gmail-undo-send']);
  });

  it('fills in settings that an older version did not store', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'fr' } });
    expect(await getSettings()).toEqual({ ...defaultSettings, language: 'fr' });
    await updateSettings({ level: 'intermediate' }, new Set());
    expect(await getSettings()).toEqual({ ...defaultSettings, language: 'fr', level: 'intermediate' });
  });

  it('upgrades settings written by version 1 (the whole object) to the choices alone', async () => {
    // What Déclic 0.1 wrote: every field, defaults included.
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings, language: 'fr', disabledSites: ['https://a.example'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ language: 'fr', disabledSites: ['https://a.example'] });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('never stores a locked setting, and ignores a bad stored value', async () => {
    await updateSettings({ language: 'en', glossary: false }, new Set(['language']));
    expect(await settingsItem.getValue()).toEqual({ glossary: false });
    await fakeBrowser.storage.local.set({ settings: { level: 'expert', glossary: false, surprise: 1 } });
    expect(await getSettings()).toEqual({ ...defaultSettings, glossary: false });
  });

  it('upgrades tip choices written by version 1 (status only) to version 2', async () => {
    // Exactly what Déclic 0.1 wrote: no version marker, a bare status per tip.
    await fakeBrowser.storage.local.set({
      tipStates: {
        'declic-essentials/gmail-undo-send': 'got-it',
        'declic-essentials/gmail-spam': 'hidden',
        'x/y': 'bogus',
      },
    });
    await tipStatesItem.migrate();
    expect(await tipStatesItem.getValue()).toEqual({
      'declic-essentials/gmail-undo-send': { status: 'got-it', at: 0 },
      'declic-essentials/gmail-spam': { status: 'hidden', at: 0 },
    });
    expect((await fakeBrowser.storage.local.get('tipStates$')).tipStates$).toEqual({ v: 2 });
  });

  it('forgets one known word and keeps the others', async () => {
    await knownTermsItem.setValue({ 'declic-essentials/cci': { at: 1 }, 'declic-essentials/cc': { at: 2 } });
    await forgetKnownTerm('declic-essentials/cci');
    expect(await knownTermsItem.getValue()).toEqual({ 'declic-essentials/cc': { at: 2 } });
    await forgetKnownTerm('declic-essentials/unknown');
    expect(await knownTermsItem.getValue()).toEqual({ 'declic-essentials/cc': { at: 2 } });
  });

  it('turns a page address into the site key, and refuses other schemes', () => {
    expect(siteOf('https://mail.google.com/mail/u/0/#inbox')).toBe('https://mail.google.com');
    expect(siteOf('http://intranet.asso.local:8080/apps/files/')).toBe('http://intranet.asso.local:8080');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
