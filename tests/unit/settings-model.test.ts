import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import { MANAGED_SCHEMA_PATH, managedSchemaJson } from '../../scripts/managed-schema';
import { DEPLOY_DOC, settingsTable, withFreshTable } from '../../scripts/settings-table';
import { messageOf } from '../../utils/i18n';
import { policyKeys } from '../../utils/policy/policy-schema';
import { fieldOf, settingNames } from '../../utils/settings/settings-fields';
import { associationSettingsSchema, defaultSettings, lockableSettings } from '../../utils/settings/settings-schema';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const optionsOf = (name: (typeof settingNames)[number]) =>
  (fieldOf(name).schema as unknown as { options?: string[] }).options;

/** Everything derived from utils/settings/settings-fields.ts stays in step with it. */
describe('the one settings model', () => {
  it("every field's default is a valid value of its own type", () => {
    for (const name of settingNames)
      expect(fieldOf(name).schema.safeParse(defaultSettings[name]).success, name).toBe(true);
  });

  it('public/managed_schema.json is generated from it, and fresh', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(managedSchemaJson());
    const locked = JSON.parse(managedSchemaJson()).properties.lockedSettings.properties;
    expect(Object.keys(locked).sort()).toEqual([...lockableSettings, 'categories'].sort());
    for (const name of lockableSettings) expect(locked[name].enum, name).toEqual(optionsOf(name));
  });

  it("the policy's lockedSettings and the association's settings accept exactly the flagged fields", () => {
    const lockedShape = Object.keys(policyKeys.lockedSettings.shape).filter((key) => key !== 'categories');
    expect(lockedShape.sort()).toEqual(settingNames.filter((n) => fieldOf(n).lockable).sort());
    expect(Object.keys(associationSettingsSchema.shape).sort()).toEqual(
      settingNames.filter((n) => fieldOf(n).association).sort(),
    );
  });

  it('every form row has its words in French and English, for the setting and each of its choices', () => {
    for (const name of settingNames.filter((n) => fieldOf(n).form)) {
      const keys = [`settings.${kebab(name)}`, ...(optionsOf(name) ?? []).map((o) => `settings.${kebab(name)}.${o}`)];
      for (const key of keys) {
        expect(messageOf((fr as Record<string, string>)[key]), key).toBeTruthy();
        expect(messageOf((en as Record<string, Parameters<typeof messageOf>[0]>)[key]), key).toBeTruthy();
      }
      const when = fieldOf(name).form?.shownWhen;
      if (when)
        expect(typeof defaultSettings[when as keyof typeof defaultSettings], `${name} shownWhen`).toBe('boolean');
    }
  });

  it("docs/deploy.md's settings table is generated from it, and fresh", () => {
    const doc = readFileSync(DEPLOY_DOC, 'utf8');
    expect(doc).toContain(settingsTable());
    expect(withFreshTable(doc)).toBe(doc);
    for (const name of settingNames) expect(settingsTable()).toContain(`| \`${name}\``);
  });
});
