import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { en as zodEn, fr as zodFr } from 'zod/locales';
import {
  type AssociationConfig,
  associationConfigFile,
  associationPackFile,
} from '../utils/association/association-schema';
import { type Lang, translate } from '../utils/i18n';
import { describePath, parsePackText } from '../utils/packs/pack-loader';
import { shippedPack } from '../utils/packs/shipped-pack';

/** The build script sets it to the config's absolute path; wxt.config.ts reads it. */
export const ASSOCIATION_ENV = 'DECLIC_ASSOCIATION';

export interface AssociationBuild {
  /** Shipped as /association.json. */
  config: AssociationConfig;
  /** WXT's outDir, relative to the project: `.output/association-<id>`. */
  outDir: string;
  /** WXT's zip name template: `declic-<id>-{{browser}}.zip`. */
  zipTemplate: string;
  /** Added to the manifest's host_permissions, so the sites are coached without a click. */
  hostPermissions: string[];
  /** Added to the build's files (WXT's `build:publicAssets` hook). */
  files: { relativeDest: string; contents: string }[];
}

export type AssociationRead = { ok: true; build: AssociationBuild } | { ok: false; errors: string[] };

/** The admin's terminal language: French when LANG (or LC_ALL…) says so. */
export function terminalLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const zodLocales = { fr: zodFr, en: zodEn };

function formatIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const where = issue.path.length ? describePath(issue.path, lang) : translate(lang, 'pack.path.root');
  const { message } = issue;
  const text = /^(association|settings)\./.test(message)
    ? translate(lang, message)
    : message.startsWith('error.')
      ? translate(lang, `pack.${message}`)
      : message;
  return `${where}: ${text}`;
}

/** Ids of Déclic's own packs (their sources: packs/<id>/pack.json): an association pack may not take one. */
function reservedPackIds(root: string): Set<string> {
  const dir = join(root, 'packs');
  const details = existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name, 'pack.json')) : [];
  return new Set(
    details
      .filter((file) => existsSync(file))
      .map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id),
  );
}

/**
 * Reads and checks an association's config file and its packs (with the same loader as
 * imported packs). Never throws: every problem becomes a plain sentence naming the field or file.
 */
export function readAssociation(configPath: string, lang: Lang, root = process.cwd()): AssociationRead {
  const fail = (...errors: string[]): AssociationRead => ({ ok: false, errors });
  if (!existsSync(configPath)) return fail(translate(lang, 'association.error.no-file', { path: configPath }));
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(configPath, 'utf8').replace(/^\ufeff/, ''));
  } catch {
    return fail(translate(lang, 'association.error.not-json', { path: configPath }));
  }
  const parsed = associationConfigFile.safeParse(data, { error: zodLocales[lang]().localeError, reportInput: false });
  if (!parsed.success) return fail(...parsed.error.issues.slice(0, 20).map((issue) => formatIssue(issue, lang)));
  const file = parsed.data;

  const errors: string[] = [];
  const reserved = reservedPackIds(root);
  const packs: { id: string; text: string }[] = [];
  for (const packPath of file.packs) {
    const absolute = resolve(dirname(configPath), packPath);
    if (!existsSync(absolute)) {
      errors.push(translate(lang, 'association.error.no-pack', { path: packPath }));
      continue;
    }
    const text = readFileSync(absolute, 'utf8');
    const result = parsePackText(text, lang);
    if (!result.ok) {
      errors.push(translate(lang, 'association.error.pack-invalid', { path: packPath }));
      errors.push(...result.errors.map((error) => `  - ${error}`));
    } else if (reserved.has(result.pack.id) || packs.some((pack) => pack.id === result.pack.id)) {
      errors.push(translate(lang, 'association.error.pack-id', { path: packPath, id: result.pack.id }));
    } else {
      // Shipped as the loader's checked output: the extension reads it without checking it again.
      packs.push({ id: result.pack.id, text: shippedPack(result.pack) });
    }
  }
  if (errors.length) return fail(...errors);

  const config: AssociationConfig = {
    id: file.id,
    name: file.name,
    sites: file.sites,
    settings: file.settings,
    packFiles: packs.map((pack) => associationPackFile(pack.id)),
  };
  return {
    ok: true,
    build: {
      config,
      outDir: `.output/association-${file.id}`,
      zipTemplate: `declic-${file.id}-{{browser}}.zip`,
      hostPermissions: [...new Set(file.sites.map((site) => `${site.origin}/*`))],
      files: [
        { relativeDest: 'association.json', contents: `${JSON.stringify(config, null, 2)}\n` },
        // The pack exactly as the association wrote it: the extension checks it again at start.
        ...packs.map((pack) => ({ relativeDest: associationPackFile(pack.id).slice(1), contents: pack.text })),
      ],
    },
  };
}

/** For wxt.config.ts: null for the ordinary build; an association build with a bad file stops. */
export function associationBuildFromEnv(env: NodeJS.ProcessEnv = process.env): AssociationBuild | null {
  const configPath = env[ASSOCIATION_ENV];
  if (!configPath) return null;
  const read = readAssociation(configPath, terminalLang(env));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.build;
}
