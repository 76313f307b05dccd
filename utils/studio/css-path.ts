import { type AnchorRoot, query } from '../anchors/locate';

/**
 * A CSS path to an element that survives the tool's next release: ids and classes that a build
 * generates (react-123, :r4:, ember512, css-1x2y3z, sc-bdVaJa, _3kXq9) are skipped, since they
 * change at every deploy; the path climbs until it is unique in the page or reaches a stable id.
 */
const GENERATED = [
  /\d{3,}/, // counters: rcmbtn102, ember512, yui_3_17_2_1_1712
  /^:r|^:[a-z0-9]+:$/i, // React useId
  /^(css|sc|jss|emotion|styled)-/i, // CSS-in-JS
  /^_?[a-zA-Z0-9]{5,}_[a-zA-Z0-9]{5}$/, // CSS modules: name_hash
  /__[A-Za-z0-9_-]{4,}$/, // CSS modules: Block_part__hash
  /^_[a-zA-Z0-9]{4,}$/, // bare hashes
  /[a-z][A-Z].*\d|\d.*[a-z][A-Z]/, // mixed case with digits: hashed names
];

export const isGenerated = (name: string): boolean => GENERATED.some((pattern) => pattern.test(name));

// CSS.escape where the page has it (every browser); a plain fallback elsewhere (unit tests).
const cssEscape = (value: string): string =>
  typeof globalThis.CSS?.escape === 'function' ? globalThis.CSS.escape(value) : value.replace(/[^\w-]/g, '\\$&');

/** The element's step: its stable id, or its tag and stable classes, then its rank among its kind. */
function stepsFor(el: Element): { plain: string; ranked: string } {
  const tag = el.localName;
  if (el.id && !isGenerated(el.id)) return { plain: `#${cssEscape(el.id)}`, ranked: `#${cssEscape(el.id)}` };
  const classes = [...el.classList].filter((name) => !isGenerated(name)).slice(0, 2);
  const plain = tag + classes.map((name) => `.${cssEscape(name)}`).join('');
  const same = el.parentElement ? [...el.parentElement.children].filter((child) => child.localName === tag) : [el];
  return { plain, ranked: same.length > 1 ? `${plain}:nth-of-type(${same.indexOf(el) + 1})` : plain };
}

const count = (root: AnchorRoot, selector: string) => query(root, selector).length;

/**
 * The shortest path of stable steps that finds this element alone, a rank (:nth-of-type) only
 * where the plain step is not enough; null when none does within a few steps.
 */
export function cssPath(el: Element, maxSteps = 6): string | null {
  const root = el.getRootNode() as AnchorRoot;
  const steps: string[] = [];
  for (let node: Element | null = el; node && steps.length < maxSteps; node = node.parentElement) {
    if (node.localName === 'html' || node.localName === 'body') break;
    const { plain, ranked } = stepsFor(node);
    const withPlain = [plain, ...steps].join(' > ');
    if (withPlain.length > 300) return null;
    if (count(root, withPlain) === 1) return withPlain;
    steps.unshift(ranked);
    const withRank = steps.join(' > ');
    if (count(root, withRank) === 1) return withRank;
    if (plain.startsWith('#')) return null;
  }
  return null;
}
