import type { Lang } from '../i18n';
import { BUILTIN_IDS } from '../packs/builtin-packs';
import { PACK_SCHEMA_VERSION } from '../packs/pack-schema';
import type { LinkDraft, Localized, StudioDraft } from './draft-model';
import { makeId, withIds } from './make-id';

/**
 * The pack a draft makes, before the real loader checks it. A pack may be written in one language:
 * only the draft's languages are written (a French draft gives a French-only pack, its English
 * fields left out even if typed before), and in them only what the mentor typed. Optional parts
 * left empty are left out. Ids are made here, once: the draft returned keeps them.
 */
type Written<T> = { fr?: T; en?: T };
export const draftLanguages = (draft: Pick<StudioDraft, 'languages'>): Lang[] =>
  draft.languages === 'both' ? ['fr', 'en'] : [draft.languages];

export const written = (text: Localized, languages: readonly Lang[]): Written<string> =>
  Object.fromEntries(
    languages.flatMap((language) => (text[language].trim() ? [[language, text[language].trim()]] : [])),
  );
const isBlank = (text: Localized, languages: readonly Lang[]) => languages.every((language) => !text[language].trim());

/** Comma-separated variants, in each language typed; undefined when there are none. */
export function variantLists(
  text: Localized,
  languages: readonly Lang[] = ['fr', 'en'],
): Written<string[]> | undefined {
  const split = (value: string) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const lists = Object.fromEntries(
    languages.flatMap((language) => (split(text[language]).length ? [[language, split(text[language])]] : [])),
  );
  return Object.keys(lists).length ? lists : undefined;
}

const links = (list: readonly LinkDraft[], languages: readonly Lang[]) => {
  const kept = list
    .filter((link) => link.url.trim() || !isBlank(link.label, languages))
    .map((link) => ({ url: link.url.trim(), label: written(link.label, languages) }));
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
const RESERVED_PACK_IDS = new Set(BUILTIN_IDS);

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
  const languages = draftLanguages(draft);
  const filled = (text: Localized) => written(text, languages);
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
      ...links(tip.links, languages),
      ...(tip.competence ? { competence: tip.competence } : {}),
      ...tip.extra,
    })),
    ...(draft.words.length ? { glossary: draft.words.map((word) => wordData(word, languages)) } : {}),
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

function wordData(word: StudioDraft['words'][number], languages: readonly Lang[]) {
  const variants = variantLists(word.variants, languages);
  return {
    id: word.id,
    term: written(word.term, languages),
    ...(variants ? { variants } : {}),
    definition: written(word.definition, languages),
    ...(isBlank(word.example, languages) ? {} : { example: written(word.example, languages) }),
    ...(word.tools.length ? { tools: word.tools } : {}),
    ...word.extra,
  };
}
