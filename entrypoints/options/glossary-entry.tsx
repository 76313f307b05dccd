import { type MouseEvent, memo } from 'react';
import { HelpLinks } from '../../components/help-links';
import { MarkupText } from '../../components/markup-text';
import type { GlossaryHit, GlossaryTerm } from '../../utils/glossary/glossary-search';
import { type Lang, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { toolById } from '../../utils/tools/registry';

/** Where the word is explained, in plain words: "Everywhere", "Only in Gmail and Outlook, when…". */
export function scopeText(term: GlossaryTerm, lang: Lang): string {
  if (!term.tools?.length && !term.contexts?.length) return t(lang, 'glossary-browser.everywhere');
  const parts: string[] = [];
  if (term.tools?.length) {
    const names = term.tools.map((id) => toolById(id)?.names[lang] ?? id);
    parts.push(t(lang, 'glossary-browser.only-in', { tools: new Intl.ListFormat(lang).format(names) }));
  }
  if (term.contexts?.length) {
    const when = term.contexts.map((context) => t(lang, `glossary-browser.context.${context}`));
    parts.push(new Intl.ListFormat(lang, { type: 'disjunction' }).format(when));
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Props {
  hit: GlossaryHit;
  lang: Lang;
}

/** Each search makes new hits; an entry whose word, pack and "known" mark are unchanged is not redrawn. */
const sameEntry = (a: Props, b: Props) =>
  a.lang === b.lang && a.hit.term === b.hit.term && a.hit.known === b.hit.known && a.hit.packName === b.hit.packName;

/** One word of the glossary. */
export const GlossaryEntry = memo(function GlossaryEntry({ hit, lang }: Props) {
  const { term, known } = hit;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const sameInBoth = term.term[other].toLowerCase() === term.term[lang].toLowerCase();

  const explainAgain = (event: MouseEvent<HTMLButtonElement>) => {
    // The button goes away: keep the keyboard user on this word rather than at the top of the page.
    const heading = event.currentTarget.closest('li')?.querySelector('h3');
    void sendMessage('forgetKnownTerm', { key: hit.key }).then(() => heading?.focus());
  };

  return (
    <li className="card glossary-entry" data-term-key={hit.key}>
      <div className="glossary-head">
        <h3 tabIndex={-1}>{term.term[lang]}</h3>
        {sameInBoth ? null : (
          <span className="muted">
            {t(lang, 'glossary-browser.other-lang')} <span lang={other}>{term.term[other]}</span>
          </span>
        )}
      </div>
      {known ? (
        <p className="glossary-known">
          <span aria-hidden="true">✓ </span>
          <strong>{t(lang, 'glossary-browser.known')}</strong> {t(lang, 'glossary-browser.known-hint')}
        </p>
      ) : null}
      <div className="glossary-definition">
        <MarkupText source={term.definition[lang]} />
      </div>
      {term.example ? (
        <p className="glossary-example">
          {t(lang, 'glossary.example')} {term.example[lang]}
        </p>
      ) : null}
      <dl className="pack-details">
        <dt>{t(lang, 'glossary-browser.where')}</dt>
        <dd>{scopeText(term, lang)}</dd>
        <dt>{t(lang, 'glossary-browser.pack')}</dt>
        <dd>{hit.packName[lang]}</dd>
      </dl>
      {term.links?.length ? (
        <HelpLinks links={term.links} lang={lang} label={t(lang, 'glossary-browser.links')} />
      ) : null}
      {known ? (
        <button type="button" onClick={explainAgain}>
          {t(lang, 'glossary-browser.explain-again')}
          <span className="visually-hidden"> ({term.term[lang]})</span>
        </button>
      ) : null}
    </li>
  );
}, sameEntry);
