// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioActions } from '../../../entrypoints/studio/studio-actions';
import { StudioFormContext } from '../../../entrypoints/studio/studio-form';
import { emptyDraft, type StudioDraft } from '../../../utils/studio/draft-model';
import { newDraft } from '../helpers/studio-draft';

const N = '\u202f';

/** The file section as the studio mounts it, its draft kept in state; `latest` is the draft now. */
function mount(start: StudioDraft) {
  const seen = { latest: start, replaced: 0 };
  function Page() {
    const [draft, setDraft] = useState(start);
    seen.latest = draft;
    return (
      <StudioFormContext.Provider value={{ lang: 'fr', languages: 'fr', errorOf: () => undefined }}>
        <StudioActions draft={draft} onChange={setDraft} onChecked={() => {}} onReplaced={() => seen.replaced++} />
      </StudioFormContext.Provider>
    );
  }
  render(<Page />);
  return seen;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
/** The browser's « OK / Annuler » question, answered `answer`. */
const answering = (answer: boolean) => {
  const confirm = vi.fn(() => answer);
  vi.stubGlobal('confirm', confirm);
  return confirm;
};

describe('the file section’s buttons', () => {
  it('« Copier » makes a new version each time, like the export', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const seen = mount(newDraft());
    const copy = screen.getByRole('button', { name: 'Copier' });
    await act(async () => fireEvent.click(copy));
    await act(async () => fireEvent.click(copy));
    const versions = writeText.mock.calls.map((call: unknown[]) => JSON.parse(String(call[0])).version);
    expect(versions).toEqual(['1.0.0', '1.0.1']);
    expect(seen.latest.version).toBe('1.0.1');
    expect(screen.getByRole('status').textContent).toBe('Le texte du paquet est copié (version 1.0.1).');
  });

  it('« Nouveau paquet » asks first when there is work, and keeps it if the mentor says no', () => {
    const confirm = answering(false);
    const seen = mount(newDraft());
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau paquet' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Commencer un nouveau paquet vide le formulaire.'));
    expect(seen.latest.tips).toHaveLength(2);
    expect(seen.replaced).toBe(0);

    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau paquet' }));
    expect({ ...seen.latest }).toEqual(emptyDraft());
    expect(seen.replaced).toBe(1);
    expect(screen.getByRole('status').textContent).toBe(
      `Le formulaire est vide${N}: vous pouvez écrire un nouveau paquet.`,
    );
  });

  it('« Nouveau paquet » on an empty form does not ask', () => {
    const confirm = answering(true);
    const seen = mount({ ...emptyDraft(), name: { fr: 'Brouillon', en: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau paquet' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(seen.latest.name.fr).toBe('');
  });
});
