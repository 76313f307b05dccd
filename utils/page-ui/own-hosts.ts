/**
 * Which elements are Déclic's own, known to every Déclic script of the page in the extension's
 * isolated world (the page cannot see it): a page may make an element with Déclic's name, it is
 * never taken for Déclic's.
 */
export const HOST_NAME = 'declic-coach';

/** Shared by every Déclic script of the page, in the extension's isolated world (the page cannot see it). */
interface Hosts {
  ours: WeakSet<Node>;
  /** Set once the page has claimed `declic-coach` (defined it as its own custom element). */
  nameTaken: boolean;
}
const SLOT = Symbol.for('declic.hosts');
export const hosts = (): Hosts => {
  const slot = globalThis as Record<symbol, Hosts | undefined>;
  slot[SLOT] ??= { ours: new WeakSet(), nameTaken: false };
  return slot[SLOT];
};

/** A node of Déclic's (its element), whatever its name; never one the page made. */
export const isOwnHost = (node: unknown): boolean => node instanceof Node && hosts().ours.has(node);
/** Whether the page turned Déclic's element into one of its own custom elements. */
export const claimedByPage = (host: Element): boolean => host.localName === HOST_NAME && host.matches(':defined');
