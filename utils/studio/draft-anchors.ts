import { type Lang, translate } from '../i18n';
import type { Anchor } from '../packs/pack-schema';
import type { StudioDraft } from './draft-model';
import { fieldId } from './field-id';
import { type PersonalKind, personalInAnchor } from './personal-text';

/**
 * Every place a draft points at on the page, where it belongs (a tip, a step of a guide) and
 * whether it holds text that may be a person's. Recording never keeps such text (make-anchor.ts);
 * a pack written or edited by hand may, and the studio must not save it again without a word.
 */
export interface DraftAnchor {
  /** The id of the review's control for this place: where its mistake is shown. */
  field: string;
  /** « L’endroit de l’étape 2 du guide 1 », as `studio.what.*` says it. */
  what: { key: 'tip-anchor' | 'step-anchor'; vars: Record<string, number> };
  anchor: Anchor;
  personal: PersonalKind | null;
  /** The tip's or the guide's key, and the step's for a guide. */
  itemKey: string;
  stepKey?: string;
}

export function draftAnchors(draft: StudioDraft): DraftAnchor[] {
  const found: DraftAnchor[] = [];
  draft.tips.forEach((tip, index) => {
    if (!tip.anchor) return;
    found.push({
      field: fieldId('tip', tip.key, 'anchor'),
      what: { key: 'tip-anchor', vars: { n: index + 1 } },
      anchor: tip.anchor,
      personal: personalInAnchor(tip.anchor),
      itemKey: tip.key,
    });
  });
  draft.guides.forEach((guide, index) => {
    guide.steps.forEach((step, stepIndex) => {
      if (!step.anchor) return;
      found.push({
        field: fieldId('guide', guide.key, 'step', step.key, 'anchor'),
        what: { key: 'step-anchor', vars: { n: index + 1, m: stepIndex + 1 } },
        anchor: step.anchor,
        personal: personalInAnchor(step.anchor),
        itemKey: guide.key,
        stepKey: step.key,
      });
    });
  });
  return found;
}

/** « L’endroit de l’astuce 1 » or « L’endroit de l’étape 2 du guide 1 ». */
export const anchorWhat = (place: DraftAnchor, lang: Lang): string =>
  translate(lang, `studio.what.${place.what.key}`, place.what.vars);

/** The mistake of a place that holds personal text, in the mentor's words. */
export const personalAnchorError = (place: DraftAnchor, lang: Lang): string =>
  translate(lang, 'studio.error.anchor-personal', {
    what: anchorWhat(place, lang),
    personal: translate(lang, `studio.personal.${place.personal ?? 'number'}`),
  });

/** The draft without this place: its tip or step is then shown in the panel, pointing at nothing. */
export function withoutAnchor(draft: StudioDraft, place: DraftAnchor): StudioDraft {
  const drop = <T extends { key: string; anchor?: Anchor }>(item: T, key?: string): T => {
    if (item.key !== key) return item;
    const { anchor: _dropped, ...rest } = item;
    return rest as T;
  };
  if (!place.stepKey) return { ...draft, tips: draft.tips.map((tip) => drop(tip, place.itemKey)) };
  return {
    ...draft,
    guides: draft.guides.map((guide) =>
      guide.key === place.itemKey ? { ...guide, steps: guide.steps.map((step) => drop(step, place.stepKey)) } : guide,
    ),
  };
}
