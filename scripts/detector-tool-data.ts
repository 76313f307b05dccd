import type { Plugin } from 'vite';

/**
 * The detector recognises tools; it never names them (the background words the launcher). So in
 * the detector's bundle alone, each tool definition loses what only the other parts read: its
 * names in both languages and its category. The definitions stay whole everywhere else.
 */
const DEFINITION = /utils\/tools\/definitions\/[a-z0-9-]+\.json$/;
const NOT_FOR_DETECTION = ['names', 'category'];

export function detectorToolData(): Plugin {
  return {
    name: 'declic:detector-tool-data',
    enforce: 'pre',
    transform(code, id) {
      if (!DEFINITION.test(id.split('?')[0] ?? '')) return null;
      const definition = JSON.parse(code) as { tool: Record<string, unknown> };
      for (const key of NOT_FOR_DETECTION) delete definition.tool[key];
      return { code: JSON.stringify(definition), map: null };
    },
  };
}
