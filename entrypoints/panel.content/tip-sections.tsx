import { TipCard } from '../../components/tip-card';
import { type Lang, t, tn } from '../../utils/i18n';
import type { TipStatus } from '../../utils/storage/local-items';
import { FeedbackButtons } from './feedback-buttons';
import type { PanelTip } from './view';

interface Props {
  tips: PanelTip[];
  lang: Lang;
  onStatus(key: string, status: TipStatus | null): void;
  /** Say so when no tip is left to read (not inside "See all tips", below the tip of the moment). */
  sayWhenDone?: boolean;
}

/** The tips still to read, then (folded) those the volunteer already knows; hidden ones are left out. */
export function TipSections({ tips, lang, onStatus, sayWhenDone = true }: Props) {
  const visible = tips.filter((entry) => entry.status !== 'hidden');
  const fresh = visible.filter((entry) => entry.status !== 'got-it');
  const known = visible.filter((entry) => entry.status === 'got-it');
  return (
    <>
      {fresh.length ? (
        <ul className="tips">
          {fresh.map((entry) => (
            <TipCard
              key={entry.key}
              tip={entry.tip}
              lang={lang}
              status={undefined}
              onStatus={(s) => onStatus(entry.key, s)}
            >
              <FeedbackButtons itemKey={entry.key} verdict={entry.verdict} lang={lang} />
            </TipCard>
          ))}
        </ul>
      ) : sayWhenDone ? (
        <p className="empty">{t(lang, tips.length ? 'coach.panel.all-done' : 'coach.panel.no-tips')}</p>
      ) : null}
      {known.length ? (
        <details className="known">
          <summary>{tn(lang, 'coach.panel.known', known.length)}</summary>
          <ul className="tips">
            {known.map((entry) => (
              <TipCard
                key={entry.key}
                tip={entry.tip}
                lang={lang}
                status="got-it"
                onStatus={(s) => onStatus(entry.key, s)}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
