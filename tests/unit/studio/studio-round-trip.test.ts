import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackBytes, validatePack } from '../../../utils/packs/pack-loader';
import type { Pack } from '../../../utils/packs/pack-schema';
import { draftAnchors } from '../../../utils/studio/draft-anchors';
import { draftErrors } from '../../../utils/studio/draft-errors';
import type { StudioDraft } from '../../../utils/studio/draft-model';
import { draftToPack, nextVersion } from '../../../utils/studio/draft-to-pack';
import { exportDraft } from '../../../utils/studio/export-draft';
import { packToDraft } from '../../../utils/studio/pack-to-draft';
import { inOneLanguage } from '../helpers/one-language';
import { samplePack } from '../helpers/sample-pack';
import { newDraft } from '../helpers/studio-draft';

/** A pack with everything the form does not edit: anchors, several moments and links, a homepage, resources. */
function fullPack(): Pack {
  const pack = samplePack();
  const anchor: Pack['tips'][0]['anchor'] = [{ attributes: { href: '#add-header' } }];
  return {
    ...pack,
    homepage: 'https://asso.example/astuces',
    updateUrl: 'https://asso.example/astuces.json',
    tips: [
      { ...pack.tips[0]!, contexts: ['compose', 'share'], anchor },
      {
        ...pack.tips[1]!,
        links: [
          { url: 'https://a.example/', label: { fr: 'A', en: 'A' } },
          { url: 'mailto:aide@asso.example', label: { fr: 'Écrire', en: 'Write' } },
        ],
      },
    ],
    glossary: [
      {
        id: 'cci',
        term: { fr: 'Cci', en: 'Bcc' },
        variants: { fr: ['copie cachée', 'CCI'], en: ['blind copy'] },
        definition: { fr: 'Une **copie** cachée.', en: 'A hidden **copy**.' },
        example: { fr: 'Mettez-les en Cci.', en: 'Put them in Bcc.' },
        tools: ['gmail'],
        contexts: ['compose'],
      },
    ],
    guides: [
      {
        id: 'envoyer',
        tool: 'gmail',
        contexts: ['compose'],
        title: { fr: 'Envoyer', en: 'Send' },
        steps: [{ text: { fr: 'Un', en: 'One' }, anchor }, { text: { fr: 'Deux', en: 'Two' } }],
        competence: '2.1',
      },
    ],
    resources: [{ tool: 'gmail', links: [{ url: 'https://support.google.com/', label: { fr: 'Aide', en: 'Help' } }] }],
  };
}

describe('the studio: a pack opened, then exported', () => {
  it('loses nothing: only the version and the date change', () => {
    const pack = validatePack(fullPack(), 'fr');
    if (!pack.ok) throw new Error(pack.errors.join('\n'));
    const result = exportDraft(packToDraft(pack.pack), 'fr', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pack).toEqual({ ...pack.pack, version: '1.2.1', updated: '2027-01-05' });
    expect(result.draft.version).toBe('1.2.1');
    expect(JSON.parse(result.json)).toEqual(result.pack);
  });

  it('the example made with the studio (docs/examples/packs): opened and exported again, it is the same file', () => {
    const text = readFileSync('docs/examples/packs/studio-example.json', 'utf8');
    const loaded = parsePackBytes(new TextEncoder().encode(text), 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const draft = packToDraft(loaded.pack);
    expect(draftErrors(draft, 'fr')).toEqual([]);
    expect(draftAnchors(draft)).toHaveLength(5);
    const result = exportDraft(draft, 'fr', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pack).toEqual({ ...loaded.pack, version: '1.0.1', updated: '2027-01-05' });
    // What the studio writes, field for field and in its order, once the version and the date are put back
    // (the file's line breaks are the formatter's).
    const again = { ...result.pack, version: loaded.pack.version, updated: loaded.pack.updated };
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  it('bumps the patch at each export, and starts a new pack at 1.0.0', () => {
    expect(nextVersion('')).toBe('1.0.0');
    expect(nextVersion('1.4.9')).toBe('1.4.10');
    expect(nextVersion('2.0.0-beta.1')).toBe('2.0.1');
    const draft = newDraft();
    const first = draftToPack(draft, '2027-01-05');
    const second = draftToPack(first.draft, '2027-01-06');
    expect([first.data.version, second.data.version]).toEqual(['1.0.0', '1.0.1']);
    expect(second.data.updated).toBe('2027-01-06');
  });

  it('makes ids once from the titles, and keeps them when the titles change', () => {
    const draft = newDraft();
    const first = draftToPack(draft, '2027-01-05').draft;
    expect(first.id).toBe('jardins-de-belleville');
    expect(first.tips.map((tip) => tip.id)).toEqual(['ecrire-aux-adherents', 'ecrire-aux-adherents-2']);
    expect(first.guides[0]?.id).toBe('envoyer-un-message');
    const renamed: StudioDraft = {
      ...first,
      name: { fr: 'Autre nom', en: '' },
      tips: first.tips.map((tip) => ({ ...tip, title: { fr: 'Un autre titre', en: '' } })),
    };
    const again = draftToPack(renamed, '2027-01-06').draft;
    expect(again.id).toBe('jardins-de-belleville');
    expect(again.tips.map((tip) => tip.id)).toEqual(['ecrire-aux-adherents', 'ecrire-aux-adherents-2']);
  });

  it('writes only the draft’s language: a French draft gives a French-only pack', () => {
    const draft = newDraft();
    const result = exportDraft(draft, 'en', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    const file = JSON.parse(result.json);
    expect(file.name).toEqual({ fr: 'Jardins de Belleville' });
    expect(file.tips[0].body).toEqual({ fr: 'Mettez les adresses en **Cci**.' });
    // Loaded, an English volunteer reads the French.
    expect(result.pack.tips[0]?.body.en).toBe('Mettez les adresses en **Cci**.');
    expect(result.draft.tips[0]?.body.en).toBe('');
    // English typed before the mentor chose French only is not written.
    const typedBefore = { ...draft, name: { fr: 'Jardins de Belleville', en: 'Garden tips' } };
    const made = exportDraft(typedBefore, 'en', '2027-01-05');
    expect(made.ok && JSON.parse(made.json).name).toEqual({ fr: 'Jardins de Belleville' });
    // And an English-only pack the other way round.
    const english = { ...draft, languages: 'en' as const, name: { fr: '', en: 'Garden tips' } };
    const tips = english.tips.map((tip) => ({
      ...tip,
      title: { fr: '', en: 'Write' },
      body: { fr: '', en: 'Use Bcc.' },
    }));
    const guides = english.guides.map((guide) => ({
      ...guide,
      title: { fr: '', en: 'Send' },
      steps: guide.steps.map((step, i) => ({ ...step, text: { fr: '', en: `Step ${i + 1}` } })),
    }));
    const madeEn = exportDraft({ ...english, description: { fr: '', en: 'Ours.' }, tips, guides }, 'en', '2027-01-05');
    expect(madeEn.ok && JSON.parse(madeEn.json).name).toEqual({ en: 'Garden tips' });
  });

  it('opens a French-only pack as a French draft and exports it as it was', () => {
    const written = inOneLanguage(fullPack(), 'fr');
    const pack = validatePack(written, 'en');
    if (!pack.ok) throw new Error(pack.errors.join('\n'));
    const draft = packToDraft(pack.pack);
    expect(draft.languages).toBe('fr');
    expect(draft.tips[0]?.title).toEqual({ fr: 'Cacher les adresses', en: '' });
    expect(draft.words[0]?.variants).toEqual({ fr: 'copie cachée, CCI', en: '' });
    const result = exportDraft(draft, 'en', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(JSON.parse(result.json)).toEqual({ ...written, version: '1.2.1', updated: '2027-01-05' });
    expect(result.pack).toEqual({ ...pack.pack, version: '1.2.1', updated: '2027-01-05' });
  });

  it('leaves out the optional parts left empty', () => {
    const result = exportDraft(newDraft(), 'fr', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pack.tips[0]).not.toHaveProperty('links');
    expect(result.pack.tips[0]).not.toHaveProperty('contexts');
    expect(result.pack.author).toEqual({ name: 'Camille' });
    expect(result.pack).not.toHaveProperty('glossary');
  });
});
