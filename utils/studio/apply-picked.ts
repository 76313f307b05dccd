import type { StepDraft, StudioDraft } from './draft-model';
import { newKey } from './draft-model';
import type { PickedPlace } from './pointing';
import { limits } from './studio-limits';

const blankStep = (step: StepDraft) => !step.anchor && !step.text.fr.trim() && !step.text.en.trim();

/**
 * A place chosen on the page, into the draft: a tip's or a step's anchor (its text kept, or made
 * from the element's name when empty), or a recorded click as a guide's next step — into the first
 * blank step the guide starts with, else a new one while the guide has room. An item removed
 * meanwhile simply gets nothing.
 */
export function applyPicked(draft: StudioDraft, place: PickedPlace): StudioDraft {
  const { target, anchor, sentence } = place;
  if (target.kind === 'tip') {
    return { ...draft, tips: draft.tips.map((tip) => (tip.key === target.key ? { ...tip, anchor } : tip)) };
  }
  return {
    ...draft,
    guides: draft.guides.map((guide) => {
      if (guide.key !== target.guideKey) return guide;
      if (target.kind === 'step') {
        const steps = guide.steps.map((step) =>
          step.key === target.stepKey ? { ...step, anchor, text: blankStep(step) ? sentence : step.text } : step,
        );
        return { ...guide, steps };
      }
      const blank = guide.steps.findIndex(blankStep);
      if (blank >= 0) {
        const steps = guide.steps.map((step, i) => (i === blank ? { ...step, anchor, text: sentence } : step));
        return { ...guide, steps };
      }
      if (guide.steps.length >= limits.maxSteps) return guide;
      return { ...guide, steps: [...guide.steps, { key: newKey(), text: sentence, anchor, extra: {} }] };
    }),
  };
}
