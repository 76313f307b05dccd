import { type Lang, localeOf, t } from '../utils/i18n';
import { PRACTICE_SPACES, practicePath } from '../utils/practice/spaces';
import { toolById } from '../utils/tools/registry';

/**
 * « S'entraîner sans risque »: where a volunteer finds the practice spaces, on the page opened
 * after install and in the settings. The tools are named from the spaces' one list.
 */
export function PracticeOffer({ lang }: { lang: Lang }) {
  const names = PRACTICE_SPACES.map((space) => toolById(space.tool)?.names[lang] ?? space.tool);
  const tools = new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(names);
  return (
    <section aria-labelledby="practice-offer-title">
      <h2 id="practice-offer-title">{t(lang, 'practice.offer.title')}</h2>
      <p>{t(lang, 'practice.offer.text', { tools })}</p>
      <p>
        <a className="button-link" href={practicePath()}>
          {t(lang, 'practice.offer.link')}
        </a>
      </p>
    </section>
  );
}
