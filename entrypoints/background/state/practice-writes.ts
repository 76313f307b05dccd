import { practiceItem } from '../../../utils/storage/local-items';
import { write } from './write-queue';

/** An exercise tried on a practice space: done stays done, a try that is not right yet counts. */
export function setExerciseTry(id: string, done: boolean): Promise<void> {
  return write(async () => {
    const progress = await practiceItem.getValue();
    const before = progress.exercises[id];
    const entry = { done: done || !!before?.done, tries: (before?.tries ?? 0) + 1, at: Date.now() };
    await practiceItem.setValue({ ...progress, exercises: { ...progress.exercises, [id]: entry } });
  });
}

/** A guide followed to its end on a practice space. */
export function setGuidePractised(key: string): Promise<void> {
  return write(async () => {
    const progress = await practiceItem.getValue();
    await practiceItem.setValue({ ...progress, guides: { ...progress.guides, [key]: { at: Date.now() } } });
  });
}
