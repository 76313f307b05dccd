import { type Lang, t } from '../../utils/i18n';

/** Offered once, on the page opened after install: « Où en suis-je ? » (also in the settings). */
export function DiagnosticOffer({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="diagnostic-offer-title">
      <h2 id="diagnostic-offer-title">{t(lang, 'diagnostic.offer.title')}</h2>
      <p>{t(lang, 'diagnostic.offer.text')}</p>
      <a className="button-link" href="/diagnostic.html">
        {t(lang, 'diagnostic.offer.link')}
      </a>
    </section>
  );
}
