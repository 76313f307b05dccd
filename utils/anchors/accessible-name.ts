/**
 * A simplified accessible name (the steps of the W3C accname algorithm that matter on real
 * tools) and the comparison a role + name locator uses.
 */

// Roles whose name comes from their content when nothing more explicit names them.
const NAME_FROM_CONTENT = new Set(
  'button cell checkbox columnheader gridcell heading link menuitem menuitemcheckbox menuitemradio option radio row rowheader switch tab tooltip treeitem'.split(
    ' ',
  ),
);

// Invisible formatting characters: Gmail wraps shortcuts in bidi marks ("Envoyer ‪(Ctrl-Entrée)‬").
const FORMATTING = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Trimmed, spaces collapsed, lower case, composed accents, typographic apostrophes made straight. */
export const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .replace(FORMATTING, '')
    .replace(/[‘’ʼ′`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

// What may follow the wanted name: tools append a shortcut, a count or a detail to the same
// control's name ("Envoyer (Ctrl-Entrée)", "Boîte de réception – 3 non lus", "Send: later").
const SUFFIX = /^ ?[([–—:|·]| - /;

// Icons and punctuation at either end are not words a volunteer reads: "✎ Nouveau message", "+ Nouveau",
// "Enregistrer ✓", "Nouveau message…".
const ENDS = /^[\p{S}\p{P}\s]+|[\p{S}\p{P}\s]+$/gu;
const bare = (text: string) => normalise(text).replace(ENDS, '');

/**
 * The rule: the name, without icons and punctuation at its ends, equals the wanted one, or starts
 * with it and goes on with a separator (" (", " [", " –", " —", ":", " |", " ·", " - "). "Envoyer"
 * matches "Envoyer (Ctrl-Entrée)" but not "Envoyer plus tard", which is another control.
 */
export function nameMatches(actual: string, wanted: string): boolean {
  // A control named by a sign alone ("+") is looked for as it is.
  const clean = bare(wanted) ? bare : normalise;
  const name = clean(actual);
  const want = clean(wanted);
  return !!want && (name === want || (name.startsWith(want) && SUFFIX.test(name.slice(want.length))));
}

/** Text of a subtree as a name: hidden parts skipped, images by their alt, labelled parts by their label. */
function contentText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.matches('[hidden],[aria-hidden="true"],script,style,template')) continue;
      text +=
        el.getAttribute('aria-label') || (el.localName === 'img' ? (el.getAttribute('alt') ?? '') : contentText(el));
    }
  }
  return text;
}

const byIds = (el: Element, ids: string): string => {
  const root = el.getRootNode() as { getElementById?: (id: string) => Element | null };
  return ids
    .split(/\s+/)
    .map((id) => {
      const ref = id ? root.getElementById?.(id) : null;
      return ref ? ref.getAttribute('aria-label') || contentText(ref) : '';
    })
    .join(' ');
};

/** Sources in accname order; the first non-blank one is the name. */
export function accessibleName(el: Element, role: string): string {
  const sources = [
    () => byIds(el, el.getAttribute('aria-labelledby') ?? ''),
    () => el.getAttribute('aria-label'),
    // `labels` covers <label for=…> and a wrapping <label>; it is undefined on other elements.
    () => [...((el as HTMLInputElement).labels ?? [])].map(contentText).join(' '),
    () => (el.matches('img,area,input[type=image]') ? el.getAttribute('alt') : ''),
    () => (el.matches('input[type=button],input[type=submit],input[type=reset]') ? (el as HTMLInputElement).value : ''),
    () => (NAME_FROM_CONTENT.has(role) ? contentText(el) : ''),
    () => el.getAttribute('title'),
    () => el.getAttribute('placeholder'),
  ];
  for (const source of sources) {
    const name = source()?.trim();
    if (name) return name;
  }
  return '';
}
