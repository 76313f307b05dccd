// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextSetting } from '../../entrypoints/options/text-setting';

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
