import type { Verdict } from '../storage/local-items';

/** The two answers, in the order they are shown, each with its words in locales/. */
export const verdicts = ['helped', 'unclear'] as const satisfies readonly Verdict[];
export const verdictLabel = { helped: 'feedback.helped', unclear: 'feedback.unclear' } as const;

/** A step of a guide is keyed by the guide's key and its number as the volunteer reads it (from 1). */
export const stepFeedbackKey = (guideKey: string, stepIndex: number) => `${guideKey}#${stepIndex + 1}`;

/** `packId/tipId` → a tip; `packId/guideId#n` → step n (from 1) of a guide. */
export function parseFeedbackKey(key: string): { item: string; step: number | null } {
  const [item = '', step] = key.split('#');
  return { item, step: step === undefined ? null : Number(step) };
}

/** One choice per item, changeable: the other answer replaces it, the same answer again takes it back. */
export const nextVerdict = (current: Verdict | undefined, pressed: Verdict): Verdict | null =>
  current === pressed ? null : pressed;
