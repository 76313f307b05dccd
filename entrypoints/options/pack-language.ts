import { type Lang, t } from '../../utils/i18n';
import { languageCoverage } from '../../utils/packs/pack-languages';

/**
 * The languages of a pack, in plain words. The volunteer learns before installing (and in the
 * list) when a pack is not written in their language, and which language they will read instead.
 */
export function packLanguageNote(pack: object, lang: Lang): string {
  const coverage = languageCoverage(pack);
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const vars = {
    yours: t(lang, `packs.language.name.${lang}`),
    language: t(lang, `packs.language.name.${other}`),
  };
  if (coverage[lang] === 'none') return t(lang, 'packs.language.only-not-yours', vars);
  if (coverage[lang] === 'some') return t(lang, 'packs.language.partly-yours', vars);
  // The volunteer's language is all there: say what the other language has, for sharing.
  if (coverage[other] === 'all') return t(lang, 'packs.language.both');
  const yours = { language: vars.yours, other: vars.language };
  return t(lang, coverage[other] === 'none' ? 'packs.language.only' : 'packs.language.partly', yours);
}
