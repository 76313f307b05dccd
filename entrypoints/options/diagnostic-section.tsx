import { useStorageItem } from '../../hooks/use-storage-item';
import { dateInWords } from '../../utils/date-in-words';
import { type Lang, t } from '../../utils/i18n';
import { diagnosticItem } from '../../utils/storage/local-items';

/** « Où en suis-je ? » at any time: when it was last taken, in words, and the way to (re)take it. */
export function DiagnosticSection({ lang }: { lang: Lang }) {
  const [last] = useStorageItem(diagnosticItem, null);
  return (
    <section aria-labelledby="diagnostic-title">
      <h2 id="diagnostic-title">{t(lang, 'diagnostic.title')}</h2>
      <p>
        {last ? t(lang, 'diagnostic.last', { date: dateInWords(lang, last.at) }) : t(lang, 'diagnostic.offer.none')}{' '}
        {t(lang, 'diagnostic.offer.text')}
      </p>
      <a className="button-link" href="/diagnostic.html">
        {t(lang, last ? 'diagnostic.again' : 'diagnostic.offer.link')}
      </a>
    </section>
  );
}
