import { createContext, useContext } from 'react';
import type { Lang } from '../../utils/i18n';
import type { StudioLanguages } from '../../utils/studio/draft-model';

/** What every field of the studio needs: the page's language, the pack's languages, and its mistakes. */
export interface StudioForm {
  lang: Lang;
  languages: StudioLanguages;
  /** The plain message of a field's mistake, once the mentor has tried to export. */
  errorOf(field: string): string | undefined;
}

export const StudioFormContext = createContext<StudioForm>({ lang: 'en', languages: 'fr', errorOf: () => undefined });
export const useStudioForm = (): StudioForm => useContext(StudioFormContext);

/** The languages whose fields are on screen, the first one first. */
export const shownLanguages = (languages: StudioLanguages): readonly Lang[] =>
  languages === 'both' ? ['fr', 'en'] : [languages];

/** A list with one item replaced, removed, or moved by one place. */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((old, i) => (i === index ? item : old));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export function moveAt<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}
