import { kebabId } from '../tools/tool-schema';

/**
 * Ids a mentor never types: made once from a title, then kept for ever (a volunteer's progress
 * is keyed by them, see docs/packs.md). Accents are dropped, everything else becomes dashes.
 */
const MAX_ID = 60;
const SUFFIX_ROOM = 4;

export function kebabOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID - SUFFIX_ROOM)
    .replace(/-+$/, '');
}

/**
 * An id for a new item, unique among `taken`: its title in kebab-case, with `-2`, `-3`… when
 * another item has it already; `fallback` (e.g. "astuce") when the title gives fewer than 2 letters.
 */
export function makeId(title: string, taken: ReadonlySet<string>, fallback: string): string {
  const kebab = kebabOf(title);
  const base = kebab.length >= 2 ? kebab : kebabOf(`${fallback} ${kebab}`);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate) && kebabId.safeParse(candidate).success) return candidate;
  }
}

/** Fills the missing ids of a list, keeping every id already made (even when the title changed). */
export function withIds<T extends { id: string }>(items: readonly T[], titleOf: (item: T) => string, fallback: string) {
  const taken = new Set(items.map((item) => item.id).filter(Boolean));
  return items.map((item) => {
    if (item.id) return item;
    const id = makeId(titleOf(item), taken, fallback);
    taken.add(id);
    return { ...item, id };
  });
}
