import { describe, expect, it } from 'vitest';
import { describeLocator, roleInWords } from '../../utils/studio/describe-anchor';

describe('what Déclic will look for, in words', () => {
  it('names the role and the name in the mentor’s language', () => {
    const locator = { role: 'button', name: { fr: 'Nouveau message', en: 'Compose' } };
    expect(describeLocator(locator, 'fr')).toBe('le bouton «\u202fNouveau message\u202f»');
    expect(describeLocator(locator, 'en')).toBe('the button "Compose"');
  });

  it('says "the element" for a role it has no word for', () => {
    expect(roleInWords('toolbar', 'fr')).toBe('l’élément');
    expect(describeLocator({ role: 'switch' }, 'en')).toBe('the element');
  });

  it('shows an attribute, a text and a CSS path as they are', () => {
    expect(describeLocator({ attributes: { name: '_q' } }, 'fr')).toBe('l’élément dont name vaut «\u202f_q\u202f»');
    expect(describeLocator({ text: { fr: 'Envoyer', en: 'Send' } }, 'en')).toBe('the text "Send"');
    expect(describeLocator({ css: 'div.toolbar > button' }, 'fr')).toBe('sa place dans la page (div.toolbar > button)');
  });
});
