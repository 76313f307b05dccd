import { Fragment, type ReactNode } from 'react';
import { type Inline, parseMarkup } from '../utils/packs/markup';
import { useExplainedText } from './explained-words';

type Explain = (text: string) => ReactNode;

/**
 * Renders a tip body's tiny markup as React elements: text stays text (its glossary words as
 * buttons where the panel explains them, see explained-words.tsx), links show their host.
 */
export function MarkupText({ source, emphasise }: { source: string; emphasise?: (line: Inline[]) => Inline[] }) {
  const { blocks } = parseMarkup(source);
  const explainText = useExplainedText();
  const seen = new Set<string>();
  const explain: Explain = (text) => explainText(text, seen);
  // A handout bolds the words of the buttons (utils/packs/button-words.ts); elsewhere text is as written.
  const inlines = (list: Inline[]) => inlinesOf(emphasise ? emphasise(list) : list, explain);
  return (
    <>
      {blocks.map((block, b) =>
        block.type === 'list' ? (
          <ul key={b} className="markup-list">
            {block.items.map((item, i) => (
              <li key={i}>{inlines(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={b} className="markup-paragraph">
            {block.lines.map((line, l) => (
              <Fragment key={l}>
                {l > 0 ? <br /> : null}
                {inlines(line)}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </>
  );
}

function inlinesOf(list: Inline[], explain: Explain): ReactNode[] {
  return list.map((node, i) => {
    if (node.type === 'text') return <Fragment key={i}>{explain(node.text)}</Fragment>;
    if (node.type === 'bold') return <strong key={i}>{inlinesOf(node.children, explain)}</strong>;
    return (
      <Fragment key={i}>
        <a href={node.url} target="_blank" rel="noopener noreferrer">
          {node.label}
        </a>{' '}
        <span className="link-host">({node.host})</span>
      </Fragment>
    );
  });
}
