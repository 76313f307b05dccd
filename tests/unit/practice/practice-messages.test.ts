import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onOpenPractice, onPracticeProgress } from '../../../entrypoints/background/messages/practice-messages';
import { feedbackItem, practiceItem } from '../../../utils/storage/local-items';

// One installed pack: a guide for Gmail (which has a practice space) and one for Outlook (none).
vi.mock('../../../utils/packs/builtin-packs', () => ({
  installedPacks: async () => [
    {
      source: 'builtin',
      enabled: true,
      pack: {
        id: 'asso-test',
        tips: [],
        guides: [
          { id: 'cci', tool: 'gmail', steps: [{ text: { fr: 'Un.' } }, { text: { fr: 'Deux.' } }] },
          { id: 'cci-outlook', tool: 'outlook', steps: [{ text: { fr: 'Un.' } }] },
        ],
      },
    },
  ],
}));

const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/practice.html') });
const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3 } as never,
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/',
});

describe('what a practice page may write', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps an exercise tried from Déclic’s page: done stays done, each try counts', async () => {
    await onPracticeProgress({ kind: 'exercise', id: 'gmail-bcc-board', done: true }, ownPage());
    await onPracticeProgress({ kind: 'exercise', id: 'gmail-bcc-board', done: false }, ownPage());
    expect((await practiceItem.getValue()).exercises['gmail-bcc-board']).toMatchObject({ done: true, tries: 2 });
  });

  it('refuses a content script, an exercise of no practice space, and a guide of a tool without one', async () => {
    await onPracticeProgress({ kind: 'exercise', id: 'gmail-bcc-board', done: true }, contentScript());
    await onPracticeProgress({ kind: 'exercise', id: 'outlook-bcc', done: true }, ownPage());
    await onPracticeProgress({ kind: 'guide', key: 'asso-test/cci-outlook' }, ownPage());
    await onPracticeProgress({ kind: 'guide', key: 'other-pack/cci' }, ownPage());
    expect(await practiceItem.getValue()).toEqual({ exercises: {}, guides: {} });
  });

  it('keeps a guide followed to its end, and a step’s feedback only for a step the guide has', async () => {
    await onPracticeProgress({ kind: 'guide', key: 'asso-test/cci' }, ownPage());
    expect(Object.keys((await practiceItem.getValue()).guides)).toEqual(['asso-test/cci']);
    await onPracticeProgress({ kind: 'feedback', key: 'asso-test/cci', step: 1, verdict: 'unclear' }, ownPage());
    await onPracticeProgress({ kind: 'feedback', key: 'asso-test/cci', step: 5, verdict: 'unclear' }, ownPage());
    expect(Object.keys(await feedbackItem.getValue())).toEqual(['asso-test/cci#2']);
  });
});

describe('« S’entraîner d’abord »', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the tool’s practice space with the guide, from the coach or a page; nothing else', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onOpenPractice({ tool: 'gmail', guide: 'asso-test/cci' }, contentScript());
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/practice.html?space=gmail&guide=asso-test%2Fcci' as never),
    });
    await onOpenPractice({ tool: 'outlook' }, ownPage());
    await onOpenPractice({ tool: 'gmail', guide: 'https://evil.example/' }, contentScript());
    await onOpenPractice({ tool: 'gmail' }, { id: 'another-extension', url: 'https://mail.google.com/' });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
