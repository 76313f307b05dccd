import { build } from 'vite';

/** A probe script bundled for the page (an IIFE defining globals), without the extension. */
export async function bundleProbe(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'declicBench' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  return first.output[0]?.code ?? '';
}
