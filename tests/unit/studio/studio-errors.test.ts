import { describe, expect, it } from 'vitest';
import { type Lang, translate } from '../../../utils/i18n';
import { draftErrors } from '../../../utils/studio/draft-errors';
import { emptyStep, emptyWord, type StudioDraft } from '../../../utils/studio/draft-model';
import { exportDraft } from '../../../utils/studio/export-draft';
import { limits } from '../../../utils/studio/studio-limits';
import { bilingualDraft, newDraft } from '../helpers/studio-draft';

const messages = (draft: StudioDraft, lang: Lang) => draftErrors(draft, lang).map((error) => error.message);
const N = '\u202f';

describe('the studio says mistakes in words', () => {
  it('a filled draft has none', () => {
    expect(draftErrors(newDraft(), 'fr')).toEqual([]);
  });

  it('an empty title, on its field, in French and English', () => {
    const draft = newDraft();
    draft.tips[1] = { ...draft.tips[1]!, title: { fr: ' ', en: '' } };
    const [error] = draftErrors(draft, 'fr');
    expect(error).toEqual({ field: `tip-${draft.tips[1]?.key}-title-fr`, message: 'Le titre de l’astuce 2 est vide' });
    expect(messages(draft, 'en')).toEqual(['The title of tip 2 is empty']);
  });

  it('a step too long, with the limit read from the pack schema', () => {
    const draft = newDraft();
    const guide = draft.guides[0]!;
    guide.steps[1] = { ...guide.steps[1]!, text: { fr: 'x'.repeat(limits.stepText + 1), en: '' } };
    expect(limits.stepText).toBe(300);
    expect(messages(draft, 'fr')).toEqual(['Le texte de l’étape 2 du guide 1 est trop long (300 caractères au plus)']);
    expect(messages(draft, 'en')).toEqual(['The text of step 2 of guide 1 is too long (at most 300 characters)']);
  });

  it('says which language when both are on screen', () => {
    const draft = bilingualDraft();
    expect(messages(draft, 'fr')).toEqual([]);
    draft.tips[0] = { ...draft.tips[0]!, title: { fr: 'Bien', en: 'x'.repeat(limits.tipTitle + 1) } };
    expect(messages(draft, 'fr')).toEqual(['Le titre de l’astuce 1 en anglais est trop long (80 caractères au plus)']);
  });

  it('in both languages, asks for the one left empty, on its field (no copy of the other is made)', () => {
    const draft = bilingualDraft();
    draft.tips[1] = { ...draft.tips[1]!, title: { fr: 'Partager', en: ' ' } };
    draft.words = [
      { ...emptyWord(), term: { fr: 'Cci', en: 'Bcc' }, definition: { fr: 'Copie cachée', en: 'Blind copy' } },
    ];
    draft.words[0]!.example = { fr: '', en: 'Put them in Bcc.' };
    expect(draftErrors(draft, 'fr')).toEqual([
      { field: `tip-${draft.tips[1]?.key}-title-en`, message: 'Le titre de l’astuce 2 en anglais est vide' },
      { field: `word-${draft.words[0]?.key}-example-fr`, message: 'L’exemple du mot 1 en français est vide' },
    ]);
    expect(messages(draft, 'en')).toEqual([
      'The title of tip 2 in English is empty',
      'The example of word 1 in French is empty',
    ]);
  });

  it('in one language, checks only that one: English typed before and hidden is not written', () => {
    const draft = { ...bilingualDraft(), languages: 'fr' as const };
    draft.tips[0] = { ...draft.tips[0]!, title: { fr: 'Bien', en: 'x'.repeat(limits.tipTitle + 1) } };
    expect(messages(draft, 'fr')).toEqual([]);
    draft.name = { fr: '', en: 'Garden tips' };
    expect(messages(draft, 'fr')).toEqual(['Le nom du paquet est vide']);
  });

  it('every rule: no tool, a bad link, a help link without text, too few steps, variants, the author', () => {
    const draft = newDraft();
    draft.author = { name: '', url: 'http://asso.example' };
    draft.tips[0] = {
      ...draft.tips[0]!,
      tool: '',
      body: { fr: 'Voir [ici](javascript:alert(1))', en: '' },
      links: [{ url: 'https://aide.example', label: { fr: '', en: '' } }],
    };
    draft.guides[0] = { ...draft.guides[0]!, tool: '', steps: [{ ...emptyStep(), text: { fr: 'Seule', en: '' } }] };
    draft.words = [
      {
        ...emptyWord(),
        term: { fr: 'Cci', en: '' },
        definition: { fr: 'Copie cachée', en: '' },
        variants: { fr: Array.from({ length: limits.variants + 1 }, (_, i) => `v${i}`).join(', '), en: '' },
      },
      {
        ...emptyWord(),
        term: { fr: 'Cc', en: '' },
        definition: { fr: 'Copie', en: '' },
        variants: { fr: 'x'.repeat(61), en: '' },
      },
    ];
    expect(messages(draft, 'fr')).toEqual([
      'Le nom de qui a écrit le paquet est vide',
      'L’adresse web de qui a écrit le paquet doit commencer par https:// (ou mailto:)',
      'Choisissez l’outil de l’astuce 1',
      'Le texte de l’astuce 1 a un lien qui ne commence pas par https:// (ou mailto:)',
      'Le texte du lien d’aide de l’astuce 1 est vide',
      'Le mot 1 a trop d’autres façons de l’écrire (10 au plus)',
      'Une autre façon d’écrire le mot 2 est trop longue (60 caractères au plus)',
      'Choisissez l’outil du guide 1',
      'Le guide 1 doit avoir au moins 2 étapes',
    ]);
    expect(messages(draft, 'en')).toContain('Guide 1 needs at least 2 steps');
  });

  it('never shows a JSON path, a field name or a raw zod message', () => {
    const draft = newDraft();
    draft.name = { fr: '', en: '' };
    draft.tips[0] = { ...draft.tips[0]!, title: { fr: 'x'.repeat(200), en: '' } };
    for (const lang of ['fr', 'en'] as const) {
      for (const message of messages(draft, lang)) {
        expect(message).not.toMatch(/tips|\.fr|\.en|›|Too big|String must|Invalid|studio\./);
      }
    }
  });

  it('cannot export an invalid draft: the studio rules first, then the real loader', () => {
    const draft = newDraft();
    draft.tips[0] = { ...draft.tips[0]!, title: { fr: '', en: '' } };
    const refused = exportDraft(draft, 'fr', '2027-01-05');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]?.message).toBe('Le titre de l’astuce 1 est vide');
    // A tool the studio's list cannot offer reaches the loader, whose words are shown.
    const unknown = { ...newDraft(), tips: newDraft().tips.map((tip) => ({ ...tip, tool: 'no-such-tool' })) };
    const loader = exportDraft(unknown, 'en', '2027-01-05');
    expect(!loader.ok && loader.refused[0]).toContain(
      translate('en', 'pack.error.unknown-tool', { tool: 'no-such-tool' }),
    );
  });

  it('writes French typography in the plain messages', () => {
    const draft = newDraft();
    draft.tips[0] = { ...draft.tips[0]!, title: { fr: '', en: '' } };
    expect(translate('fr', 'studio.errors.one', { count: 1 })).toBe(
      `1 chose à corriger avant d’exporter le paquet${N}:`,
    );
    expect(messages(draft, 'fr').join(' ')).not.toMatch(/'/);
  });
});
