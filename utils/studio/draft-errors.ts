import { type Lang, tn, translate } from '../i18n';
import { parseMarkup, safeUrl } from '../packs/markup';
import { draftAnchors, personalAnchorError } from './draft-anchors';
import type { LinkDraft, Localized, StudioDraft } from './draft-model';
import { draftLanguages, variantLists } from './draft-to-pack';
import { fieldId } from './field-id';
import { limits } from './studio-limits';

/**
 * The studio's own rules, said in words on the field they are about: « Le titre de l’astuce 3
 * est vide », never a JSON path. They follow the pack format (limits read from the schema), so a
 * draft that passes them passes the loader too; the loader still has the last word at export.
 */
export interface StudioError {
  /** The id of the field to mark (its input), see `fieldId`. */
  field: string;
  message: string;
}

export { fieldId };

type Vars = Record<string, string | number>;

export function draftErrors(draft: StudioDraft, lang: Lang): StudioError[] {
  const errors: StudioError[] = [];
  const say = (field: string, message: string) => errors.push({ field, message });
  const shown = draftLanguages(draft);
  const what = (key: string, vars: Vars, language?: string) => {
    const subject = translate(lang, `studio.what.${key}`, vars);
    // With both languages on screen, say which one.
    return draft.languages === 'both' && language
      ? translate(lang, 'studio.what.in-lang', { what: subject, language: translate(lang, `studio.in.${language}`) })
      : subject;
  };

  /**
   * A text in the draft's languages: each of them required (unless `optional` and left empty in
   * all), since only they are written in the file and a volunteer reads no copy of the other.
   */
  const text = (value: Localized, base: string, key: string, vars: Vars, max: number, opts: Options = {}) => {
    const empty = shown.filter((language) => !value[language].trim());
    if (empty.length === shown.length) {
      if (!opts.optional)
        say(
          fieldId(base, draft.languages === 'en' ? 'en' : 'fr'),
          translate(lang, 'studio.error.empty', { what: what(key, vars) }),
        );
    } else {
      for (const language of empty) {
        say(fieldId(base, language), translate(lang, 'studio.error.empty', { what: what(key, vars, language) }));
      }
    }
    for (const language of shown) {
      const typed = value[language].trim();
      const field = fieldId(base, language);
      if (typed.length > max) {
        say(field, tn(lang, 'studio.error.too-long', max, { what: what(key, vars, language) }));
      } else if (opts.markup && typed && parseMarkup(typed).badLinks.length) {
        say(field, translate(lang, 'studio.error.body-link', { what: what(key, vars, language) }));
      }
    }
  };
  const address = (url: string, field: string, key: string, vars: Vars) => {
    if (url.trim() && !safeUrl(url.trim())) say(field, translate(lang, 'studio.error.link', { what: what(key, vars) }));
  };
  const helpLink = (link: LinkDraft | undefined, base: string, vars: Vars) => {
    if (!link || (!link.url.trim() && shown.every((language) => !link.label[language].trim()))) return;
    if (!link.url.trim())
      say(fieldId(base, 'url'), translate(lang, 'studio.error.empty', { what: what('link-url', vars) }));
    address(link.url, fieldId(base, 'url'), 'link-url', vars);
    text(link.label, fieldId(base, 'label'), 'link-label', vars, limits.linkLabel);
  };
  const tool = (value: string, field: string, key: string, n: number) => {
    if (!value) say(field, translate(lang, `studio.error.no-tool.${key}`, { n }));
  };

  text(draft.name, 'pack-name', 'pack-name', {}, limits.packName);
  text(draft.description, 'pack-description', 'pack-description', {}, limits.packDescription);
  const plain = (value: string, field: string, key: string, max: number) => {
    if (!value.trim()) say(field, translate(lang, 'studio.error.empty', { what: what(key, {}) }));
    else if (value.trim().length > max) say(field, tn(lang, 'studio.error.too-long', max, { what: what(key, {}) }));
  };
  plain(draft.author.name, 'pack-author', 'author-name', limits.authorName);
  address(draft.author.url, 'pack-author-url', 'author-url', {});

  draft.tips.forEach((tip, index) => {
    const vars = { n: index + 1 };
    const base = fieldId('tip', tip.key);
    tool(tip.tool, fieldId(base, 'tool'), 'tip', index + 1);
    text(tip.title, fieldId(base, 'title'), 'tip-title', vars, limits.tipTitle);
    text(tip.body, fieldId(base, 'body'), 'tip-body', vars, limits.tipBody, { markup: true });
    helpLink(tip.links[0], fieldId(base, 'link'), vars);
  });

  draft.words.forEach((word, index) => {
    const vars = { n: index + 1 };
    const base = fieldId('word', word.key);
    text(word.term, fieldId(base, 'term'), 'word-term', vars, limits.term);
    text(word.definition, fieldId(base, 'definition'), 'word-definition', vars, limits.definition, { markup: true });
    text(word.example, fieldId(base, 'example'), 'word-example', vars, limits.example, { optional: true });
    const lists = variantLists(word.variants, shown);
    for (const language of shown) {
      const list = lists?.[language] ?? [];
      const field = fieldId(base, 'variants', language);
      if (list.length > limits.variants) say(field, tn(lang, 'studio.error.too-many-variants', limits.variants, vars));
      else if (list.some((variant) => variant.length > limits.variant)) {
        say(field, tn(lang, 'studio.error.variant-too-long', limits.variant, vars));
      }
    }
  });

  draft.guides.forEach((guide, index) => {
    const vars = { n: index + 1 };
    const base = fieldId('guide', guide.key);
    tool(guide.tool, fieldId(base, 'tool'), 'guide', index + 1);
    text(guide.title, fieldId(base, 'title'), 'guide-title', vars, limits.guideTitle);
    if (guide.steps.length < limits.minSteps) {
      say(fieldId(base, 'add-step'), tn(lang, 'studio.error.few-steps', limits.minSteps, vars));
    }
    guide.steps.forEach((step, stepIndex) => {
      const stepVars = { n: index + 1, m: stepIndex + 1 };
      text(step.text, fieldId(base, 'step', step.key), 'step-text', stepVars, limits.stepText, { markup: true });
    });
  });

  // A place that holds an address or a number is not saved again without the mentor knowing.
  for (const place of draftAnchors(draft)) if (place.personal) say(place.field, personalAnchorError(place, lang));
  return errors;
}

interface Options {
  optional?: boolean;
  markup?: boolean;
}
