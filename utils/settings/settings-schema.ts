import { z } from 'zod';
import { type SettingName, settingFields, settingNames } from './settings-fields';

/** What settings-fields.ts declares, in the shapes the rest of Déclic needs. */
type Fields = typeof settingFields;
export type Settings = { [K in SettingName]: z.infer<Fields[K]['schema']> };
export type LockableSetting = { [K in SettingName]: Fields[K]['lockable'] extends true ? K : never }[SettingName];
export type AssociationSetting = {
  [K in SettingName]: Fields[K]['association'] extends true ? K : never;
}[SettingName];

export const defaultSettings = Object.freeze(
  Object.fromEntries(settingNames.map((name) => [name, settingFields[name].default])),
) as unknown as Readonly<Settings>;

export const lockableSettings = settingNames.filter((name) => settingFields[name].lockable) as LockableSetting[];
export const associationSettingNames = settingNames.filter(
  (name) => settingFields[name].association,
) as AssociationSetting[];

const optionalShape = (names: readonly SettingName[]) =>
  Object.fromEntries(names.map((name) => [name, settingFields[name].schema.optional()])) as {
    [K in SettingName]: z.ZodOptional<Fields[K]['schema']>;
  };

/** What the policy's `lockedSettings` may fix (the policy schema adds its `categories`). */
export const lockedSettingsShape = optionalShape(lockableSettings) as Pick<
  ReturnType<typeof optionalShape>,
  LockableSetting
>;

/** The starting settings an association build may choose (volunteers can still change them). */
export const associationSettingsSchema = z.strictObject(
  optionalShape(associationSettingNames) as Pick<ReturnType<typeof optionalShape>, AssociationSetting>,
);
export type AssociationSettings = z.infer<typeof associationSettingsSchema>;

/** The volunteer's own choices as stored: only what they chose; a bad or unknown value is dropped. */
export const storedSettingsSchema = z.object(
  Object.fromEntries(
    settingNames.map((name) => [name, (settingFields[name].schema as z.ZodType).optional().catch(undefined)]),
  ) as {
    [K in SettingName]: z.ZodCatch<z.ZodOptional<Fields[K]['schema']>>;
  },
);
export type StoredSettings = Partial<Settings>;

/** A change asked by one of Déclic's pages: known fields, valid values, nothing else. */
export const settingsPatchSchema = z.strictObject(optionalShape(settingNames) as ReturnType<typeof optionalShape>);
export type SettingsPatch = Partial<Settings>;
