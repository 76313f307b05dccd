import type { Lang } from '../../utils/i18n';
import type { Sayings } from '../../utils/studio/pointing';
import type { CoachContext } from '../background/surfaces/coach-context';

/** The studio's picker in a tool's page: its mode, its words (from the studio), steps so far. */
export interface PickerView {
  lang: Lang;
  mode: 'point' | 'record';
  recorded: number;
  words: Record<string, string>;
  sayings: { fr: Sayings; en: Sayings };
}

/** Only the tab the studio points at, while it stays on the tool it started on (see table.ts). */
export function pickerView(ctx: CoachContext): PickerView | null {
  const pointing = ctx.pointing;
  if (!pointing) return null;
  const { lang, mode, recorded, words, sayings } = pointing;
  return { lang, mode, recorded, words, sayings };
}

export const pickerApplies = (ctx: CoachContext): boolean =>
  ctx.pointing !== null && ctx.state?.toolId === ctx.pointing.toolId;
