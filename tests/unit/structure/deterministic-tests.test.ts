import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'sites' ? [] : files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** A "nothing happened" check waits for a positive signal (see harness/declic-state.ts), never for time. */
describe('end-to-end tests wait for signals, not for time', () => {
  it.each(files('tests/e2e'))('%s has no fixed wait', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/waitForTimeout\(/);
    expect(text).not.toMatch(/new Promise\(\s*\(?resolve\)?\s*=>\s*setTimeout\(/);
  });
});
