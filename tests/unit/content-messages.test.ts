import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onOpenOptions, onOpenPanel, onReportDetection } from '../../entrypoints/background/content-messages';
import { hiddenState } from '../../utils/messaging';
import { tabStatesItem } from '../../utils/tab-state';

const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 12 } as never,
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/',
});

describe('messages from content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a content script cannot make the extension fetch or open an arbitrary URL', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting = { executeScript: inject } as never;
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);

    const hostile = {
      toolId: null,
      contextId: null,
      url: 'https://evil.example/pack.json',
      files: ['https://evil.example/x.js'],
    };
    expect(await onReportDetection(hostile, contentScript())).toEqual(hiddenState);
    await onOpenPanel({ ...contentScript(), url: 'https://evil.example/' });
    await onOpenOptions(contentScript());

    expect(fetchSpy).not.toHaveBeenCalled();
    // The only injection possible: Déclic's own panel file, into the sender's own tab, top frame.
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [0] }, files: ['/content-scripts/coach.js'] });
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(await tabStatesItem.getValue()).toEqual({});
  });

  it('ignores other extensions, sub-frames and pages without a tab', async () => {
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting = { executeScript: inject } as never;
    await onOpenPanel({ ...contentScript(), id: 'another-extension' });
    await onOpenPanel({ ...contentScript(), frameId: 4 });
    await onOpenPanel({ id: fakeBrowser.runtime.id });
    expect(inject).not.toHaveBeenCalled();
  });

  it('a report that the tool is gone clears what the popup shows', async () => {
    await tabStatesItem.setValue({ 12: { toolId: 'gmail', contextId: null, site: 'https://mail.google.com' } });
    expect(await onReportDetection({ toolId: null, contextId: null }, contentScript())).toEqual(hiddenState);
    expect(await tabStatesItem.getValue()).toEqual({});
  });
});
