import type { SettingsPatch } from '../../../utils/settings/settings-schema';
import { settingsItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/**
 * A volunteer's choice, kept with their other choices. What the association's policy locks is
 * never stored: the lock would hide it now and bring it back the day the lock is lifted.
 */
export function updateSettings(patch: SettingsPatch, locked: ReadonlySet<string>): Promise<void> {
  return write(async () => {
    const allowed = Object.entries(patch).filter(([name, value]) => value !== undefined && !locked.has(name));
    if (!allowed.length) return;
    await settingsItem.setValue({ ...(await settingsItem.getValue()), ...Object.fromEntries(allowed) });
  });
}
