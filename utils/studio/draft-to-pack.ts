import { PACK_SCHEMA_VERSION } from '../packs/pack-schema';
import type { LinkDraft, Localized, StudioDraft } from './draft-model';
import { makeId, withIds } from './make-id';

/**
 * The pack a draft makes, before the real loader checks it. Both languages are required by the
 * pack format: a text left empty in one language takes the other's (the draft keeps it empty).
 * Optional parts left empty are left out. Ids are made here, once: the draft returned keeps them.
 */
export const filled = (text: Localized): Localized => {
  const fr = text.fr.trim();
  const en = text.en.trim();
  return { fr: fr || en, en: en || fr };
};
const isBlank = (text: Localized) => !text.fr.trim() && !text.en.trim();

/** Comma-separated variants, each language's list filled from the other's when empty. */
export function variantLists(text: Localized): { fr: string[]; en: string[] } | undefined {
  const split = (value: string) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const fr = split(text.fr);
  const en = split(text.en);
  if (!fr.length && !en.length) return undefined;
  return { fr: fr.length ? fr : en, en: en.length ? en : fr };
}

const links = (list: readonly LinkDraft[]) => {
  const kept = list
    .filter((link) => link.url.trim() || !isBlank(link.label))
    .map((link) => ({ url: link.url.trim(), label: filled(link.label) }));
  return kept.length ? { links: kept } : {};
};

/** 1.4.2 → 1.4.3; a first export is 1.0.0. A pre-release (1.0.0-beta.1) moves on to its next patch. */
export function nextVersion(version: string): string {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})/.exec(version);
  if (!match) return '1.0.0';
  return `${match[1]}.${match[2]}.${Number(match[3]) + 1}`;
}

/** `today` is the local date, YYYY-MM-DD. */
export const localDate = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Ids the built-in pack has taken. */
const RESERVED_PACK_IDS = new Set(['declic-essentials']);

export function withAllIds(draft: StudioDraft): StudioDraft {
  const first = (text: Localized) => (draft.languages === 'en' ? text.en || text.fr : text.fr || text.en);
  return {
    ...draft,
    id: draft.id || makeId(first(draft.name), RESERVED_PACK_IDS, 'paquet'),
    tips: withIds(draft.tips, (tip) => first(tip.title), 'astuce'),
    words: withIds(draft.words, (word) => first(word.term), 'mot'),
    guides: withIds(draft.guides, (guide) => first(guide.title), 'guide'),
  };
}

/** The draft as pack data (not yet checked), with a new version and today's date. */
export function draftToPack(input: StudioDraft, today: string): { draft: StudioDraft; data: Record<string, unknown> } {
  const withMade = withAllIds(input);
  const draft = { ...withMade, version: nextVersion(withMade.version) };
  const data = {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: draft.id,
    version: draft.version,
    name: filled(draft.name),
    description: filled(draft.description),
    author: { name: draft.author.name.trim(), ...(draft.author.url.trim() ? { url: draft.author.url.trim() } : {}) },
    licence: draft.licence,
    updated: today,
    ...draft.extra,
    tips: draft.tips.map((tip) => ({
      id: tip.id,
      tool: tip.tool,
      ...(tip.contexts.length ? { contexts: tip.contexts } : {}),
      level: tip.level,
      title: filled(tip.title),
      body: filled(tip.body),
      ...(tip.anchor ? { anchor: tip.anchor } : {}),
      ...links(tip.links),
      ...(tip.competence ? { competence: tip.competence } : {}),
      ...tip.extra,
    })),
    ...(draft.words.length ? { glossary: draft.words.map(wordData) } : {}),
    ...(draft.guides.length
      ? {
          guides: draft.guides.map((guide) => ({
            id: guide.id,
            tool: guide.tool,
            title: filled(guide.title),
            steps: guide.steps.map((step) => ({
              text: filled(step.text),
              ...(step.anchor ? { anchor: step.anchor } : {}),
              ...step.extra,
            })),
            ...guide.extra,
          })),
        }
      : {}),
  };
  return { draft, data };
}

function wordData(word: StudioDraft['words'][number]) {
  const variants = variantLists(word.variants);
  return {
    id: word.id,
    term: filled(word.term),
    ...(variants ? { variants } : {}),
    definition: filled(word.definition),
    ...(isBlank(word.example) ? {} : { example: filled(word.example) }),
    ...(word.tools.length ? { tools: word.tools } : {}),
    ...word.extra,
  };
}
