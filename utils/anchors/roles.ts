/**
 * ARIA roles: the explicit `role` attribute, or the implicit role of common HTML elements
 * (a reasonable subset of HTML-AAM). Candidates come from one querySelectorAll per role
 * instead of computing the role of every element of a large page.
 */

const IMPLICIT: Record<string, string> = {
  button: 'button,input[type=button],input[type=submit],input[type=reset],input[type=image],summary',
  link: 'a[href],area[href]',
  // Search fields are textboxes to a volunteer; `searchbox` finds them too.
  textbox:
    'input:not([type]),input[type=text],input[type=email],input[type=search],input[type=tel],input[type=url],textarea',
  searchbox: 'input[type=search]',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  combobox: 'select:not([multiple]):not([size]),select[size="1"]:not([multiple])',
  listbox: 'select[multiple],select[size]:not([size="1"]):not([size="0"])',
  option: 'option',
  spinbutton: 'input[type=number]',
  slider: 'input[type=range]',
  heading: 'h1,h2,h3,h4,h5,h6',
  dialog: 'dialog',
  navigation: 'nav',
  main: 'main',
  // A form or a section is a landmark only when it has a name.
  form: 'form[aria-label],form[aria-labelledby],form[title]',
  region: 'section[aria-label],section[aria-labelledby]',
  complementary: 'aside',
  article: 'article',
  img: 'img:not([alt=""])',
  list: 'ul,ol,menu',
  listitem: 'ul>li,ol>li,menu>li',
  table: 'table',
  row: 'tr',
  progressbar: 'progress',
};

/** The explicit role: the first token of `role` (later tokens are fallbacks for old browsers). */
export const explicitRole = (el: Element): string =>
  (el.getAttribute('role') ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';

/** The selector of elements that may have this role; '' for a role name that is not a plain word. */
export function roleSelector(role: string): string {
  if (!/^[a-z]+$/.test(role)) return '';
  const implicit = Object.hasOwn(IMPLICIT, role) ? IMPLICIT[role] : '';
  return implicit ? `[role~=${role}],${implicit}` : `[role~=${role}]`;
}

/** An element found by roleSelector has the role unless an explicit role says otherwise. */
export const hasRole = (el: Element, role: string): boolean => {
  const explicit = explicitRole(el);
  return !explicit || explicit === role;
};

/** The role an element has: its explicit role, else its implicit one ('' when it has none here). */
export function roleOf(el: Element): string {
  const explicit = explicitRole(el);
  if (explicit) return explicit;
  for (const [role, selector] of Object.entries(IMPLICIT)) if (el.matches(selector)) return role;
  return '';
}
