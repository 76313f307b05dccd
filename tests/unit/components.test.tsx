// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExplainWords } from '../../components/explained-words';
import { TipCard } from '../../components/tip-card';
import { removeLauncher, showLauncher } from '../../entrypoints/detector.content/launcher';
import { CoachPanel } from '../../entrypoints/panel.content/coach-panel';
import type { PanelView } from '../../entrypoints/panel.content/view';
import { onMessage } from '../../utils/messaging/protocol';
import { getCoachUi } from '../../utils/page-ui/coach-ui';
import { createStore } from '../../utils/store';
import type { LauncherView } from '../../utils/surfaces/surface-views';
import { samplePack } from './helpers/sample-pack';

const tip = samplePack().tips[0]!;

describe('TipCard', () => {
  it('underlines the glossary’s words in a tip and explains them under it, folded', () => {
    const words = [
      {
        key: 'p/onglet',
        term: 'onglet',
        definition: 'Une page ouverte dans le navigateur.',
        forms: ['onglet', 'onglets'],
      },
    ];
    const withWords = { ...tip, body: { fr: 'Ouvrez un nouvel onglet. Puis un autre onglet.', en: 'x' } };
    const { container } = render(
      <ExplainWords words={words}>
        <TipCard tip={withWords} lang="fr" status={undefined} onStatus={() => {}} />
      </ExplainWords>,
    );
    // Once per tip, not at each use.
    expect([...container.querySelectorAll('.explained-word')].map((el) => el.textContent)).toEqual(['onglet']);
    const details = container.querySelector('details.tip-words') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('1 mot expliqué');
    expect(details.querySelector('dd')?.textContent).toBe('Une page ouverte dans le navigateur.');
    // Without the panel's words, the tip stays plain.
    const plain = render(<TipCard tip={withWords} lang="fr" status={undefined} onStatus={() => {}} />);
    expect(plain.container.querySelector('.tip-words, .explained-word')).toBeNull();
  });

  it('renders pack text as text, never as markup', () => {
    const hostile = { ...tip, body: { fr: '<img src=x onerror="alert(1)">', en: 'x' } };
    const { container } = render(<TipCard tip={hostile} lang="fr" status={undefined} onStatus={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it("shows the host beside each link and reports the user's choice", () => {
    const onStatus = vi.fn();
    render(<TipCard tip={tip} lang="en" status={undefined} onStatus={onStatus} />);
    expect(screen.getByText('(support.google.com)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(onStatus.mock.calls).toEqual([['got-it'], ['hidden']]);
  });
});

const state = (lang: 'fr' | 'en'): LauncherView => ({
  show: true,
  toolId: 'gmail',
  lang,
  labels:
    lang === 'fr'
      ? { launcher: 'Déclic : astuces pour Gmail', launcherShort: 'Astuces' }
      : { launcher: 'Déclic: tips for Gmail', launcherShort: 'Tips' },
  side: null,
});
const panelView = (lang: 'fr' | 'en'): PanelView => ({
  toolId: 'gmail',
  contextId: null,
  lang,
  tips: [{ key: 'asso-test/gmail-cci', tip }],
  guides: [],
  learnMore: [],
  words: [],
  shortcut: 'Alt+Shift+D',
  help: { contact: null, about: null },
});

describe('launcher (no React)', () => {
  beforeEach(() => removeLauncher());

  it('draws one declic-coach element with an open shadow root and a named button', () => {
    const onOpen = vi.fn();
    showLauncher(state('fr'), onOpen);
    showLauncher(state('fr'), onOpen);
    const hosts = document.querySelectorAll('declic-coach');
    expect(hosts).toHaveLength(1);
    const button = hosts[0]?.shadowRoot?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Déclic : astuces pour Gmail');
    expect(button?.textContent).toContain('Astuces');
    // A click a script made (a page's `el.click()`) is not the volunteer's: nothing opens.
    button?.click();
    expect(onOpen).not.toHaveBeenCalledWith(expect.anything(), 'open');
    // The volunteer's own click (the browser's, trusted) opens: the guard lets it through.
    const trusted = new MouseEvent('click', { bubbles: true, composed: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button?.dispatchEvent(trusted);
    expect(onOpen).toHaveBeenCalledWith(expect.anything(), 'open');
  });

  it('follows a language change and disappears when removed', () => {
    showLauncher(state('fr'), () => {});
    showLauncher(state('en'), () => {});
    expect(getCoachUi()?.launcher.getAttribute('aria-label')).toBe('Déclic: tips for Gmail');
    removeLauncher();
    expect(document.querySelector('declic-coach')).toBeNull();
  });
});

describe('CoachPanel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    removeLauncher();
  });

  const mountPanel = (lang: 'fr' | 'en') => {
    const ui = showLauncher(state(lang), (_ui, intent) => intent === 'open' && ui.panel?.toggle());
    render(<CoachPanel ui={ui} store={createStore<PanelView | null>(panelView(lang))} initiallyOpen={true} />);
    return ui;
  };

  it('opens named after the tool, with its tips, and marks the launcher expanded', async () => {
    const ui = mountPanel('fr');
    expect(await screen.findByRole('dialog', { name: 'Astuces pour Gmail' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cacher les adresses' })).toBeTruthy();
    expect(ui.launcher.getAttribute('aria-expanded')).toBe('true');
  });

  it('asks the background to store "got it" and closes with Escape, giving focus back to the launcher', async () => {
    const asked = vi.fn();
    onMessage('setTipStatus', ({ data }) => asked(data));
    const ui = mountPanel('en');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Got it' }));
    });
    await vi.waitFor(() => expect(asked).toHaveBeenCalledWith({ key: 'asso-test/gmail-cci', status: 'got-it' }));
    // The tip leaves the list at once, before the background's next view confirms it.
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(ui.shadow.activeElement ?? document.activeElement).toBe(ui.launcher);
    expect(ui.launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('toggles from the launcher once loaded', async () => {
    const ui = mountPanel('en');
    await screen.findByRole('dialog');
    act(() => ui.panel?.toggle());
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => ui.panel?.toggle());
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
