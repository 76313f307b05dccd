import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const OURS = fileURLToPath(new URL('../utils/surfaces/script-context.ts', import.meta.url));
const WXT_CONTEXT = 'wxt/utils/content-script-context';

/**
 * Builds every content script with Déclic's own context (utils/surfaces/script-context.ts, which
 * sends nothing to the page) in place of WXT's: only WXT's entry wrapper is redirected, so our
 * class can still extend WXT's.
 */
export function quietScriptContext(): Plugin {
  return {
    name: 'declic:quiet-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== WXT_CONTEXT || !importer?.includes('content-script-isolated-world-entrypoint')) return null;
      return OURS;
    },
  };
}
