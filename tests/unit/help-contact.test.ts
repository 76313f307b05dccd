import { describe, expect, it } from 'vitest';
import { parseHelpContact } from '../../utils/help/help-contact';
import { translate } from '../../utils/i18n';
import { parsePolicy } from '../../utils/policy/policy-schema';
import { resolveSettings } from '../../utils/settings/resolve-settings';
import { settingFields } from '../../utils/settings/settings-fields';
import { associationSettingsSchema, settingsPatchSchema } from '../../utils/settings/settings-schema';

describe('who to ask for help', () => {
  it.each([
    ['marie@jardins-belleville.fr', { kind: 'email', address: 'marie@jardins-belleville.fr' }],
    ['  mailto:Bureau@Asso.example.org ', { kind: 'email', address: 'Bureau@Asso.example.org' }],
    ['06 12 34 56 78', { kind: 'phone', number: '06 12 34 56 78', dial: '0612345678' }],
    ['+33 (0)6.12.34.56.78', { kind: 'phone', number: '+33 (0)6.12.34.56.78', dial: '+330612345678' }],
    ['https://asso.example.org/aide?q=1', { kind: 'web', url: 'https://asso.example.org/aide?q=1' }],
  ])('recognises %j', (input, contact) => {
    expect(parseHelpContact(input)).toEqual(contact);
  });

  it.each([
    'marie',
    'marie@',
    'marie@asso',
    'a@b.fr?cc=everyone@evil.example',
    '12',
    '06 12 34 56 78 90 12 34 56',
    'http://asso.example.org/aide',
    'https://user:secret@asso.example.org/',
    'https://localhost/',
    'javascript:alert(1)',
    'tel:abc',
  ])('refuses %j', (input) => {
    expect(parseHelpContact(input)).toBeNull();
  });

  it('is a setting: empty by default, and a mistake is said in plain words', () => {
    const { schema } = settingFields.helpContact;
    expect(settingFields.helpContact.default).toBe('');
    expect(schema.safeParse('').success).toBe(true);
    expect(schema.parse('  marie@asso.example.org ')).toBe('marie@asso.example.org');
    const wrong = schema.safeParse('marie at asso');
    expect(wrong.success).toBe(false);
    const message = wrong.error?.issues[0]?.message ?? '';
    expect(translate('fr', message)).toMatch(/^Déclic ne reconnaît pas ce que vous avez écrit/);
    expect(translate('en', message)).toMatch(/an e-mail address \(with @\) or a phone number/);
    expect(settingsPatchSchema.safeParse({ helpContact: 'nope' }).success).toBe(false);
  });

  it('can be set by an association build and locked by a policy, which wins', () => {
    const association = associationSettingsSchema.parse({ helpContact: 'bureau@asso.example.org' });
    const { policy, notes } = parsePolicy({ lockedSettings: { helpContact: '01 23 45 67 89' } });
    expect(notes).toEqual([]);
    expect(resolveSettings({ association, stored: {} }).helpContact).toBe('bureau@asso.example.org');
    expect(resolveSettings({ association, stored: { helpContact: 'moi@example.org' } }).helpContact).toBe(
      'moi@example.org',
    );
    expect(resolveSettings({ association, stored: {}, locked: policy.lockedSettings }).helpContact).toBe(
      '01 23 45 67 89',
    );
    expect(parsePolicy({ lockedSettings: { helpContact: 'ftp://x' } }).notes).toEqual([
      { key: 'lockedSettings.helpContact', problem: 'policy.note.invalid' },
    ]);
  });
});
