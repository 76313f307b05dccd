import { useState } from 'react';
import { type Lang, t } from '../../utils/i18n';
import type { CoachUi } from '../../utils/page-ui/coach-ui';

/** The glossary for keyboard and screen-reader users: every marked word, each opening its card. */
export function WordsOnThisPage({ ui, lang }: { ui: CoachUi; lang: Lang }) {
  const [words, setWords] = useState(() => ui.glossary?.found() ?? []);
  if (!ui.glossary) return null;
  return (
    <details className="words" onToggle={() => setWords(ui.glossary?.found() ?? [])}>
      <summary>{t(lang, 'coach.panel.words')}</summary>
      {words.length ? (
        <ul className="word-list">
          {words.map((entry) => (
            <li key={entry.key}>
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  const box = event.currentTarget.getBoundingClientRect();
                  ui.glossary?.explain(entry.key, { x: Math.max(8, box.left - 330), y: box.top });
                }}
              >
                {entry.term}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t(lang, 'coach.panel.words-none')}</p>
      )}
    </details>
  );
}
