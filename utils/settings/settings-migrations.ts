import { defaultSettings, type StoredSettings } from './settings-schema';

/**
 * Version 1 stored the whole settings object, defaults included, so an association build's
 * starting values could never show through. Version 2 keeps only the volunteer's own choices.
 * A version 1 value equal to Déclic's default was, as far as can be told, never chosen: it is
 * dropped, and the association's (or Déclic's) default applies again.
 */
export function settingsV1toV2(v1: unknown): StoredSettings {
  if (!v1 || typeof v1 !== 'object' || Array.isArray(v1)) return {};
  const defaults = defaultSettings as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(v1).filter(
      ([key, value]) => key in defaults && JSON.stringify(value) !== JSON.stringify(defaults[key]),
    ),
  ) as StoredSettings;
}
