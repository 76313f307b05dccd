// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stepFeedback } from '../../entrypoints/guide.content/step-feedback';
import { FeedbackButtons } from '../../entrypoints/panel.content/feedback-buttons';
import { onMessage } from '../../utils/messaging/protocol';

const pressed = (name: string) => screen.getByRole('button', { name: new RegExp(name) }).getAttribute('aria-pressed');

describe('"This helped" / "Not clear"', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the panel: one pressed answer, changeable, taken back when pressed again, each sent', async () => {
    const sent = vi.fn();
    onMessage('giveFeedback', ({ data }) => sent(data));
    render(<FeedbackButtons itemKey="asso-test/gmail-cci" verdict={undefined} lang="fr" />);
    expect(screen.getByRole('group', { name: 'Votre avis sur cette astuce' })).toBeTruthy();
    expect([pressed('Ça m’a aidé'), pressed('Pas clair')]).toEqual(['false', 'false']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Ça m’a aidé/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Pas clair/ })));
    expect([pressed('Ça m’a aidé'), pressed('Pas clair')]).toEqual(['false', 'true']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Pas clair/ })));
    expect(pressed('Pas clair')).toBe('false');
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(3));
    expect(sent.mock.calls.map(([data]) => data.verdict)).toEqual(['helped', 'unclear', null]);
  });

  it('in a guide step (plain DOM): the same choice, starting from what was stored', () => {
    const send = vi.fn();
    const words = { group: 'Your opinion of this step', helped: 'This helped', unclear: 'Not clear' };
    document.body.replaceChildren(stepFeedback(words, 'helped', send));
    expect(pressed('This helped')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Not clear/ }));
    expect([pressed('This helped'), pressed('Not clear')]).toEqual(['false', 'true']);
    fireEvent.click(screen.getByRole('button', { name: /Not clear/ }));
    expect(send.mock.calls).toEqual([['unclear'], [null]]);
  });
});
