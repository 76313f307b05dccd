import { TipCard } from '../../components/tip-card';
import { matchesQuery } from '../../utils/coach/search-coach';
import { t, tn } from '../../utils/i18n';
import type { TipStatus } from '../../utils/storage/local-items';
import { FeedbackButtons } from './feedback-buttons';
import { GuideList } from './guide-list';
import type { PanelView } from './view';

interface Props {
  view: PanelView;
  query: string;
  onStatus(key: string, status: TipStatus | null): void;
  onStart(key: string, step: number): void;
}

/** What the search finds: this tool's tips, guides and words, in both languages, accents optional. */
export function SearchResults({ view, query, onStatus, onStart }: Props) {
  const { lang } = view;
  const both = (text: { fr: string; en: string }) => [text.fr, text.en];
  const tips = view.tips.filter(({ tip }) => matchesQuery(query, [...both(tip.title), ...both(tip.body)]));
  const guides = view.guides.filter(({ guide }) =>
    matchesQuery(query, [...both(guide.title), ...guide.steps.flatMap((s) => both(s.text))]),
  );
  const words = view.words.filter((w) => matchesQuery(query, [w.term, w.definition, ...w.forms]));
  const count = tips.length + guides.length + words.length;
  return (
    <div className="search-results">
      <p className="muted" role="status">
        {count ? tn(lang, 'coach.search.found', count) : t(lang, 'coach.search.none', { query })}
      </p>
      {tips.length ? (
        <ul className="tips">
          {tips.map((entry) => (
            <TipCard
              key={entry.key}
              tip={entry.tip}
              lang={lang}
              status={entry.status === 'got-it' ? 'got-it' : undefined}
              onStatus={(s) => onStatus(entry.key, s)}
            >
              <FeedbackButtons itemKey={entry.key} verdict={entry.verdict} lang={lang} />
            </TipCard>
          ))}
        </ul>
      ) : null}
      <GuideList guides={guides} lang={lang} onStart={onStart} />
      {words.length ? (
        <dl className="search-words">
          {words.map((w) => (
            <div key={w.key}>
              <dt>{w.term}</dt>
              <dd>{w.definition}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
