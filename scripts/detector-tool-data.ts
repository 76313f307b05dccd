import type { Plugin } from 'vite';
import { trimJsonModule } from './trim-json-module';

/**
 * The detector recognises tools; it never names them (the background words the launcher). So in
 * the detector's bundle alone, each tool definition loses what only the other parts read: its
 * names in both languages and its category. The definitions stay whole everywhere else.
 */
const DEFINITION = /utils\/tools\/definitions\/[a-z0-9-]+\.json$/;
const NOT_FOR_DETECTION = ['names', 'category'];

export const detectorToolData = (): Plugin =>
  trimJsonModule('detector-tool-data', DEFINITION, (definition) => {
    const tool = definition.tool as Record<string, unknown>;
    for (const key of NOT_FOR_DETECTION) delete tool[key];
  });
