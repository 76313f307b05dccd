import { emptyDraft, emptyGuide, emptyTip, type StudioDraft } from '../../../utils/studio/draft-model';

/** A new pack as a mentor fills it in French only. */
export function newDraft(): StudioDraft {
  const tip = (title: string) => ({
    ...emptyTip('gmail'),
    title: { fr: title, en: '' },
    body: { fr: 'Mettez les adresses en **Cci**.', en: '' },
  });
  const guide = emptyGuide('gmail');
  return {
    ...emptyDraft(),
    name: { fr: 'Jardins de Belleville', en: '' },
    description: { fr: 'Nos astuces.', en: '' },
    author: { name: 'Camille', url: '' },
    tips: [tip('Écrire aux adhérents'), tip('Écrire aux adhérents !')],
    guides: [
      {
        ...guide,
        title: { fr: 'Envoyer un message', en: '' },
        steps: guide.steps.map((step, i) => ({ ...step, text: { fr: `Étape ${i + 1}`, en: '' } })),
      },
    ],
  };
}

/** The same pack in French and in English: every text written in both. */
export function bilingualDraft(): StudioDraft {
  const draft = newDraft();
  const both = (text: { fr: string; en: string }) => ({ fr: text.fr, en: `${text.fr} (en)` });
  return {
    ...draft,
    languages: 'both',
    name: both(draft.name),
    description: both(draft.description),
    tips: draft.tips.map((tip) => ({ ...tip, title: both(tip.title), body: both(tip.body) })),
    guides: draft.guides.map((guide) => ({
      ...guide,
      title: both(guide.title),
      steps: guide.steps.map((step) => ({ ...step, text: both(step.text) })),
    })),
  };
}
