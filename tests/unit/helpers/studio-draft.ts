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
