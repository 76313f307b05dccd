import type { RefObject } from 'react';
import { proposeGuides } from '../../utils/diagnostics/diagnostic-proposals';
import type { DiagnosticResult } from '../../utils/diagnostics/diagnostic-schema';
import { type Lang, t } from '../../utils/i18n';
import type { Pack } from '../../utils/packs/pack-schema';
import { PIX_AREAS } from '../../utils/progress/learned';
import { toolById } from '../../utils/tools/registry';
import { LevelChoice } from './level-choice';

interface Props {
  lang: Lang;
  headingRef: RefObject<HTMLHeadingElement | null>;
  result: DiagnosticResult;
  packs: readonly Pack[];
  saved: boolean;
  onAgain(): void;
}

/** The result in words (never a score): each area, the level to choose, three guides to start with. */
export function DiagnosticResults({ lang, headingRef, result, packs, saved, onAgain }: Props) {
  const proposals = proposeGuides(result, packs);
  return (
    <section aria-labelledby="diagnostic-results">
      <h2 id="diagnostic-results" ref={headingRef} tabIndex={-1}>
        {t(lang, 'diagnostic.results.title')}
      </h2>
      <h3>{t(lang, 'diagnostic.results.areas')}</h3>
      <ul className="plain-list diagnostic-areas">
        {PIX_AREAS.flatMap((area) => {
          const standing = result.areas[area];
          if (!standing) return [];
          const words = t(lang, `diagnostic.standing.${standing}`);
          return [
            <li key={area} data-standing={standing}>
              {t(lang, 'diagnostic.results.area', { area: t(lang, `learned.area.${area}`), standing: words })}
            </li>,
          ];
        })}
      </ul>
      <LevelChoice lang={lang} proposed={result.level} />
      <h3>{t(lang, 'diagnostic.proposals.title')}</h3>
      {proposals.length ? (
        <>
          <p>{t(lang, 'diagnostic.proposals.intro')}</p>
          <ul className="plain-list diagnostic-proposals">
            {proposals.map(({ key, guide, practice, path }) => {
              const tool = toolById(guide.tool)?.names[lang] ?? guide.tool;
              return (
                <li key={key}>
                  <a className="button-link" href={path}>
                    {guide.title[lang]}
                  </a>{' '}
                  <span className="muted">
                    {t(lang, practice ? 'diagnostic.proposal.practice' : 'diagnostic.proposal.handout', { tool })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t(lang, 'diagnostic.proposals.none')}</p>
      )}
      <p>
        <button type="button" onClick={onAgain}>
          {t(lang, 'diagnostic.again')}
        </button>
      </p>
      <p role="status" className="muted">
        {saved ? t(lang, 'diagnostic.saved') : ''}
      </p>
    </section>
  );
}
