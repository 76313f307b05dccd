import { asWritten, type Filled, languageCoverage } from '../packs/pack-languages';
import type { Pack } from '../packs/pack-schema';
import { type Localized, newKey, type StudioDraft, type StudioLanguages } from './draft-model';

/**
 * A pack opened in the studio. What the form edits goes to its fields; everything else (a
 * homepage, a word's contexts, more help links…) waits in `extra` and comes back at export, as
 * it was written. A language the loader filled in stays empty: the mentor sees what was written.
 */
function rest(item: object, known: readonly string[]): Record<string, unknown> {
  return asWritten(Object.fromEntries(Object.entries(item).filter(([name]) => !known.includes(name)))) as Record<
    string,
    unknown
  >;
}
const copy = (text: Filled<string> | undefined): Localized => ({
  fr: text && text.only !== 'en' ? text.fr : '',
  en: text && text.only !== 'fr' ? text.en : '',
});
const variants = (lists: Filled<string[]> | undefined): Localized => ({
  fr: lists?.fr.join(', ') ?? '',
  en: lists?.en.join(', ') ?? '',
});

/** French or English when the pack has nothing in the other; both otherwise (the form asks for what lacks). */
function writtenLanguages(pack: Pack): StudioLanguages {
  const coverage = languageCoverage(pack);
  if (coverage.en === 'none') return 'fr';
  return coverage.fr === 'none' ? 'en' : 'both';
}

const PACK_FIELDS = [
  'schemaVersion',
  'id',
  'version',
  'name',
  'description',
  'author',
  'licence',
  'updated',
  'tips',
  'glossary',
  'guides',
];

export function packToDraft(pack: Pack): StudioDraft {
  return {
    languages: writtenLanguages(pack),
    id: pack.id,
    version: pack.version,
    name: copy(pack.name),
    description: copy(pack.description),
    author: { name: pack.author.name, url: pack.author.url ?? '' },
    licence: pack.licence,
    extra: rest(pack, PACK_FIELDS),
    tips: pack.tips.map((tip) => ({
      key: newKey(),
      id: tip.id,
      tool: tip.tool,
      contexts: tip.contexts ?? [],
      level: tip.level,
      title: copy(tip.title),
      body: copy(tip.body),
      links: (tip.links ?? []).map((link) => ({ url: link.url, label: copy(link.label) })),
      competence: tip.competence ?? '',
      ...(tip.anchor ? { anchor: tip.anchor } : {}),
      extra: rest(tip, ['id', 'tool', 'contexts', 'level', 'title', 'body', 'links', 'competence', 'anchor']),
    })),
    words: (pack.glossary ?? []).map((term) => ({
      key: newKey(),
      id: term.id,
      term: copy(term.term),
      variants: variants(term.variants),
      definition: copy(term.definition),
      example: copy(term.example),
      tools: term.tools ?? [],
      extra: rest(term, ['id', 'term', 'variants', 'definition', 'example', 'tools']),
    })),
    guides: (pack.guides ?? []).map((guide) => ({
      key: newKey(),
      id: guide.id,
      tool: guide.tool,
      title: copy(guide.title),
      steps: guide.steps.map((step) => ({
        key: newKey(),
        text: copy(step.text),
        ...(step.anchor ? { anchor: step.anchor } : {}),
        extra: rest(step, ['text', 'anchor']),
      })),
      extra: rest(guide, ['id', 'tool', 'title', 'steps']),
    })),
  };
}
