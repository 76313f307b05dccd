import { describe, expect, it } from 'vitest';
import { detectionReportSchema, tabSender } from '../../entrypoints/background/messages/guards';

const ours = { id: 'declic-id', base: 'chrome-extension://declic-id/' };
const fromTab = { id: ours.id, tab: { id: 7 } as never, frameId: 0, url: 'https://mail.google.com/mail/u/0/' };

describe('message guards', () => {
  it('accepts a top-frame content script of this extension', () => {
    expect(tabSender(fromTab, ours)).toEqual({ tabId: 7, frameId: 0, url: 'https://mail.google.com/mail/u/0/' });
    // Any frame, when asked ("Explain" in a frame).
    expect(tabSender({ ...fromTab, frameId: 3 }, ours, true)?.frameId).toBe(3);
  });

  it('refuses other extensions, sub-frames and senders without a tab', () => {
    expect(tabSender({ ...fromTab, id: 'someone-else' }, ours)).toBeNull();
    expect(tabSender({ ...fromTab, frameId: 3 }, ours)).toBeNull();
    expect(tabSender({ id: ours.id, url: 'chrome-extension://declic-id/popup.html' }, ours)).toBeNull();
    // One of Déclic's own pages open in a tab is not a content script.
    expect(tabSender({ ...fromTab, url: 'chrome-extension://declic-id/options.html' }, ours)).toBeNull();
  });

  it('accepts only known tools, known contexts and no extra fields', () => {
    const extra = { loaded: ['glossary'], first: true };
    expect(detectionReportSchema.safeParse({ toolId: 'gmail', contextId: 'compose', ...extra }).success).toBe(true);
    expect(detectionReportSchema.safeParse({ toolId: null, contextId: null, ...extra }).success).toBe(true);
    for (const bad of [
      { toolId: 'evil', contextId: null, ...extra },
      { toolId: 'gmail', contextId: 'anything', ...extra },
      { toolId: 'gmail', contextId: null, ...extra, url: 'https://evil.example/' },
      { toolId: 'gmail', contextId: null, loaded: ['a-surface-we-do-not-have'], first: true },
      { toolId: 'gmail', contextId: null },
      { toolId: 'gmail' },
      'gmail',
      null,
    ]) {
      expect(detectionReportSchema.safeParse(bad).success).toBe(false);
    }
  });
});
