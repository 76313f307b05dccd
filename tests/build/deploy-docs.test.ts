import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssociation } from '../../scripts/association-build-config';
import { chromeExtensionId } from '../../scripts/extension-id';
import { parsePolicy } from '../../utils/policy/policy-schema';

/**
 * The admin guide (docs/deploy.md) and its ready-to-edit files in docs/examples must keep
 * matching Déclic: the ids of the real build, the keys of public/managed_schema.json, and
 * values Déclic accepts. Reads the build like build-output.test.ts (npm test builds first).
 */
const manifestOf = (browser: string) => {
  const path = `.output/${browser}-mv3/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8'));
};
const CHROME_ID = chromeExtensionId(manifestOf('chrome').key);
const FIREFOX_ID: string = manifestOf('firefox').browser_specific_settings.gecko.id;
const read = (file: string) => readFileSync(`docs/examples/${file}`, 'utf8');

interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer';
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
}
const managedSchema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as JsonSchema;

/** Problems of `value` against Chrome's managed_schema dialect, with their path; unknown keys too. */
function schemaProblems(value: unknown, schema: JsonSchema, path: string): string[] {
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (actual !== schema.type) return [`${path}: ${actual} instead of ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value as string)) return [`${path}: ${String(value)} is not allowed`];
  if (schema.type === 'array') {
    return (value as unknown[]).flatMap((item, i) => schemaProblems(item, schema.items as JsonSchema, `${path}.${i}`));
  }
  if (schema.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    const property = schema.properties?.[key];
    return property ? schemaProblems(item, property, `${path}.${key}`) : [`${path}.${key}: not in managed_schema.json`];
  });
}

/** A .reg file's keys and values: dword → number, "text" → string (with \" and \\ undone). */
function parseReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> = {};
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    const value = /^"(.+?)"=(?:dword:([0-9a-f]{8})|"(.*)")$/.exec(line);
    if (key?.[1]) {
      current = {};
      keys.set(key[1], current);
    } else if (value?.[1] && value[2]) current[value[1]] = Number.parseInt(value[2], 16);
    else if (value?.[1]) current[value[1]] = (value[3] ?? '').replace(/\\(["\\])/g, '$1');
  }
  return keys;
}

/** What Chrome makes of registry values: JSON text for lists and groups, 0/1 for yes/no. */
function regToPolicy(values: Record<string, string | number>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const type = managedSchema.properties?.[key]?.type;
      if (type === 'boolean') return [key, value !== 0];
      if ((type === 'object' || type === 'array') && typeof value === 'string') return [key, JSON.parse(value)];
      return [key, value];
    }),
  );
}

const chromium = JSON.parse(read('chromium-policy.json'));
const firefox = JSON.parse(read('firefox-policies.json')).policies;
const reg = parseReg(read('windows-chrome.reg'));
const regPolicyKey = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
const examples = {
  'chromium-policy.json': chromium['3rdparty'].extensions[CHROME_ID],
  'firefox-policies.json': firefox['3rdparty'].Extensions[FIREFOX_ID],
  'windows-chrome.reg': reg.has(regPolicyKey) ? regToPolicy(reg.get(regPolicyKey) ?? {}) : undefined,
};

describe('policy examples in docs/examples', () => {
  it.each(Object.entries(examples))("%s targets Déclic's real id", (_file, policy) => {
    expect(policy).toBeDefined();
  });

  it('use only the ids of the real build, also to install it', () => {
    expect(Object.keys(chromium['3rdparty'].extensions)).toEqual([CHROME_ID]);
    expect(chromium.ExtensionInstallForcelist).toEqual([
      `${CHROME_ID};https://clients2.google.com/service/update2/crx`,
    ]);
    expect(Object.keys(firefox['3rdparty'].Extensions)).toEqual([FIREFOX_ID]);
    expect(firefox.Extensions.Locked).toEqual([FIREFOX_ID]);
    const forcelist = reg.get('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist');
    expect(forcelist).toEqual({ 1: `${CHROME_ID};https://clients2.google.com/service/update2/crx` });
    expect([...reg.keys()].filter((key) => key.includes('3rdparty'))).toEqual([regPolicyKey]);
  });

  it.each(Object.entries(examples))('%s uses only keys and types of public/managed_schema.json', (_file, policy) => {
    expect(schemaProblems(policy, managedSchema, 'policy')).toEqual([]);
  });

  it.each(Object.entries(examples))('%s sets every key, each with a value Déclic accepts', (_file, policy) => {
    expect(Object.keys(policy ?? {}).sort()).toEqual(Object.keys(managedSchema.properties ?? {}).sort());
    expect(parsePolicy(policy).notes).toEqual([]);
  });

  it('say the same thing for Chrome, Firefox and Windows', () => {
    expect(examples['firefox-policies.json']).toEqual(examples['chromium-policy.json']);
    expect(examples['windows-chrome.reg']).toEqual(examples['chromium-policy.json']);
  });

  it('include an association config that builds, with a valid pack', () => {
    const result = readAssociation('docs/examples/association.json', 'en');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('docs/deploy.md', () => {
  const guide = readFileSync('docs/deploy.md', 'utf8');

  it("states Déclic's real ids, and no other 32-letter Chrome id", () => {
    expect(guide).toContain(CHROME_ID);
    expect(guide).toContain(FIREFOX_ID);
    const ids = new Set(guide.match(/\b[a-p]{32}\b/g));
    expect([...ids]).toEqual([CHROME_ID]);
  });

  it('describes every key of public/managed_schema.json', () => {
    for (const key of Object.keys(managedSchema.properties ?? {})) expect(guide, key).toContain(`\`${key}\``);
  });

  it('links only to example files that exist', () => {
    for (const [, file] of guide.matchAll(/\]\((examples\/[^)]+)\)/g))
      expect(existsSync(`docs/${file}`), file).toBe(true);
  });
});
