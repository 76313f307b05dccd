import { type Lang, t } from '../../utils/i18n';
import type { PracticeSpace } from '../../utils/practice/spaces';

/** « Maintenant sur le vrai … »: the next step after practising, on the real tool. */
export function RealTool({ lang, space, tool }: { lang: Lang; space: PracticeSpace; tool: string }) {
  return (
    <section aria-labelledby="practice-real" className="practice-real">
      <h2 id="practice-real">{t(lang, 'practice.real.title', { tool })}</h2>
      {space.real ? (
        <>
          <p>{t(lang, 'practice.real.saas', { tool })}</p>
          <a className="button-link" href={space.real} target="_blank" rel="noopener noreferrer">
            {t(lang, 'practice.real.open', { tool })}
          </a>
        </>
      ) : (
        <p>{t(lang, 'practice.real.self-hosted', { tool })}</p>
      )}
    </section>
  );
}
