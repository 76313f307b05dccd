import tokens from '../../design/tokens.css?inline';
import { claimedByPage, HOST_NAME, hosts } from './own-hosts';

/**
 * Déclic's one element in a page: `<declic-coach>` with an open shadow root (so assistive
 * technologies, tests and axe can read it), outside <body> so the page's styles and
 * transforms on body cannot move or hide it. Every surface draws inside it.
 *
 * The page never gets to make it its own. When the page has defined `declic-coach`, the coach
 * lives in a plain element instead (which no page class can upgrade), and says nothing about it.
 * Otherwise the element is made in a document of its own with its shadow root already attached,
 * so a page class defined later that takes it over fails at once (and keep-coach.ts moves the
 * coach out of one that does not).
 */
export interface DeclicHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * Events a page can fake (`el.click()`, `dispatchEvent`): inside Déclic only the volunteer's own
 * count. Keys and clicks from the keyboard (Enter, Space) are the browser's, so they are trusted.
 */
const VOLUNTEER_EVENTS = [
  ...['click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
  ...['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'pointerenter'],
];

function attach(host: HTMLElement): DeclicHost {
  const shadow = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  return { host, shadow };
}

/**
 * Whether the page left `declic-coach` alone. Asking for one runs the page's constructor if the
 * page defined the name: on a throwaway element, never on Déclic's.
 */
function nameIsFree(): boolean {
  const probe = document.createElement(HOST_NAME);
  return !claimedByPage(probe) && !(probe instanceof HTMLUnknownElement);
}

function made(): DeclicHost {
  if (!hosts().nameTaken && nameIsFree()) {
    const inert = document.implementation.createHTMLDocument('');
    const made = attach(inert.createElement(HOST_NAME));
    if (!claimedByPage(made.host)) return made;
    made.host.remove();
  }
  hosts().nameTaken = true;
  return attach(document.createElement('div'));
}

export function createHost(): DeclicHost {
  const { host, shadow } = made();
  hosts().ours.add(host);
  // The page's styles cannot hide what lives inside (inline `!important` wins over them).
  for (const [name, value] of Object.entries({
    display: 'block',
    visibility: 'visible',
    'content-visibility': 'visible',
  })) {
    host.style.setProperty(name, value, 'important');
  }
  ensureStyle(shadow, 'tokens', tokens);
  const trusted = (event: Event) => {
    if (!event.isTrusted) event.stopImmediatePropagation();
  };
  for (const type of VOLUNTEER_EVENTS) shadow.addEventListener(type, trusted, true);
  // Keys typed in Déclic must not trigger the page's own shortcuts (Gmail's "c", "e"…).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow };
}

/** Adds a stylesheet to a shadow root once, under a name (each surface brings its own). */
export function ensureStyle(shadow: ShadowRoot, name: string, css: string): void {
  if (shadow.querySelector(`style[data-declic="${name}"]`)) return;
  const style = document.createElement('style');
  style.dataset.declic = name;
  style.textContent = css;
  shadow.append(style);
}
