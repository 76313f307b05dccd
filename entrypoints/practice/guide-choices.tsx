import type { RefObject } from 'react';
import { type Lang, t } from '../../utils/i18n';
import { handoutPath } from '../../utils/packs/handout-path';
import type { PracticeGuide } from './practice-guides';

interface Props {
  lang: Lang;
  guides: readonly PracticeGuide[];
  practised: Record<string, { at: number }>;
  running: string | null;
  finished: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart(entry: PracticeGuide): void;
}

/** The tool's guides, each to follow here on the imitation, as on the real tool. */
export function GuideChoices({ lang, guides, practised, running, finished, headingRef, onStart }: Props) {
  const done = guides.find((entry) => entry.key === finished);
  return (
    <section aria-labelledby="practice-guides" className="practice-guides">
      <h2 id="practice-guides" ref={headingRef} tabIndex={-1}>
        {t(lang, 'practice.guides')}
      </h2>
      <p role="status">{done ? t(lang, 'practice.guide.finished', { title: done.guide.title[lang] }) : ''}</p>
      {guides.length ? (
        <ul className="plain-list">
          {guides.map((entry) => {
            const title = entry.guide.title[lang];
            return (
              <li key={entry.key} className="practice-guide">
                <span>
                  {title}
                  {practised[entry.key] ? <span className="muted"> {t(lang, 'practice.guide.practised')}</span> : null}
                  {running === entry.key ? <span className="muted"> {t(lang, 'practice.guide.running')}</span> : null}
                </span>
                <span className="practice-guide-actions">
                  <button
                    type="button"
                    aria-label={t(lang, 'practice.guide.follow-named', { title })}
                    onClick={() => onStart(entry)}
                  >
                    {t(lang, 'practice.guide.follow')}
                  </button>
                  {/* For a training session: the same guide on paper, one step a line. */}
                  <a href={handoutPath(entry.key)} target="_blank" rel="noopener">
                    {t(lang, 'handout.link')}
                    <span className="visually-hidden"> ({title})</span>
                  </a>
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t(lang, 'practice.guides.none')}</p>
      )}
    </section>
  );
}
