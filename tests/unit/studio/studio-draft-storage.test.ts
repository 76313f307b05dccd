import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSaveStudioDraft } from '../../../entrypoints/background/messages/studio-messages';
import { resetPersonalState } from '../../../entrypoints/background/state/personal-reset';
import { studioDraftItem } from '../../../utils/storage/local-items';
import { newDraft } from '../helpers/studio-draft';

const page = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/studio.html` });
const contentScript = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: 'https://mail.google.com/' });

describe('the studio draft, kept by the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is saved when the studio sends it, and read back whole', async () => {
    const draft = newDraft();
    expect(await onSaveStudioDraft(draft, page())).toBe(true);
    expect(await studioDraftItem.getValue()).toEqual(draft);
    expect(await onSaveStudioDraft(null, page())).toBe(true);
    expect(await studioDraftItem.getValue()).toBeNull();
  });

  it('refuses a content script, and a draft of another shape', async () => {
    expect(await onSaveStudioDraft(newDraft(), contentScript())).toBe(false);
    expect(await onSaveStudioDraft({ ...newDraft(), html: '<b>' }, page())).toBe(false);
    expect(await onSaveStudioDraft({ ...newDraft(), tips: 'many' }, page())).toBe(false);
    expect(await onSaveStudioDraft({ ...newDraft(), languages: 'de' }, page())).toBe(false);
    expect(await studioDraftItem.getValue()).toBeNull();
  });

  it('is forgotten by "Next volunteer" on a shared computer, with the rest of what one person typed', async () => {
    await onSaveStudioDraft(newDraft(), page());
    await resetPersonalState();
    expect(await studioDraftItem.getValue()).toBeNull();
  });
});
