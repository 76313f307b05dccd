import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR } from '../../tests/e2e/harness/browser';

/** Raw and gzip sizes of every content script and UI chunk of the Chrome build, in KB. */
export function bundleSizes(dir = BUILD_DIR) {
  const files = [
    'background.js',
    ...['content-scripts', 'chunks'].flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `${sub}/${f}`),
    ),
  ];
  return files.map((file) => {
    const data = readFileSync(join(dir, file));
    return {
      file: file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js'),
      rawKb: Number((data.byteLength / 1024).toFixed(1)),
      gzipKb: Number((gzipSync(data, { level: 9 }).byteLength / 1024).toFixed(1)),
    };
  });
}
