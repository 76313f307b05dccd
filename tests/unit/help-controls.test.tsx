// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextSetting } from '../../entrypoints/options/text-setting';
import { AskForHelp } from '../../entrypoints/panel.content/ask-for-help';
import { parseHelpContact } from '../../utils/help/help-contact';

describe('"Ask for help" in the panel', () => {
  it('is an e-mail written in advance, with the address said beside it', () => {
    const contact = parseHelpContact('marie@asso.example.org');
    render(<AskForHelp help={{ contact, about: null }} lang="en" tool="Gmail" />);
    const link = screen.getByRole('link', { name: 'Ask for help' });
    expect(link.getAttribute('href')).toMatch(
      /^mailto:marie@asso\.example\.org\?subject=I%20need%20help%20with%20Gmail&body=/,
    );
    expect(link.getAttribute('target')).toBeNull();
    expect(screen.getByText(/Prepares an e-mail to marie@asso.example.org/)).toBeTruthy();
  });

  it('writes the phone number out, and opens a web page in a new tab', () => {
    const { unmount } = render(
      <AskForHelp help={{ contact: parseHelpContact('06 12 34 56 78'), about: null }} lang="fr" tool="Gmail" />,
    );
    expect(screen.getByRole('link', { name: 'Demander de l’aide' }).getAttribute('href')).toBe('tel:0612345678');
    expect(screen.getByText('Appelez le 06 12 34 56 78.')).toBeTruthy();
    unmount();
    render(
      <AskForHelp
        help={{ contact: parseHelpContact('https://asso.example.org/aide'), about: null }}
        lang="fr"
        tool="Gmail"
      />,
    );
    const link = screen.getByRole('link', { name: 'Demander de l’aide' });
    expect([link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('without anybody yet, says where to add them', () => {
    render(<AskForHelp help={{ contact: null, about: null }} lang="en" tool="Gmail" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add who to contact' })).toBeTruthy();
  });
});

describe('the "who to ask for help" field', () => {
  it('saves what is valid, and says a mistake in plain words without saving it', () => {
    const onChange = vi.fn();
    render(<TextSetting name="helpContact" wordsKey="settings.help-contact" lang="en" value="" onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: /Who to ask for help/ });
    fireEvent.change(field, { target: { value: 'marie at asso' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Déclic does not recognise what you wrote/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: ' marie@asso.example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenCalledWith('marie@asso.example.org');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
