import { createContext, Fragment, type ReactNode, useContext, useMemo } from 'react';
import { buildMatcher, type TermMatcher } from '../utils/glossary/term-matcher';
import { type Lang, tn } from '../utils/i18n';

/** A word Déclic can explain: its key, its term, its plain definition, the forms that find it. */
export interface ExplainableWord {
  key: string;
  term: string;
  definition: string;
  forms: readonly string[];
}

interface Explainer {
  matcher: TermMatcher;
  byKey: Map<string, ExplainableWord>;
}

const ExplainContext = createContext<Explainer | null>(null);

/**
 * The glossary explains Déclic's own texts too: in a tip, the glossary's words (« onglet »,
 * « pièce jointe ») are underlined, and « 2 mots expliqués » under it opens their plain
 * explanations (a large target, not a button in the middle of a sentence). Given by the panel
 * around its tips; elsewhere texts stay plain.
 */
export function ExplainWords({ words, children }: { words: readonly ExplainableWord[]; children: ReactNode }) {
  const value = useMemo(
    () => ({
      matcher: buildMatcher(words.map((word) => ({ id: word.key, forms: word.forms }))),
      byKey: new Map(words.map((word) => [word.key, word])),
    }),
    [words],
  );
  return <ExplainContext.Provider value={value}>{children}</ExplainContext.Provider>;
}

/** The glossary words of a text, each once, in the order they come. */
export function useWordsIn(text: string): ExplainableWord[] {
  const explainer = useContext(ExplainContext);
  if (!explainer) return [];
  const words = explainer.matcher.find(text).map((m) => explainer.byKey.get(m.termId));
  return [...new Set(words)].filter((word): word is ExplainableWord => !!word);
}

/** A text with its glossary words underlined (each once per text: `seen` is shared by one tip's parts). */
export function useExplainedText(): (text: string, seen: Set<string>) => ReactNode {
  const explainer = useContext(ExplainContext);
  return (text, seen) => {
    if (!explainer) return text;
    const parts: ReactNode[] = [];
    let at = 0;
    for (const match of explainer.matcher.find(text)) {
      if (seen.has(match.termId) || !explainer.byKey.has(match.termId)) continue;
      seen.add(match.termId);
      parts.push(text.slice(at, match.start));
      parts.push(
        <span key={match.start} className="explained-word">
          {text.slice(match.start, match.end)}
        </span>,
      );
      at = match.end;
    }
    if (!parts.length) return text;
    parts.push(text.slice(at));
    return parts.map((part, i) => <Fragment key={`p${i}`}>{part}</Fragment>);
  };
}

/** Under a tip: its glossary words and what they mean, folded. */
export function TipWords({ text, lang }: { text: string; lang: Lang }) {
  const words = useWordsIn(text);
  if (!words.length) return null;
  return (
    <details className="tip-words">
      <summary>{tn(lang, 'coach.tip.words', words.length)}</summary>
      <dl>
        {words.map((word) => (
          <Fragment key={word.key}>
            <dt>{word.term}</dt>
            <dd>{word.definition}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
