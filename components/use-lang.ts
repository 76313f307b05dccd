import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { associationDefaults } from '../utils/association';
import { type Lang, resolveLang, t } from '../utils/i18n';
import { applyPolicy } from '../utils/policy/managed';
import { defaultSettings, type Settings, settingsItem, updateSettings, withDefaults } from '../utils/storage-items';
import { usePolicy } from './use-policy';
import { useStorageItem } from './use-storage-item';

/** The settings that apply: the association's locked values over the user's choices. */
export function useSettings(): [Settings, boolean] {
  const [stored, loaded] = useStorageItem(settingsItem, defaultSettings);
  const { policy, loaded: policyLoaded } = usePolicy();
  const [defaults, setDefaults] = useState<Partial<Settings>>({});
  useEffect(() => {
    void associationDefaults().then(setDefaults);
  }, []);
  // Same order as getEffectiveSettings: defaults < association build < user < locked by policy.
  const settings = useMemo(
    () => applyPolicy(withDefaults({ ...defaults, ...(stored ?? {}) }), policy),
    [stored, policy, defaults],
  );
  return [settings, loaded && policyLoaded];
}

/**
 * Settings for a form: a change shows at once, before storage confirms it, so a click on
 * a switch never seems to bounce back.
 */
export function useSettingsEditor(): [Settings, (patch: Partial<Settings>) => Promise<void>, boolean] {
  const [stored, loaded] = useSettings();
  const [settings, setSettings] = useState(stored);
  useEffect(() => setSettings(stored), [stored]);
  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    await updateSettings(patch);
  }, []);
  return [settings, save, loaded];
}

/** The language to speak: the user's setting, else the browser's. */
export function useLang(): {
  lang: Lang;
  tr: (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => string;
} {
  const [settings] = useSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  return { lang, tr: (key, vars) => t(lang, key, vars) };
}
