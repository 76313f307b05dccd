import { describe, expect, it } from 'vitest';
import { detectionReportSchema, tabSender } from '../../entrypoints/background/message-guards';

const ours = 'declic-id';
const fromTab = { id: ours, tab: { id: 7 } as never, frameId: 0, url: 'https://mail.google.com/mail/u/0/' };

describe('message guards', () => {
  it('accepts a top-frame content script of this extension', () => {
    expect(tabSender(fromTab, ours)).toEqual({ tabId: 7, url: 'https://mail.google.com/mail/u/0/' });
  });

  it('refuses other extensions, sub-frames and senders without a tab', () => {
    expect(tabSender({ ...fromTab, id: 'someone-else' }, ours)).toBeNull();
    expect(tabSender({ ...fromTab, frameId: 3 }, ours)).toBeNull();
    expect(tabSender({ id: ours, url: 'chrome-extension://declic-id/popup.html' }, ours)).toBeNull();
  });

  it('accepts only known tools, known contexts and no extra fields', () => {
    expect(detectionReportSchema.safeParse({ toolId: 'gmail', contextId: 'compose' }).success).toBe(true);
    expect(detectionReportSchema.safeParse({ toolId: null, contextId: null }).success).toBe(true);
    for (const bad of [
      { toolId: 'evil', contextId: null },
      { toolId: 'gmail', contextId: 'anything' },
      { toolId: 'gmail', contextId: null, url: 'https://evil.example/' },
      { toolId: 'gmail' },
      'gmail',
      null,
    ]) {
      expect(detectionReportSchema.safeParse(bad).success).toBe(false);
    }
  });
});
