// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coachShortcut, currentBrowser, readCoachShortcut } from '../../entrypoints/welcome/browser-words';
import { PinIcon } from '../../entrypoints/welcome/pin-icon';
import { Practice } from '../../entrypoints/welcome/practice';

/** What the browser answers to commands.getAll() (the fake's types only know its callback form). */
const browserCommands = (commands: { name: string; shortcut?: string }[]) =>
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() => Promise.resolve(commands)) as never);

describe('the coach shortcut', () => {
  it('is the open-coach command’s keys, or nothing when the command is missing or unset', () => {
    expect(
      coachShortcut([
        { name: '_execute_action', shortcut: 'Alt+D' },
        { name: 'open-coach', shortcut: 'Alt+Shift+D' },
      ]),
    ).toBe('Alt+Shift+D');
    expect(coachShortcut([{ name: 'open-coach', shortcut: '' }])).toBe('');
    expect(coachShortcut([{ name: '_execute_action', shortcut: 'Alt+D' }])).toBe('');
    expect(coachShortcut(undefined)).toBe('');
  });

  it('reads as none when the browser cannot list commands', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('not available'));
    await expect(readCoachShortcut()).resolves.toBe('');
  });

  it('shows the keys when set, else where to choose them in this browser', async () => {
    browserCommands([{ name: 'open-coach', shortcut: 'Alt+Shift+D' }]);
    const { unmount } = render(<PinIcon lang="en" browserKind="chrome" />);
    const line = await screen.findByText(/to open the tips/);
    expect(line.textContent).toBe('On a page where Déclic helps, press Alt+Shift+D to open the tips.');
    expect(document.querySelectorAll('kbd')).toHaveLength(3);
    unmount();
    browserCommands([]);
    render(<PinIcon lang="fr" browserKind="firefox" />);
    expect(await screen.findByText(/about:addons/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dans Firefox' })).toBeTruthy();
    expect(screen.getByText(/Épingler à la barre d’outils/)).toBeTruthy();
  });
});

describe('the browser the page speaks of', () => {
  it('is the one the extension was built for (the tests build for Chrome)', () => {
    expect(currentBrowser()).toBe('chrome');
  });

  it('names every drawing with its text alternative', async () => {
    browserCommands([]);
    render(<PinIcon lang="en" browserKind="chrome" />);
    expect(await screen.findByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    const drawing = screen.getByRole('img');
    expect(drawing.getAttribute('aria-label')).toMatch(/^Drawing: the top of the browser/);
    expect(screen.getByText('At the top right of the browser, click the puzzle piece.')).toBeTruthy();
  });
});

describe('the practice', () => {
  it('opens the example tip from the launcher and closes it with Escape, the focus back on the launcher', async () => {
    render(<Practice lang="fr" />);
    const start = screen.getByRole('button', { name: 'Essayer maintenant' });
    expect(start.getAttribute('aria-expanded')).toBe('false');
    await act(async () => fireEvent.click(start));
    const launcher = screen.getByRole('button', { name: 'Déclic\u202f: astuces pour l’exercice' });
    expect(document.activeElement).toBe(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');

    await act(async () => fireEvent.click(launcher));
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('dialog', { name: 'Astuces pour l’exercice' });
    expect(document.activeElement?.textContent).toBe('Astuces pour l’exercice');
    expect(panel.textContent).toContain('Exemple pour s’entraîner');
    expect(panel.textContent).toContain('Écrire un nouveau message');

    await act(async () => fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(launcher);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toMatch(/^Bravo/);
  });

  it('closes when the example tip is understood', async () => {
    render(<Practice lang="en" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try it now' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Déclic: tips for the practice' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Got it' })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Well done!');
  });
});
