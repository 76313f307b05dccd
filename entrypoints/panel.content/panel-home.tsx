import { TipCard } from '../../components/tip-card';
import { type Lang, t, tn } from '../../utils/i18n';
import type { TipStatus } from '../../utils/storage/local-items';
import { FeedbackButtons } from './feedback-buttons';
import { GuideList } from './guide-list';
import { TipSections } from './tip-sections';
import type { PanelGuide, PanelTip } from './view';

interface Props {
  tips: PanelTip[];
  guides: PanelGuide[];
  lang: Lang;
  onStatus(key: string, status: TipStatus | null): void;
  onStart(key: string, step: number): void;
}

/**
 * What the panel opens on: one tip for this moment (the tool's context first, as sorted by the
 * background), the tool's guides, then every other tip folded under "See all tips (n)". One
 * thing to read at a time, never a wall.
 */
export function PanelHome({ tips, guides, lang, onStatus, onStart }: Props) {
  const visible = tips.filter((entry) => entry.status !== 'hidden');
  const now = visible.find((entry) => entry.status !== 'got-it');
  const others = visible.filter((entry) => entry !== now);
  return (
    <>
      {now ? (
        <section className="now" aria-labelledby="declic-now-title">
          <p id="declic-now-title" className="section-title">
            {t(lang, 'coach.panel.now')}
          </p>
          <ul className="tips">
            <TipCard tip={now.tip} lang={lang} status={undefined} onStatus={(s) => onStatus(now.key, s)}>
              <FeedbackButtons itemKey={now.key} verdict={now.verdict} lang={lang} />
            </TipCard>
          </ul>
        </section>
      ) : (
        <p className="empty">{t(lang, tips.length ? 'coach.panel.all-done' : 'coach.panel.no-tips')}</p>
      )}
      <GuideList guides={guides} lang={lang} onStart={onStart} />
      {others.length ? (
        <details className="all-tips">
          <summary>{tn(lang, 'coach.panel.all-tips', others.length)}</summary>
          <TipSections tips={others} lang={lang} onStatus={onStatus} sayWhenDone={false} />
        </details>
      ) : null}
    </>
  );
}
