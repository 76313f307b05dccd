import { dateInWords } from '../date-in-words';
import { type Lang, t, tn } from '../i18n';
import type { InstalledPack } from '../packs/installed-packs';
import { itemKey } from '../packs/item-key';
import type { Feedback, Verdict } from '../storage/local-items';
import { toolById } from '../tools/registry';
import { stepFeedbackKey, verdicts } from './feedback';

/** One answer of the volunteer, with what it was about (a tip, or a guide's step). */
export interface FeedbackEntry {
  key: string;
  verdict: Verdict;
  at: number;
  tool: string;
  title: { fr: string; en: string };
  /** A guide's step: its number (from 1) and the guide's number of steps. */
  step?: { n: number; total: number };
}

/**
 * Every answer, in the order the packs list their items, newest first. Answers about items of
 * packs since removed are left out: their text went with them.
 */
export function feedbackEntries(packs: readonly InstalledPack[], feedback: Record<string, Feedback>): FeedbackEntry[] {
  const entries: FeedbackEntry[] = [];
  for (const { pack } of packs) {
    for (const tip of pack.tips) {
      const key = itemKey(pack.id, tip.id);
      const answer = feedback[key];
      if (answer) entries.push({ key, ...answer, tool: tip.tool, title: tip.title });
    }
    for (const guide of pack.guides ?? []) {
      guide.steps.forEach((_, index) => {
        const key = stepFeedbackKey(itemKey(pack.id, guide.id), index);
        const answer = feedback[key];
        const step = { n: index + 1, total: guide.steps.length };
        if (answer) entries.push({ key, ...answer, tool: guide.tool, title: guide.title, step });
      });
    }
  }
  return entries.sort((a, b) => b.at - a.at);
}

const toolName = (id: string, lang: Lang) => toolById(id)?.names[lang] ?? id;

/** "Gmail — Tip: Undo a send" or "Gmail — Guide “Send a file”, step 2 of 4". */
export function feedbackLine(entry: FeedbackEntry, lang: Lang): string {
  const what = entry.step
    ? t(lang, 'feedback.step', { guide: entry.title[lang], n: entry.step.n, total: entry.step.total })
    : t(lang, 'feedback.tip', { title: entry.title[lang] });
  return `${toolName(entry.tool, lang)} — ${what}`;
}

// Dates in words have one home (a moment: the day where the volunteer is).
const longDate = (at: number, lang: Lang) => dateInWords(lang, at);

/** `2026-12-01`, in the computer's own time zone. */
const isoDay = (at: number) => {
  const d = new Date(at);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/**
 * The file a volunteer may give a mentor: plain text in the volunteer's language, which opens
 * on any computer or phone and can be printed. What helped, then what was not clear, each with its day.
 */
export function feedbackFile(
  entries: readonly FeedbackEntry[],
  lang: Lang,
  now: number,
): { name: string; text: string } {
  const lines = [t(lang, 'feedback.file.title', { date: longDate(now, lang) })];
  for (const verdict of verdicts) {
    const mine = entries.filter((entry) => entry.verdict === verdict);
    if (!mine.length) continue;
    const heading = tn(lang, verdict === 'helped' ? 'feedback.helped-title' : 'feedback.unclear-title', mine.length);
    lines.push('', heading, ...mine.map((entry) => `- ${feedbackLine(entry, lang)} (${longDate(entry.at, lang)})`));
  }
  lines.push('', t(lang, 'feedback.file.footer'), '');
  return { name: t(lang, 'feedback.file.name', { date: isoDay(now) }), text: lines.join('\n') };
}
