import { describe, expect, it } from 'vitest';
import { assembleBuiltinPack, BUILTIN_PACK_SOURCE } from '../../../scripts/builtin-pack';
import { parsePackText } from '../../../utils/packs/pack-loader';
import { draftAnchors, withoutAnchor } from '../../../utils/studio/draft-anchors';
import { draftErrors, fieldId } from '../../../utils/studio/draft-errors';
import type { StudioDraft } from '../../../utils/studio/draft-model';
import { exportDraft } from '../../../utils/studio/export-draft';
import { packToDraft } from '../../../utils/studio/pack-to-draft';
import { personalKind } from '../../../utils/studio/personal-text';
import { newDraft } from '../helpers/studio-draft';

const N = '\u202f';

/** The draft of a hand-edited pack: step 2 of guide 1 points at an element by an address. */
function withAddressInStep(): StudioDraft {
  const draft = newDraft();
  const guide = draft.guides[0]!;
  guide.steps[1] = {
    ...guide.steps[1]!,
    anchor: [{ role: 'button', name: { fr: 'Envoyer', en: 'Send' } }, { attributes: { title: 'camille@asso.fr' } }],
  };
  return draft;
}

describe('a place that holds what may be a person’s text', () => {
  it('tells an address, a phone number and a long number apart, and lets the tool’s words pass', () => {
    expect(personalKind('écrire à camille@asso.fr')).toBe('email');
    expect(personalKind('06 12 34 56 78')).toBe('phone');
    expect(personalKind('Dossier 2026001')).toBe('number');
    expect(personalKind('Ajouter des destinataires en Cci (Ctrl-Maj-B)')).toBeNull();
  });

  it('is a mistake on the review’s control, in words, and the export is refused', () => {
    const draft = withAddressInStep();
    const guide = draft.guides[0]!;
    expect(draftErrors(draft, 'fr')).toEqual([
      {
        field: fieldId('guide', guide.key, 'step', guide.steps[1]!.key, 'anchor'),
        message: `L’endroit de l’étape 2 du guide 1 contient une adresse e-mail${N}: montrez l’endroit à nouveau, ou retirez-le`,
      },
    ]);
    expect(draftErrors(draft, 'en').map((error) => error.message)).toEqual([
      'The place shown by step 2 of guide 1 contains an e-mail address: show the place again, or remove it',
    ]);
    expect(exportDraft(draft, 'fr', '2027-01-05').ok).toBe(false);
  });

  it('says a tip’s place and a phone number too', () => {
    const draft = newDraft();
    draft.tips[0] = { ...draft.tips[0]!, anchor: [{ text: { fr: 'Appeler le 06 12 34 56 78', en: 'Call' } }] };
    expect(draftErrors(draft, 'fr').map((error) => error.message)).toEqual([
      `L’endroit de l’astuce 1 contient un numéro de téléphone${N}: montrez l’endroit à nouveau, ou retirez-le`,
    ]);
  });

  it('once removed, the step is exported without a place, the other places kept', () => {
    const draft = withAddressInStep();
    draft.guides[0]!.steps[0] = { ...draft.guides[0]!.steps[0]!, anchor: [{ css: 'div.compose' }] };
    const [first, second] = draftAnchors(draft);
    expect([first?.personal, second?.personal]).toEqual([null, 'email']);
    const result = exportDraft(withoutAnchor(draft, second!), 'fr', '2027-01-05');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pack.guides?.[0]?.steps.map((step) => step.anchor)).toEqual([[{ css: 'div.compose' }], undefined]);
    expect(draft.guides[0]?.steps[1]?.anchor).toHaveLength(2);
  });

  it('never flags the places of the built-in pack', () => {
    const built = assembleBuiltinPack(BUILTIN_PACK_SOURCE);
    const loaded = parsePackText(built.ok ? built.text : '{}', 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const places = draftAnchors(packToDraft(loaded.pack));
    expect(places.length).toBeGreaterThan(10);
    expect(places.filter((place) => place.personal)).toEqual([]);
  });
});
