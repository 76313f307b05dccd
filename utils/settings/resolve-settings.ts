import { type SettingName, settingNames } from './settings-fields';
import {
  type AssociationSettings,
  defaultSettings,
  type LockableSetting,
  lockableSettings,
  type Settings,
  storedSettingsSchema,
} from './settings-schema';

/** The four layers of settings, lowest first after Déclic's own defaults. */
export interface SettingsLayers {
  /** An association build's starting values (absent in the ordinary Déclic). */
  association?: AssociationSettings | null;
  /** The volunteer's own choices, as read from storage (anything: it is checked here). */
  stored: unknown;
  /** What the association's policy fixes (`lockedSettings`). */
  locked?: Partial<Pick<Settings, LockableSetting>> | null;
}

/**
 * The settings that apply: Déclic's defaults, then the association build's, then the
 * volunteer's choices, then what the policy locks. The one place this order is written.
 */
export function resolveSettings({ association, stored, locked }: SettingsLayers): Settings {
  const own = storedSettingsSchema.safeParse(stored ?? {});
  const layers: Partial<Record<SettingName, unknown>>[] = [
    association ?? {},
    own.success ? own.data : {},
    locked ?? {},
  ];
  const out: Record<string, unknown> = { ...defaultSettings };
  for (const layer of layers) {
    for (const name of settingNames) if (layer[name] !== undefined) out[name] = layer[name];
  }
  return out as Settings;
}

/** Which settings the policy fixes: shown locked, and never changed by a volunteer's choice. */
export function lockedNames(locked: SettingsLayers['locked']): Set<LockableSetting> {
  return new Set(lockableSettings.filter((name) => locked?.[name] !== undefined));
}
