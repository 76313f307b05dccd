import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshSessionIfShared, resetPersonalState } from '../../entrypoints/background/state/personal-reset';
import { categoryOff } from '../../utils/policy/managed';
import { parsePolicy } from '../../utils/policy/policy-schema';
import { idleMinutes, resetOnIdle } from '../../utils/policy/shared-computer';
import { lockedNames, resolveSettings } from '../../utils/settings/resolve-settings';
import { defaultSettings } from '../../utils/settings/settings-schema';
import { guideProgressItem, knownTermsItem, settingsItem, tipStatesItem } from '../../utils/storage/local-items';

describe('reading the association policy', () => {
  it('keeps every valid key', () => {
    const { policy, notes } = parsePolicy({
      lockedSettings: { language: 'fr', glossary: false, categories: { meetings: false } },
      packs: [{ url: 'https://asso.example/pack.json', mirrors: ['https://mirror.example/pack.json'] }],
      allowUserPacks: false,
      allowedPackSources: ['https://asso.example/'],
      sharedComputer: true,
      idleResetMinutes: 20,
      sites: [{ origin: 'https://cloud.asso.example', tool: 'nextcloud' }],
    });
    expect(notes).toEqual([]);
    expect(policy.lockedSettings?.language).toBe('fr');
    expect(policy.packs?.[0]?.mirrors).toEqual(['https://mirror.example/pack.json']);
    expect(policy.sites).toEqual([{ origin: 'https://cloud.asso.example', tool: 'nextcloud' }]);
  });

  it('no policy at all is an empty policy, with nothing to say', () => {
    for (const raw of [undefined, null, {}, 'text', 3, []]) expect(parsePolicy(raw)).toEqual({ policy: {}, notes: [] });
  });

  it('ignores each invalid value with a note, and keeps the rest', () => {
    const { policy, notes } = parsePolicy({
      idleResetMinutes: 2,
      lockedSettings: { language: 'de' },
      packs: [{ url: 'http://asso.example/pack.json' }, { url: 'https://asso.example/ok.json' }],
      sites: [
        { origin: 'https://cloud.asso.example/path', tool: 'nextcloud' },
        { origin: 'https://a.example', tool: 'nope' },
      ],
      sharedComputer: true,
      surprise: 1,
    });
    expect(policy).toEqual({ packs: [{ url: 'https://asso.example/ok.json' }], sites: [], sharedComputer: true });
    expect(notes).toEqual([
      { key: 'idleResetMinutes', problem: 'policy.note.idle' },
      { key: 'lockedSettings.language', problem: 'policy.note.invalid' },
      { key: 'packs.0.url', problem: 'policy.note.https' },
      { key: 'sites.0.origin', problem: 'policy.note.origin' },
      { key: 'sites.1.tool', problem: 'policy.note.tool' },
      { key: 'surprise', problem: 'policy.note.unknown' },
    ]);
  });

  it('a hostile value (prototype keys, huge lists) never throws', () => {
    expect(() => parsePolicy(JSON.parse('{"__proto__": {"x": 1}, "lockedSettings": {"__proto__": {}}}'))).not.toThrow();
    const { notes } = parsePolicy({ packs: Array.from({ length: 500 }, () => ({ url: 'https://a.example/' })) });
    expect(notes[0]?.key).toBe('packs');
  });
});

describe('which settings apply', () => {
  it('locked > user > default', () => {
    const stored = { language: 'en', level: 'intermediate' };
    const settings = resolveSettings({ stored, locked: { language: 'fr', glossary: false } });
    expect(settings).toEqual({ ...defaultSettings, language: 'fr', level: 'intermediate', glossary: false });
    expect(resolveSettings({ stored: undefined })).toEqual(defaultSettings);
    const locked = parsePolicy({ lockedSettings: { language: 'fr', glossary: false, categories: { design: false } } });
    expect([...lockedNames(locked.policy.lockedSettings)].sort()).toEqual(['glossary', 'language']);
  });

  it("an association build's defaults apply where the volunteer chose nothing, under the policy", () => {
    const association = { language: 'fr', level: 'intermediate', glossaryStyle: 'bold' } as const;
    expect(resolveSettings({ association, stored: {} })).toEqual({ ...defaultSettings, ...association });
    // The volunteer's own choice wins over the association's default; the policy over both.
    expect(
      resolveSettings({ association, stored: { level: 'beginner' }, locked: { glossaryStyle: 'dotted' } }),
    ).toEqual({
      ...defaultSettings,
      language: 'fr',
      level: 'beginner',
      glossaryStyle: 'dotted',
    });
  });

  it('a kind of tool can be turned off', () => {
    expect(categoryOff({ lockedSettings: { categories: { meetings: false } } }, 'meetings')).toBe(true);
    expect(categoryOff({ lockedSettings: { categories: { meetings: true } } }, 'meetings')).toBe(false);
    expect(categoryOff({}, 'email')).toBe(false);
  });
});

describe('shared computers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('"Next volunteer" forgets tips, words and guides, and keeps settings', async () => {
    await tipStatesItem.setValue({ 'p/t': { status: 'got-it', at: 1 } });
    await knownTermsItem.setValue({ 'p/w': { at: 1 } });
    await guideProgressItem.setValue({ 'p/g': { step: 1, done: false, at: 1 } });
    await settingsItem.setValue({ language: 'fr' });
    await resetPersonalState();
    expect(await tipStatesItem.getValue()).toEqual({});
    expect(await knownTermsItem.getValue()).toEqual({});
    expect(await guideProgressItem.getValue()).toEqual({});
    expect((await settingsItem.getValue()).language).toBe('fr');
  });

  it('a new browser session on a shared computer starts fresh, once', async () => {
    await knownTermsItem.setValue({ 'p/w': { at: 1 } });
    expect(await freshSessionIfShared({})).toBe(false);
    expect(await knownTermsItem.getValue()).toEqual({ 'p/w': { at: 1 } });
    expect(await freshSessionIfShared({ sharedComputer: true })).toBe(true);
    expect(await knownTermsItem.getValue()).toEqual({});
    // Later in the same session (the worker woke up again): what the volunteer learned stays.
    await knownTermsItem.setValue({ 'p/w': { at: 2 } });
    expect(await freshSessionIfShared({ sharedComputer: true })).toBe(false);
    expect(await knownTermsItem.getValue()).toEqual({ 'p/w': { at: 2 } });
  });

  it('resets when idle or locked, only on a shared computer, after the chosen time', () => {
    expect(resetOnIdle({ sharedComputer: true }, 'idle')).toBe(true);
    expect(resetOnIdle({ sharedComputer: true }, 'locked')).toBe(true);
    expect(resetOnIdle({ sharedComputer: true }, 'active')).toBe(false);
    expect(resetOnIdle({}, 'idle')).toBe(false);
    expect(idleMinutes({ sharedComputer: true, idleResetMinutes: 15 })).toBe(15);
    expect(idleMinutes({ sharedComputer: true })).toBe(30);
    expect(idleMinutes({ idleResetMinutes: 15 })).toBeNull();
  });
});
