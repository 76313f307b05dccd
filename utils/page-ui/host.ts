import tokens from '../../design/tokens.css?inline';

/**
 * Déclic's one element in a page: `<declic-coach>` with an open shadow root (so assistive
 * technologies, tests and axe can read it), outside <body> so the page's styles and
 * transforms on body cannot move or hide it. Every surface draws inside it.
 */
export interface DeclicHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

export function createHost(): DeclicHost {
  const host = document.createElement('declic-coach');
  const shadow = host.attachShadow({ mode: 'open' });
  ensureStyle(shadow, 'tokens', tokens);
  // Keys typed in Déclic must not trigger the page's own shortcuts (Gmail's "c", "e"…).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  document.documentElement.append(host);
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
