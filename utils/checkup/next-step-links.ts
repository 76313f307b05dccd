import type { Lang } from '../i18n';
import { hasPracticeSpace, practicePath } from '../practice/spaces';
import type { CheckupQuestion } from './questions-schema';

/** A guide as the installed packs name it: its title and the tool it runs on. */
export interface GuideInfo {
  title: string;
  tool: string;
  toolName: string;
}

/**
 * A next step's links, ready to show: each Déclic guide (opened in its practice space when the
 * tool has one, else named so the coach finds it on the tool), the practice spaces, the public pages.
 */
export type NextLink =
  | { kind: 'guide'; title: string; toolName: string; href?: string }
  | { kind: 'practice'; tool: string; href: string }
  | { kind: 'public'; label: string; href: string };

export function nextStepLinks(
  question: CheckupQuestion,
  guides: ReadonlyMap<string, GuideInfo>,
  lang: Lang,
): NextLink[] {
  const { next } = question;
  const guideLinks = (next.guides ?? []).flatMap((key): NextLink[] => {
    const guide = guides.get(key);
    // A guide a pack no longer has (or a pack turned off) is left out rather than named wrong.
    if (!guide) return [];
    const href = hasPracticeSpace(guide.tool) ? practicePath(guide.tool, key) : undefined;
    return [{ kind: 'guide', title: guide.title, toolName: guide.toolName, ...(href ? { href } : {}) }];
  });
  const spaces = (next.practice ?? []).flatMap((tool): NextLink[] =>
    hasPracticeSpace(tool) ? [{ kind: 'practice', tool, href: practicePath(tool) }] : [],
  );
  const pages = (next.links ?? []).map(
    (link): NextLink => ({ kind: 'public', label: link.label[lang], href: link.url }),
  );
  return [...guideLinks, ...spaces, ...pages];
}
