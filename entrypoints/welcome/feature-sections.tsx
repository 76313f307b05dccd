import type { ReactNode } from 'react';
import { type Lang, type MessageKey, t } from '../../utils/i18n';
import { GlossaryDrawing } from './drawings/glossary-drawing';
import { LauncherDrawing } from './drawings/launcher-drawing';
import { TipCardDrawing } from './drawings/tip-card-drawing';

interface FeatureProps {
  title: string;
  lines: string[];
  children?: ReactNode;
}

const Steps = ({ lines }: { lines: string[] }) => (
  <ol className="feature-steps">
    {lines.map((line) => (
      <li key={line}>{line}</li>
    ))}
  </ol>
);

/** One thing Déclic does: a title, a few short steps, and its drawings beside them. */
function Feature({ title, lines, children }: FeatureProps) {
  return (
    <section className="feature">
      <h2>{title}</h2>
      {children ? (
        <div className="feature-body">
          <div className="feature-drawings">{children}</div>
          <Steps lines={lines} />
        </div>
      ) : (
        <Steps lines={lines} />
      )}
    </section>
  );
}

const words = (lang: Lang, keys: MessageKey[]) => keys.map((key) => t(lang, key));

/** Tips (the launcher), their practice, guides and hard words: what the volunteer meets on their tools. */
export function OnPageFeatures({ lang, practice }: { lang: Lang; practice: ReactNode }) {
  return (
    <>
      <Feature
        title={t(lang, 'welcome.tips.title')}
        lines={words(lang, ['welcome.tips.1', 'welcome.tips.2', 'welcome.tips.3'])}
      >
        <LauncherDrawing label={t(lang, 'welcome.tips.launcher-drawing')} word={t(lang, 'coach.launcher-short')} />
        <TipCardDrawing
          label={t(lang, 'welcome.tips.card-drawing')}
          title={t(lang, 'welcome.practice.tip-title')}
          gotIt={t(lang, 'coach.tip.got-it')}
          hide={t(lang, 'coach.tip.hide')}
        />
      </Feature>
      {practice}
      <Feature title={t(lang, 'welcome.guides.title')} lines={words(lang, ['welcome.guides.1', 'welcome.guides.2'])} />
      <Feature title={t(lang, 'welcome.words.title')} lines={words(lang, ['welcome.words.1', 'welcome.words.2'])}>
        <GlossaryDrawing label={t(lang, 'welcome.words.drawing')} term={t(lang, 'welcome.words.term')} />
      </Feature>
    </>
  );
}

/** "Explain with Déclic" on selected text, with the menu entry exactly as the browser shows it. */
export function ExplainFeature({ lang }: { lang: Lang }) {
  const entry = t(lang, 'explain.menu').replace('%s', t(lang, 'welcome.explain.word'));
  return (
    <section className="feature">
      <h2>{t(lang, 'welcome.explain.title')}</h2>
      <ol className="feature-steps">
        <li>{t(lang, 'welcome.explain.1')}</li>
        <li>
          {t(lang, 'welcome.explain.2')} <strong className="menu-entry">{entry}</strong>
        </li>
        <li>{t(lang, 'welcome.explain.3')}</li>
      </ol>
    </section>
  );
}
