import type { Lang } from '../../utils/i18n';
import { t, tn } from '../../utils/i18n';
import type { Guide } from '../../utils/packs/pack-schema';
import { stepFeedbackKey } from '../../utils/progress/feedback';
import type { Verdict } from '../../utils/storage/local-items';

import type { CoachContext } from '../background/surfaces/coach-context';
import { glossaryEntries } from '../glossary.content/view';
import { stepWords } from './step-words';

/** The step of the guide this tab is running. */
export interface GuideView {
  key: string;
  lang: Lang;
  guide: Guide;
  step: number;
  /** "This helped" / "Not clear" on this step, if the volunteer said so. */
  verdict?: Verdict;
  /** The glossary's words this step uses, explained under it. */
  words: { term: string; definition: string }[];
  labels: Record<
    | 'step'
    | 'back'
    | 'next'
    | 'finish'
    | 'stop'
    | 'searching'
    | 'notFound'
    | 'learned'
    | 'feedback'
    | 'words'
    | Verdict,
    string
  >;
}

/** The running guide of the tab, if it is one of this tool's; its step kept inside the guide. */
export function runningGuide(ctx: CoachContext) {
  const session = ctx.guideSession;
  const entry = session && ctx.guides.find((guide) => guide.key === session.key);
  if (!session || !entry) return null;
  return { entry, step: Math.min(Math.max(0, session.step), entry.guide.steps.length - 1) };
}

export function guideView(ctx: CoachContext): GuideView {
  const running = runningGuide(ctx);
  if (!running) throw new Error('guideView without a running guide');
  const { lang } = ctx;
  const { key, guide } = running.entry;
  const words = stepWords(glossaryEntries(ctx), guide.steps[running.step]?.text[lang] ?? '');
  const verdict = ctx.feedback[stepFeedbackKey(key, running.step)]?.verdict;
  return stepView(lang, { key, guide }, running.step, words, verdict);
}

/** One step of a guide as its callout shows it: on a coached page, and on a practice page (entrypoints/practice). */
export function stepView(
  lang: Lang,
  entry: { key: string; guide: Guide },
  step: number,
  words: GuideView['words'],
  verdict?: Verdict,
): GuideView {
  const { guide } = entry;
  return {
    words,
    key: entry.key,
    lang,
    guide,
    step,
    verdict,
    labels: {
      step: t(lang, 'guide.step', { n: step + 1, total: guide.steps.length }),
      back: t(lang, 'guide.back'),
      next: t(lang, 'guide.next'),
      finish: t(lang, 'guide.finish'),
      stop: t(lang, 'guide.stop'),
      searching: t(lang, 'guide.searching'),
      notFound: t(lang, 'guide.not-found'),
      learned: t(lang, 'guide.announce.learned', { title: guide.title[lang] }),
      feedback: t(lang, 'feedback.group-step'),
      words: tn(lang, 'coach.tip.words', words.length),
      helped: t(lang, 'feedback.helped'),
      unclear: t(lang, 'feedback.unclear'),
    },
  };
}
