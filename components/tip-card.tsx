import type { ReactNode } from 'react';
import type { Lang } from '../utils/i18n';
import { t } from '../utils/i18n';
import { otherLanguage } from '../utils/packs/pack-languages';
import type { Tip } from '../utils/packs/pack-schema';
import type { TipStatus } from '../utils/storage/local-items';
import { TipWords } from './explained-words';
import { HelpLinks } from './help-links';
import { MarkupText } from './markup-text';

interface Props {
  tip: Tip;
  lang: Lang;
  status: TipStatus | undefined;
  onStatus(status: TipStatus | null): void;
  /** Drawn under the tip's buttons (the panel's "This helped" / "Not clear"). */
  children?: ReactNode;
}

/**
 * One tip: pack text is always rendered as text, never as HTML. A text the pack has only in the
 * other language carries that language (lang), so a screen reader says it with the right voice.
 */
export function TipCard({ tip, lang, status, onStatus, children }: Props) {
  const titleId = `tip-${tip.id}`;
  const titleLang = otherLanguage(tip.title, lang);
  if (status === 'got-it') {
    return (
      <li className="tip tip-known" aria-labelledby={titleId}>
        <span id={titleId} className="tip-known-title" lang={titleLang}>
          {tip.title[lang]}
        </span>
        <button type="button" className="link-button" onClick={() => onStatus(null)}>
          {t(lang, 'coach.tip.show-again')}
        </button>
      </li>
    );
  }
  return (
    <li className="tip" aria-labelledby={titleId}>
      <h3 id={titleId} lang={titleLang}>
        {tip.title[lang]}
      </h3>
      <div className="tip-body" lang={otherLanguage(tip.body, lang)}>
        <MarkupText source={tip.body[lang]} />
      </div>
      {tip.links?.length ? <HelpLinks links={tip.links} lang={lang} /> : null}
      <div className="tip-actions">
        <button type="button" className="primary" onClick={() => onStatus('got-it')}>
          {t(lang, 'coach.tip.got-it')}
        </button>
        <button type="button" onClick={() => onStatus('hidden')}>
          {t(lang, 'coach.tip.hide')}
        </button>
      </div>
      {/* After the tip's own buttons: "Got it" stays the first thing the keyboard meets. */}
      <TipWords text={tip.body[lang]} lang={lang} />
      {children}
    </li>
  );
}
