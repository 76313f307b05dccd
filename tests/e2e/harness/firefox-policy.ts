import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from './firefox-extension';

/**
 * A real enterprise policy for Firefox, as an association's admin writes it: Firefox ESR on
 * Linux reads this one file at start and hands the "3rdparty" part to the add-on's
 * storage.managed. It applies to every Firefox on the machine, so the tests that write it run
 * alone and last, and remove it afterwards (scripts/test-all.sh too, after a killed run).
 */
export const FIREFOX_POLICY_DIR = '/etc/firefox/policies';
export const FIREFOX_POLICY_FILE = join(FIREFOX_POLICY_DIR, 'policies.json');
/** Beside the file we write: an admin's own policies.json (without it) is never overwritten or removed. */
export const FIREFOX_POLICY_MARK = join(FIREFOX_POLICY_DIR, 'declic-e2e-test.mark');

export function writeFirefoxPolicy(policy: object): void {
  if (existsSync(FIREFOX_POLICY_FILE) && !existsSync(FIREFOX_POLICY_MARK)) {
    throw new Error(`${FIREFOX_POLICY_FILE} exists and was not written by Déclic's tests: left as it is`);
  }
  mkdirSync(FIREFOX_POLICY_DIR, { recursive: true });
  writeFileSync(FIREFOX_POLICY_MARK, 'policies.json here was written by Déclic end-to-end tests\n');
  writeFileSync(
    FIREFOX_POLICY_FILE,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }),
  );
}

export function removeFirefoxPolicy(): void {
  if (!existsSync(FIREFOX_POLICY_MARK)) return;
  rmSync(FIREFOX_POLICY_FILE, { force: true });
  rmSync(FIREFOX_POLICY_MARK, { force: true });
}
