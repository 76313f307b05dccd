import { type Lang, t, tn } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { hasPracticeSpace } from '../../utils/practice/spaces';
import type { PanelGuide } from './view';

interface Props {
  guides: PanelGuide[];
  lang: Lang;
  onStart(key: string, step: number): void;
}

/**
 * The tool's guides: start, resume where the volunteer stopped, or do again once learned; and,
 * for a tool Déclic imitates, « S'entraîner d'abord » on its practice space (a new tab).
 */
export function GuideList({ guides, lang, onStart }: Props) {
  if (!guides.length) return null;
  return (
    <section className="guides" aria-labelledby="declic-guides-title">
      <h3 id="declic-guides-title">{t(lang, 'coach.panel.guides')}</h3>
      <ul className="guide-list">
        {guides.map(({ key, guide, progress: at }) => {
          const total = guide.steps.length;
          const resume = at && !at.done && at.step > 0 && at.step < total;
          return (
            <li key={key} className="guide-item">
              <span className="guide-name">
                {guide.title[lang]}{' '}
                <span className="muted">{at?.done ? t(lang, 'guide.learned') : tn(lang, 'guide.steps', total)}</span>
              </span>
              <span className="guide-buttons">
                <button
                  type="button"
                  aria-label={t(lang, resume ? 'guide.resume-named' : 'guide.start-named', {
                    title: guide.title[lang],
                    n: (at?.step ?? 0) + 1,
                  })}
                  onClick={() => onStart(key, resume ? at.step : 0)}
                >
                  {resume
                    ? t(lang, 'guide.resume', { n: at.step + 1 })
                    : t(lang, at?.done ? 'guide.again' : 'guide.start')}
                </button>
                {hasPracticeSpace(guide.tool) ? (
                  <button
                    type="button"
                    aria-label={t(lang, 'guide.practice-first-named', { title: guide.title[lang] })}
                    onClick={() =>
                      void sendMessage('openPractice', { tool: guide.tool, guide: key }).catch(() => undefined)
                    }
                  >
                    {t(lang, 'guide.practice-first')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
