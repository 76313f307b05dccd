import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from './browser';

/**
 * A real managed policy, as an association's admin writes it: Debian's Chromium reads every
 * JSON file in this folder at start (and again on chrome://policy's "Reload policies").
 * Tests that write it remove it afterwards, even when they fail.
 */
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = join(POLICY_DIR, 'declic-e2e-test.json');

/** Chrome's id for the build: the manifest key's SHA-256, first 32 hex digits written a–p. */
export function chromeExtensionId(): string {
  const { key } = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
  const hash = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export function writePolicy(policy: object): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [chromeExtensionId()]: policy } } }));
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}
