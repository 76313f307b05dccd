/**
 * The practice spaces Déclic ships (entrypoints/practice/): offline pages that imitate a tool so
 * a volunteer can try its built-in guides without risk. Each is named by the id of the tool it
 * imitates (packs/…/tools/<id>.json): the tool's guides run there unchanged. One list, read by
 * the practice page, the panel (« S'entraîner d'abord »), the diagnostic and the check-up.
 * `real`: where « Maintenant sur le vrai … » leads; a self-hosted tool has none (each
 * association has its own address), so the page says to open the association's.
 */
export const PRACTICE_SPACES = [
  { tool: 'gmail', kind: 'webmail', real: 'https://mail.google.com/' },
  { tool: 'roundcube', kind: 'webmail' },
  { tool: 'google-drive', kind: 'drive', real: 'https://drive.google.com/' },
  { tool: 'nextcloud', kind: 'drive' },
  { tool: 'wordpress-admin', kind: 'site' },
  { tool: 'google-forms', kind: 'form', real: 'https://docs.google.com/forms/' },
  { tool: 'jitsi-meet', kind: 'visio', real: 'https://meet.jit.si/' },
] as const;

export type PracticeSpace = (typeof PRACTICE_SPACES)[number] & { real?: string };
export type PracticeTool = PracticeSpace['tool'];

export const hasPracticeSpace = (tool: string): tool is PracticeTool =>
  PRACTICE_SPACES.some((space) => space.tool === tool);

/** The extension path that opens a space (and, with a guide key, starts that guide in it). */
export const practicePath = (tool?: PracticeTool, guideKey?: string): string => {
  const query = new URLSearchParams();
  if (tool) query.set('space', tool);
  if (guideKey) query.set('guide', guideKey);
  const search = query.toString();
  return `/practice.html${search ? `?${search}` : ''}`;
};
