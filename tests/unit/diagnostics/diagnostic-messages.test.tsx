// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSaveDiagnostic } from '../../../entrypoints/background/messages/diagnostic-messages';
import { resetPersonalState } from '../../../entrypoints/background/state/personal-reset';
import { LevelChoice } from '../../../entrypoints/diagnostic/level-choice';
import { useSettings } from '../../../hooks/use-settings';
import type { DiagnosticResult } from '../../../utils/diagnostics/diagnostic-schema';
import { diagnosticItem } from '../../../utils/storage/local-items';

vi.mock('../../../hooks/use-settings', () => ({ useSettings: vi.fn() }));

const result: DiagnosticResult = {
  areas: { 1: 'at-ease', 2: 'to-discover' },
  weakest: ['2', '1'],
  level: 'beginner',
};
const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/diagnostic.html') });

describe('keeping the diagnostic’s result', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a result sent by Déclic’s own page, with when', async () => {
    expect(await onSaveDiagnostic(result, ownPage())).toBe(true);
    expect(await diagnosticItem.getValue()).toMatchObject({ ...result, at: expect.any(Number) });
  });

  it('refuses a content script, a score in numbers, and anything of another shape', async () => {
    const tab = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: 'https://mail.google.com/' };
    expect(await onSaveDiagnostic(result, tab)).toBe(false);
    expect(await onSaveDiagnostic({ ...result, score: 12 }, ownPage())).toBe(false);
    expect(await onSaveDiagnostic({ ...result, areas: { 1: 'expert' } }, ownPage())).toBe(false);
    expect(await onSaveDiagnostic({ ...result, level: 'expert' }, ownPage())).toBe(false);
    expect(await diagnosticItem.getValue()).toBeNull();
  });

  it('is forgotten by « Bénévole suivant »', async () => {
    await onSaveDiagnostic(result, ownPage());
    await resetPersonalState();
    expect(await diagnosticItem.getValue()).toBeNull();
  });
});

describe('the level the diagnostic proposes', () => {
  const settingsWith = (locked: string[]) =>
    vi.mocked(useSettings).mockReturnValue({
      settings: { level: 'beginner' },
      locked: new Set(locked),
    } as unknown as ReturnType<typeof useSettings>);

  it('can be chosen with a button', () => {
    settingsWith([]);
    render(<LevelChoice lang="fr" proposed="intermediate" />);
    expect(screen.getByRole('button', { name: 'Choisir ce niveau' })).toBeTruthy();
  });

  it('says plainly when the association chose the level, with no button', () => {
    settingsWith(['level']);
    render(<LevelChoice lang="fr" proposed="intermediate" />);
    expect(
      screen.getByText('Votre association a choisi le niveau pour vous. Vous ne pouvez pas le changer ici.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
