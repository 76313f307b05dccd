// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FileReview } from '../../../entrypoints/studio/file-review';
import { StudioFormContext } from '../../../entrypoints/studio/studio-form';
import type { StudioDraft } from '../../../utils/studio/draft-model';
import { newDraft } from '../helpers/studio-draft';

const N = '\u202f';

/** The review as the file section shows it, its draft kept in state; `latest` is the draft now. */
function mount(start: StudioDraft) {
  const seen = { latest: start };
  function Page() {
    const [draft, setDraft] = useState(start);
    seen.latest = draft;
    return (
      <StudioFormContext.Provider value={{ lang: 'fr', languages: 'fr', errorOf: () => undefined }}>
        <FileReview draft={draft} onChange={setDraft} />
      </StudioFormContext.Provider>
    );
  }
  render(<Page />);
  const review = screen.getByText('Ce qui sera enregistré dans le fichier').closest('details') as HTMLDetailsElement;
  return { seen, review };
}

afterEach(cleanup);

describe('what the file will contain', () => {
  it('is open before the first export, says what is never saved, and lists each text and place in words', () => {
    const draft = newDraft();
    draft.guides[0]!.steps[1]!.anchor = [
      { role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } },
      { css: "div[gh='cm']" },
    ];
    const { review } = mount(draft);
    expect(review.open).toBe(true);
    const text = review.textContent ?? '';
    expect(text).toContain('aucun texte tapé dans l’outil, aucun contenu de message, aucune adresse');
    expect(text).toContain(
      `Le paquet «${N}Jardins de Belleville${N}», de Camille, licence CC-BY-4.0${N}: version 1.0.0 au prochain export.`,
    );
    expect(text).toContain('Astuces (2)');
    expect(text).toContain('Écrire aux adhérents !');
    expect(text).toContain('Envoyer un message (2 étapes)');
    expect(text).toContain(
      `L’étape 2 montre sur la page${N}: le bouton «${N}Nouveau message${N}», sinon sa place dans la page (div[gh='cm'])`,
    );
    expect(text).not.toContain('Aucun endroit de la page');
  });

  it('is closed once exported, when nothing needs a look', () => {
    const { review } = mount({ ...newDraft(), version: '1.0.4' });
    expect(review.open).toBe(false);
    expect(review.textContent).toContain('version 1.0.5 au prochain export');
  });

  it('warns about a place with an address, and removes it on request', () => {
    const draft = newDraft();
    draft.tips[0]!.anchor = [{ attributes: { title: 'camille@asso.fr' } }];
    const { seen, review } = mount({ ...draft, version: '1.0.4' });
    // Exported before, but a place to check: open anyway.
    expect(review.open).toBe(true);
    const remove = within(review).getByRole('button', { name: 'Retirer cet endroit' });
    expect(document.getElementById(remove.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `L’endroit de l’astuce 1 contient une adresse e-mail${N}: montrez l’endroit à nouveau, ou retirez-le`,
    );
    fireEvent.click(remove);
    expect(seen.latest.tips[0]?.anchor).toBeUndefined();
    expect(review.textContent).toContain('Aucun endroit de la page n’est enregistré.');
  });
});
