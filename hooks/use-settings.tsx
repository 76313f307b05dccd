import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { sendMessage } from '../utils/messaging/protocol';
import { watchPolicy } from '../utils/policy/managed';
import { type EffectiveSettings, readSettings } from '../utils/settings/read-settings';
import { defaultSettings, type Settings, type SettingsPatch } from '../utils/settings/settings-schema';
import { settingsItem } from '../utils/storage/local-items';

interface SettingsState extends EffectiveSettings {
  loaded: boolean;
}

const initial: SettingsState = {
  settings: { ...defaultSettings },
  stored: {},
  policy: {},
  notes: [],
  locked: new Set(),
  loaded: false,
};
const SettingsContext = createContext<SettingsState>(initial);

/**
 * The settings that apply, read once for the whole page (storage, policy and association build
 * together, resolved by the one function that knows their order) and kept live.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void readSettings().then((read) => {
        if (alive) setState({ ...read, loaded: true });
      });
    load();
    const unwatch = [settingsItem.watch(load), watchPolicy(load)];
    return () => {
      alive = false;
      for (const stop of unwatch) stop();
    };
  }, []);
  return <SettingsContext.Provider value={state}>{children}</SettingsContext.Provider>;
}

export const useSettings = (): SettingsState => useContext(SettingsContext);

/**
 * Settings for a form: a change shows at once, before the background stores it, so a click on
 * a switch never seems to bounce back.
 */
export function useSettingsEditor(): [Settings, (patch: SettingsPatch) => Promise<void>, boolean] {
  const { settings: effective, loaded } = useSettings();
  const [settings, setSettings] = useState(effective);
  useEffect(() => setSettings(effective), [effective]);
  const save = useCallback(async (patch: SettingsPatch) => {
    setSettings((current) => ({ ...current, ...patch }));
    await sendMessage('updateSettings', patch);
  }, []);
  return [settings, save, loaded];
}
