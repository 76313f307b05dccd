import type { Plugin } from 'vite';

/**
 * A build plugin that trims the JSON modules whose path matches, before Vite reads them: a bundle
 * that never uses some of a data file's fields leaves them out (the data file itself stays whole).
 */
export function trimJsonModule(name: string, path: RegExp, trim: (data: Record<string, unknown>) => void): Plugin {
  return {
    name: `declic:${name}`,
    enforce: 'pre',
    transform(code, id) {
      if (!path.test(id.split('?')[0] ?? '')) return null;
      const data = JSON.parse(code) as Record<string, unknown>;
      trim(data);
      return { code: JSON.stringify(data), map: null };
    },
  };
}
