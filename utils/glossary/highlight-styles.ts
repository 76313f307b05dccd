import type { Settings } from '../settings/settings-schema';
import { HIGHLIGHT_NAME } from './highlighter';

/**
 * How marked words look, one rule per style the volunteer can choose. The same rules paint the
 * page's words (a user stylesheet, not an element of ours) and the samples in the options page.
 * Only colours with enough contrast on white and on dark pages (the text keeps its own colour).
 */
const LOOKS: Record<Settings['glossaryStyle'], string> = {
  dotted:
    'text-decoration: underline dotted 2px #1d4ed8; text-underline-offset: 3px; background-color: rgb(29 78 216 / 0.08);',
  tinted:
    'background-color: rgb(250 204 21 / 0.45); text-decoration: underline solid 1px #92400e; text-underline-offset: 3px;',
  bold: 'text-decoration: underline solid 3px #1d4ed8; text-underline-offset: 4px; background-color: rgb(29 78 216 / 0.14);',
};

/** The page's highlight rule for one style (the volunteer's, when given their settings). */
export const highlightCss = (style: Settings['glossaryStyle'] | Settings): string =>
  `::highlight(${HIGHLIGHT_NAME}) { ${LOOKS[typeof style === 'string' ? style : style.glossaryStyle]} }`;
export const allHighlightCss = (): string[] =>
  Object.keys(LOOKS).map((style) => highlightCss(style as Settings['glossaryStyle']));

/** The options page's samples: `.style-<name>` shows the look of each style. */
export const sampleCss = (): string =>
  Object.entries(LOOKS)
    .map(([style, look]) => `.style-${style} { ${look} }`)
    .join('\n');
