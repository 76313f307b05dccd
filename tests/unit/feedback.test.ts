import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onGiveFeedback } from '../../entrypoints/background/messages/content-messages';
import { freshSessionIfShared, resetPersonalState } from '../../entrypoints/background/state/personal-reset';
import { setFeedback } from '../../entrypoints/background/state/progress-writes';
import { coachContext } from '../../entrypoints/background/surfaces/coach-context';
import { guideView } from '../../entrypoints/guide.content/view';
import { panelView } from '../../entrypoints/panel.content/view';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import type { Pack } from '../../utils/packs/pack-schema';
import { nextVerdict, parseFeedbackKey, stepFeedbackKey } from '../../utils/progress/feedback';
import { feedbackEntries, feedbackFile } from '../../utils/progress/feedback-report';
import { feedbackItem, settingsItem } from '../../utils/storage/local-items';
import { guideSessionsItem, tabStatesItem } from '../../utils/storage/session-items';
import { samplePack } from './helpers/sample-pack';

/** The sample pack with one Gmail guide of three steps. */
const packWithGuide = (): Pack => ({
  ...samplePack(),
  guides: [
    {
      id: 'gmail-send',
      tool: 'gmail',
      title: { fr: 'Envoyer un fichier', en: 'Send a file' },
      steps: [
        { text: { fr: 'Un.', en: 'One.' } },
        { text: { fr: 'Deux.', en: 'Two.' } },
        { text: { fr: 'Trois.', en: 'Three.' } },
      ],
    },
  ],
});

const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 12 } as never,
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/',
});
const gmailTab = { 12: { toolId: 'gmail', contextId: 'compose', site: 'https://mail.google.com' } } as const;

describe('feedback on tips and guide steps', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(packWithGuide())));
    await tabStatesItem.setValue(gmailTab);
  });

  it('keeps one answer per item: the other answer replaces it, the same one takes it back', async () => {
    expect(nextVerdict(undefined, 'helped')).toBe('helped');
    expect(nextVerdict('helped', 'unclear')).toBe('unclear');
    expect(nextVerdict('unclear', 'unclear')).toBeNull();
    await setFeedback('asso-test/gmail-cci', 'helped');
    await setFeedback('asso-test/gmail-cci', 'unclear');
    expect(await feedbackItem.getValue()).toEqual({
      'asso-test/gmail-cci': { verdict: 'unclear', at: expect.any(Number) },
    });
    await setFeedback('asso-test/gmail-cci', null);
    expect(await feedbackItem.getValue()).toEqual({});
  });

  it('keys a guide step by its number as the volunteer reads it', () => {
    expect(stepFeedbackKey('asso-test/gmail-send', 0)).toBe('asso-test/gmail-send#1');
    expect(parseFeedbackKey('asso-test/gmail-send#3')).toEqual({ item: 'asso-test/gmail-send', step: 3 });
    expect(parseFeedbackKey('asso-test/gmail-cci')).toEqual({ item: 'asso-test/gmail-cci', step: null });
  });

  it("records only answers about the tab's tool, from a content script, in a checked shape", async () => {
    await onGiveFeedback({ key: 'asso-test/gmail-cci', verdict: 'helped' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-send#3', verdict: 'unclear' }, contentScript());
    // Another tool's tip, a step the guide does not have, a made-up verdict, extra fields,
    // another extension, a sub-frame: nothing is written.
    await onGiveFeedback({ key: 'asso-test/drive-share', verdict: 'helped' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-send#4', verdict: 'helped' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-send#0', verdict: 'helped' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-cci', verdict: 'love' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-cci', verdict: null, note: 'x' }, contentScript());
    await onGiveFeedback({ key: 'asso-test/gmail-cci', verdict: null }, { ...contentScript(), id: 'other' });
    await onGiveFeedback({ key: 'asso-test/gmail-cci', verdict: null }, { ...contentScript(), frameId: 3 });
    expect(await feedbackItem.getValue()).toEqual({
      'asso-test/gmail-cci': { verdict: 'helped', at: expect.any(Number) },
      'asso-test/gmail-send#3': { verdict: 'unclear', at: expect.any(Number) },
    });
  });

  it('reaches the panel and the guide step through their views', async () => {
    await setFeedback('asso-test/gmail-cci', 'unclear');
    await setFeedback('asso-test/gmail-send#2', 'helped');
    const ctx = await coachContext(12, gmailTab[12]);
    expect(panelView(ctx).tips.find((tip) => tip.key === 'asso-test/gmail-cci')?.verdict).toBe('unclear');
    // "Ask for help" names the tip the volunteer found unclear…
    expect(panelView(ctx).help.about).toEqual({ kind: 'tip', title: 'Hide addresses' });
    // …or, while a guide runs, the step they are on.
    await guideSessionsItem.setValue({ 12: { key: 'asso-test/gmail-send', step: 1 } });
    const running = await coachContext(12, gmailTab[12]);
    expect(guideView(running)).toMatchObject({ verdict: 'helped', labels: { helped: 'This helped' } });
    expect(panelView(running).help.about).toEqual({ kind: 'step', guide: 'Send a file', n: 2, total: 3 });
  });

  it('is forgotten by "Next volunteer" and by a new session on a shared computer', async () => {
    await setFeedback('asso-test/gmail-cci', 'helped');
    await settingsItem.setValue({ language: 'fr' });
    await resetPersonalState();
    expect(await feedbackItem.getValue()).toEqual({});
    expect(await settingsItem.getValue()).toEqual({ language: 'fr' });
    await setFeedback('asso-test/gmail-cci', 'helped');
    expect(await freshSessionIfShared({ sharedComputer: true })).toBe(true);
    expect(await feedbackItem.getValue()).toEqual({});
  });
});

describe('the file for a mentor', () => {
  const packs: InstalledPack[] = [{ pack: packWithGuide(), source: 'builtin', enabled: true } as InstalledPack];
  const feedback = {
    'asso-test/gmail-cci': { verdict: 'helped' as const, at: Date.UTC(2026, 10, 30, 12) },
    'asso-test/gmail-send#2': { verdict: 'unclear' as const, at: Date.UTC(2026, 11, 1, 12) },
    'gone-pack/old-tip': { verdict: 'unclear' as const, at: 1 },
  };

  it('lists what helped and what was not clear, leaving out items whose pack is gone', () => {
    const entries = feedbackEntries(packs, feedback);
    expect(entries.map((entry) => entry.key)).toEqual(['asso-test/gmail-send#2', 'asso-test/gmail-cci']);
    expect(entries[0]).toMatchObject({ tool: 'gmail', step: { n: 2, total: 3 } });
  });

  it.each([
    [
      'fr',
      'declic-mon-avis-2026-12-01.txt',
      [
        'Ce qui m’a aidé (1)',
        '- Gmail — Astuce\u202f: Cacher les adresses (30 novembre 2026)',
        'Ce qui n’était pas clair (1)',
        '- Gmail — Guide «\u202fEnvoyer un fichier\u202f», étape 2 sur 3 (1er décembre 2026)',
        'Déclic ne l’a envoyé à personne.',
      ],
    ],
    [
      'en',
      'declic-my-opinion-2026-12-01.txt',
      [
        'What helped me (1)',
        '- Gmail — Tip: Hide addresses (30 November 2026)',
        'What was not clear (1)',
        '- Gmail — Guide “Send a file”, step 2 of 3 (1 December 2026)',
      ],
    ],
  ] as const)('is plain text in the volunteer’s language (%s)', (lang, name, lines) => {
    const file = feedbackFile(feedbackEntries(packs, feedback), lang, Date.UTC(2026, 11, 1, 12));
    expect(file.name).toBe(name);
    for (const line of lines) expect(file.text).toContain(line);
    expect(file.text.indexOf(lines[0])).toBeLessThan(file.text.indexOf(lines[2]));
  });
});
