import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TipCard } from '../../components/tip-card';
import { CoachApp } from '../../entrypoints/coach.content/coach-app';
import type { CoachState } from '../../utils/messaging';
import { settingsItem, tipStatesItem } from '../../utils/storage-items';
import { createStore } from '../../utils/store';
import { samplePack } from './helpers/sample-pack';

const tip = samplePack().tips[0]!;

describe('TipCard', () => {
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

describe('CoachApp', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  const state: CoachState = {
    show: true,
    toolId: 'gmail',
    contextId: null,
    tips: [{ key: 'asso-test/gmail-cci', packId: 'asso-test', tip }],
  };

  it('names the tool on the launcher and opens the tips panel', async () => {
    await settingsItem.setValue({ language: 'fr', level: 'beginner', coachEnabled: true, disabledSites: [] });
    render(<CoachApp store={createStore(state)} onOpenSettings={() => {}} />);
    const launcher = await screen.findByRole('button', { name: 'Déclic : astuces pour Gmail' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(launcher);
    expect(screen.getByRole('dialog', { name: 'Astuces pour Gmail' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cacher les adresses' })).toBeTruthy();
  });

  it('stores "got it" and closes with Escape, giving focus back to the launcher', async () => {
    render(<CoachApp store={createStore(state)} onOpenSettings={() => {}} />);
    const launcher = await screen.findByRole('button', { name: /Gmail/ });
    fireEvent.click(launcher);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    });
    await vi.waitFor(async () => expect(await tipStatesItem.getValue()).toEqual({ 'asso-test/gmail-cci': 'got-it' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(launcher);
  });

  it('renders nothing for an unknown tool', () => {
    const { container } = render(
      <CoachApp store={createStore({ ...state, toolId: 'nope' })} onOpenSettings={() => {}} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
