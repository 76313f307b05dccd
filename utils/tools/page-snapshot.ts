/**
 * What the matching engine may look at on a page. Everything is read lazily and
 * cached, so a tool ruled out by its host never costs a DOM query.
 */
export interface PageSnapshot {
  host: string;
  pathname: string;
  hash: string;
  title(): string;
  meta(name: string): string | undefined;
  has(selector: string): boolean;
  resourceUrls(): readonly string[];
}

export interface PageLocation {
  host: string;
  pathname: string;
  hash: string;
}

export function snapshotOf(doc: Document, location: PageLocation): PageSnapshot {
  const selectorCache = new Map<string, boolean>();
  const metaCache = new Map<string, string | undefined>();
  let resources: string[] | undefined;
  return {
    host: location.host.toLowerCase(),
    pathname: location.pathname,
    hash: location.hash,
    title: () => doc.title,
    meta(name) {
      if (!metaCache.has(name)) {
        const el = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
        metaCache.set(name, el?.getAttribute('content') ?? undefined);
      }
      return metaCache.get(name);
    },
    has(selector) {
      let found = selectorCache.get(selector);
      if (found === undefined) {
        try {
          found = doc.querySelector(selector) !== null;
        } catch {
          // A selector the browser cannot parse never matches; tests reject such data.
          found = false;
        }
        selectorCache.set(selector, found);
      }
      return found;
    },
    resourceUrls() {
      resources ??= Array.from(
        doc.querySelectorAll('script[src], link[href]'),
        (el) => el.getAttribute(el.tagName === 'SCRIPT' ? 'src' : 'href') ?? '',
      );
      return resources;
    },
  };
}
