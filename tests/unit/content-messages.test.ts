import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onKnowTerm,
  onOpenOptions,
  onOpenPanel,
  onSetTipStatus,
} from '../../entrypoints/background/messages/content-messages';
import { onReportDetection } from '../../entrypoints/background/messages/detection';
import { onInstallPack, onUpdateSettings } from '../../entrypoints/background/messages/page-messages';
import { knownTermsItem, settingsItem, tipStatesItem } from '../../utils/storage/local-items';
import { tabStatesItem } from '../../utils/storage/session-items';
import { samplePack } from './helpers/sample-pack';

const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 12 } as never,
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/',
});
const gmailTab = { 12: { toolId: 'gmail', contextId: 'compose', site: 'https://mail.google.com' } } as const;
const hidden = { show: false, toolId: null };

describe('messages from content scripts', () => {
  let fetchSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    // The built-in pack is a file of the extension itself: the only address Déclic fetches here.
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(samplePack())));
  });
  const fetchedOnlyOwnFiles = () => {
    for (const [url] of fetchSpy.mock.calls) expect(String(url)).toMatch(/^chrome-extension:\/\//);
  };

  it('a content script cannot make the extension fetch or open an arbitrary URL', async () => {
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting = { executeScript: inject } as never;
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);

    const hostile = {
      toolId: null,
      contextId: null,
      loaded: [],
      first: true,
      url: 'https://evil.example/pack.json',
      files: ['https://evil.example/x.js'],
    };
    expect(await onReportDetection(hostile, contentScript())).toMatchObject(hidden);
    expect(await tabStatesItem.getValue()).toEqual({});
    await tabStatesItem.setValue(gmailTab);
    await onOpenPanel({ ...contentScript(), url: 'https://evil.example/' });
    await onOpenOptions(contentScript());

    fetchedOnlyOwnFiles();
    // The only injection possible: Déclic's own panel file, into the sender's own tab, top frame.
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [0] }, files: ['/content-scripts/panel.js'] });
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('ignores other extensions, sub-frames and pages without a tab', async () => {
    await tabStatesItem.setValue(gmailTab);
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting = { executeScript: inject } as never;
    await onOpenPanel({ ...contentScript(), id: 'another-extension' });
    await onOpenPanel({ ...contentScript(), frameId: 4 });
    await onOpenPanel({ id: fakeBrowser.runtime.id });
    expect(inject).not.toHaveBeenCalled();
  });

  it('a report that the tool is gone clears what the popup shows', async () => {
    await tabStatesItem.setValue(gmailTab);
    expect(
      await onReportDetection({ toolId: null, contextId: null, loaded: [], first: false }, contentScript()),
    ).toMatchObject(hidden);
    expect(await tabStatesItem.getValue()).toEqual({});
  });

  it("records only what belongs to the tab's tool, from a content script, in a checked shape", async () => {
    await tabStatesItem.setValue(gmailTab);
    await onSetTipStatus({ key: 'asso-test/gmail-cci', status: 'got-it' }, contentScript());
    // A tip of another tool, a made-up key, a bad status, another extension: nothing is written.
    await onSetTipStatus({ key: 'asso-test/drive-share', status: 'got-it' }, contentScript());
    await onSetTipStatus({ key: 'asso-test/none', status: 'got-it' }, contentScript());
    await onSetTipStatus({ key: 'asso-test/gmail-cci', status: 'pwned' }, contentScript());
    await onSetTipStatus({ key: 'asso-test/gmail-cci', status: null }, { ...contentScript(), id: 'other' });
    expect(Object.keys(await tipStatesItem.getValue())).toEqual(['asso-test/gmail-cci']);
    await onKnowTerm({ key: 'asso-test/not-a-word' }, contentScript());
    expect(await knownTermsItem.getValue()).toEqual({});
  });

  it("a content script cannot use the pages' messages (settings, packs)", async () => {
    await onUpdateSettings({ language: 'fr' }, contentScript());
    expect(await settingsItem.getValue()).toEqual({});
    const result = await onInstallPack({ pack: { ...samplePack(), id: 'intruder' } }, contentScript());
    expect(result.ok).toBe(false);
    // The same from the options page is accepted.
    const page = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };
    await onUpdateSettings({ language: 'fr' }, page);
    expect(await settingsItem.getValue()).toEqual({ language: 'fr' });
    expect((await onInstallPack({ pack: { ...samplePack(), id: 'mentor-pack' } }, page)).ok).toBe(true);
  });
});
