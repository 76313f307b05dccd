import { studioPickedItem, studioPointingItem, studioTrialItem } from '../../../utils/storage/session-items';
import type { Picked, PickedPlace, Pointing, StudioTrial } from '../../../utils/studio/pointing';
import { write } from './write-queue';

/** Places waiting for the studio: a handful at most (a recording is ≤ 20 steps). */
const MAX_WAITING = 40;

export const setPointing = (pointing: Pointing | null): Promise<void> =>
  write(() => (pointing ? studioPointingItem.setValue(pointing) : studioPointingItem.removeValue()));

/**
 * A place chosen in the pointing tab, kept for the studio. A point ends the pointing; a recording
 * goes on, one step more. Returns the pointing as it is now (null: ended).
 */
export function addPicked(picked: Picked): Promise<Pointing | null> {
  return write(async () => {
    const pointing = await studioPointingItem.getValue();
    if (!pointing) return null;
    const waiting = await studioPickedItem.getValue();
    const place: PickedPlace = { ...picked, id: Date.now() + waiting.length, target: pointing.target };
    await studioPickedItem.setValue([...waiting, place].slice(-MAX_WAITING));
    const now = pointing.mode === 'record' ? { ...pointing, recorded: pointing.recorded + 1 } : null;
    await (now ? studioPointingItem.setValue(now) : studioPointingItem.removeValue());
    return now;
  });
}

/** The studio takes the places waiting (they are then its draft's). */
export function takePicked(): Promise<PickedPlace[]> {
  return write(async () => {
    const waiting = await studioPickedItem.getValue();
    if (waiting.length) await studioPickedItem.removeValue();
    return waiting;
  });
}

export const setTrial = (trial: StudioTrial | null): Promise<void> =>
  write(() => (trial ? studioTrialItem.setValue(trial) : studioTrialItem.removeValue()));

/**
 * A tab closed: pointing or a trial there ends (so does one the studio's own tab started); the
 * page it leaves is refreshed by refreshTabsLeft, which watches these items.
 */
export function forgetStudioTab(tabId: number): Promise<void> {
  return write(async () => {
    const [pointing, trial] = await Promise.all([studioPointingItem.getValue(), studioTrialItem.getValue()]);
    if (pointing && (pointing.tabId === tabId || pointing.studioTabId === tabId))
      await studioPointingItem.removeValue();
    if (trial && (trial.tabId === tabId || trial.studioTabId === tabId)) await studioTrialItem.removeValue();
  });
}
