import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../entrypoints/background/state/settings-writes';
import { coachContext } from '../../entrypoints/background/surfaces/coach-context';
import { glossaryEntries } from '../../entrypoints/glossary.content/view';
import { knownTermsItem } from '../../utils/storage/local-items';
import type { TabState } from '../../utils/storage/session-items';
import { samplePack } from './helpers/sample-pack';

const term = (id: string, fr: string, en: string, extra: object = {}) => ({
  id,
  term: { fr, en },
  definition: { fr: `Définition de ${fr}.`, en: `Meaning of ${en}.` },
  ...extra,
});

const builtin = {
  ...samplePack(),
  id: 'declic-essentials',
  glossary: [
    term('piece-jointe', 'pièce jointe', 'attachment', { variants: { fr: ['pièces jointes'], en: ['attachments'] } }),
    term('etiquette-wp', 'étiquette', 'tag', { tools: ['wordpress-admin'] }),
    term('cci', 'Cci', 'Bcc', { tools: ['gmail'], contexts: ['compose'] }),
  ],
};

const glossaryFor = async (state: TabState) => glossaryEntries(await coachContext(1, state));

describe('glossary for a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    // Only the essentials here: the second built-in pack's file is missing (and left out).
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      String(input).endsWith('/declic-essentials.json')
        ? new Response(JSON.stringify(builtin))
        : new Response('', { status: 404 }),
    );
  });

  const gmail = { toolId: 'gmail', contextId: null, site: 'https://mail.google.com' } as const;

  it('keeps terms scoped to the tool and context the user is in, in both languages', async () => {
    const inbox = await glossaryFor(gmail);
    expect(inbox.map((e) => e.key)).toEqual(['declic-essentials/piece-jointe']);
    expect(inbox[0]).toMatchObject({
      term: 'pièce jointe',
      definition: 'Définition de pièce jointe.',
      forms: ['pièce jointe', 'attachment', 'pièces jointes', 'attachments'],
    });
    const compose = await glossaryFor({ ...gmail, contextId: 'compose' });
    expect(compose.map((e) => e.key)).toContain('declic-essentials/cci');
    const wordpress = await glossaryFor({ toolId: 'wordpress-admin', contextId: null, site: 'https://asso.fr' });
    expect(wordpress.map((e) => e.key)[0]).toBe('declic-essentials/etiquette-wp');
  });

  it('leaves out words the user knows, and everything when the glossary is off', async () => {
    await knownTermsItem.setValue({ 'declic-essentials/piece-jointe': { at: 1 } });
    expect(await glossaryFor(gmail)).toEqual([]);
    await knownTermsItem.setValue({});
    await updateSettings({ glossary: false }, new Set());
    expect(await glossaryFor(gmail)).toEqual([]);
  });
});
