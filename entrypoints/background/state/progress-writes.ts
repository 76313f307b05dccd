import {
  type CoachSide,
  coachSidesItem,
  feedbackItem,
  type GuideProgress,
  guideProgressItem,
  knownTermsItem,
  practiceItem,
  type TipStatus,
  tipStatesItem,
  type Verdict,
} from '../../../utils/storage/local-items';
import { write } from './write-queue';

/** What a volunteer does with tips, words and guides: each change is one queued write. */
export function setTipStatus(key: string, status: TipStatus | null): Promise<void> {
  return write(async () => {
    const states = { ...(await tipStatesItem.getValue()) };
    if (status) states[key] = { status, at: Date.now() };
    else delete states[key];
    await tipStatesItem.setValue(states);
  });
}

/** "Show hidden tips": the hidden ones among `keys` come back. */
export function unhideTips(keys: readonly string[]): Promise<void> {
  return write(async () => {
    const states = { ...(await tipStatesItem.getValue()) };
    for (const key of keys) if (states[key]?.status === 'hidden') delete states[key];
    await tipStatesItem.setValue(states);
  });
}

export function knowTerm(key: string): Promise<void> {
  return write(async () =>
    knownTermsItem.setValue({ ...(await knownTermsItem.getValue()), [key]: { at: Date.now() } }),
  );
}

/** "Explain it again on pages": the word is marked and explained again. */
export function forgetKnownTerm(key: string): Promise<void> {
  return write(async () => {
    const { [key]: _dropped, ...rest } = await knownTermsItem.getValue();
    await knownTermsItem.setValue(rest);
  });
}

export function setGuideProgress(key: string, progress: GuideProgress | null): Promise<void> {
  return write(async () => {
    const all = { ...(await guideProgressItem.getValue()) };
    if (progress) all[key] = progress;
    else delete all[key];
    await guideProgressItem.setValue(all);
  });
}

/** "This helped" / "Not clear" on a tip or a guide's step; null takes the answer back. */
export function setFeedback(key: string, verdict: Verdict | null): Promise<void> {
  return write(async () => {
    const all = { ...(await feedbackItem.getValue()) };
    if (verdict) all[key] = { verdict, at: Date.now() };
    else delete all[key];
    await feedbackItem.setValue(all);
  });
}

/** "What I have learned" starts again: understood tips, finished guides, practice; hidden tips stay hidden. */
export function resetLearned(): Promise<void> {
  return write(async () => {
    const tips = await tipStatesItem.getValue();
    await tipStatesItem.setValue(Object.fromEntries(Object.entries(tips).filter(([, s]) => s.status !== 'got-it')));
    await guideProgressItem.setValue({});
    await practiceItem.removeValue();
  });
}

/** The side of the page the volunteer chose for the coach on one tool. */
export function setCoachSide(toolId: string, side: CoachSide): Promise<void> {
  return write(async () => coachSidesItem.setValue({ ...(await coachSidesItem.getValue()), [toolId]: side }));
}
