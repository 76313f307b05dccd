import { type Lang, t } from '../../utils/i18n';

/** Where the board finds the association's check-up: a page of its own, not a setting. */
export function CheckupSection({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="checkup-section-title">
      <h2 id="checkup-section-title">{t(lang, 'options.checkup.title')}</h2>
      <p>{t(lang, 'options.checkup.intro')}</p>
      <p>
        <a className="button-link" href="/checkup.html">
          {t(lang, 'options.checkup.open')}
        </a>
      </p>
    </section>
  );
}
