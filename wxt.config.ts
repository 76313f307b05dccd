import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { associationBuildFromEnv } from './scripts/association-build-config';
import { assembleBuiltinPack, BUILTIN_PACKS } from './scripts/builtin-pack';
import { detectorToolData } from './scripts/detector-tool-data';
import { writeManagedSchema } from './scripts/managed-schema';
import { writePackJsonSchema } from './scripts/pack-json-schema';
import { pageOnlyStrings } from './scripts/page-only-strings';
import { quietScriptContext } from './scripts/quiet-script-context';
import { shippedPack } from './utils/packs/shipped-pack';
import { saasMatchPatterns } from './utils/tools/registry';

/**
 * Public half of the signing key: it pins the Chrome extension id so association admins
 * can target Déclic in a managed policy. The id is derived from it, it is not a secret.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0sOWlGqP9QaLBxHcl1S6CQMtmJJBQJ8D2JVSkdFglZ9NWg3Fn8Icml0eh2yCP4PGgzzVBsuaDgeLWxDmNGO+qzs9S+63pH9XQB7u5P5ULzL9wPpc6JJe10nOeNmAYxK9vv8v05q2HTvQDojyD/aDePUICrDfoQhhyzw1xRaMYaeezx4VR+nh8T/Zs4iG51sEn6paI7ACONQDlbTgyOQBeJxprBdUTOQtqcWMAWWjDW+AnaASDJkqm+Whs++POTlS1PGRFEiThbPJSxkLI5pWwN1vjP4wiWzrpHNalHlT2iiz0Jp3pE3eAzbF61OJDsge3QIU3JjkO2s6DM2S1p+GlQIDAQAB';

// An association build (scripts/build-association.ts): null for the ordinary build.
const association = associationBuildFromEnv();

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  webExt: { disabled: true },
  ...(association && {
    outDir: association.outDir,
    zip: { artifactTemplate: association.zipTemplate, zipSources: false },
    // Only this build reads /association.json: the ordinary one never asks for a missing file.
    vite: () => ({ define: { 'import.meta.env.DECLIC_ASSOCIATION': JSON.stringify(association.config.id) } }),
  }),
  hooks: {
    // Generated files, regenerated from their one source at every build (tests check they are fresh):
    // the JSON Schema pack authors' editors validate against, from the pack's zod schema; the
    // managed-storage schema browsers check an admin's policy with, from the policy and settings.
    'build:before': async () => {
      await writePackJsonSchema();
      writeManagedSchema();
    },
    // The built-in pack is written as one small file per tool under packs/: the build assembles it
    // and checks it with the pack loader, and a pack the extension would refuse stops the build.
    // An association build also ships its checked config and its packs as files of the extension,
    // and lists its own sites in host_permissions: they are coached at once, with no click.
    'build:publicAssets': (wxt, files) => {
      for (const { source, dest } of BUILTIN_PACKS) {
        const builtin = assembleBuiltinPack(join(wxt.config.root, source));
        if (!builtin.ok) {
          throw new Error(
            `The built-in pack ${source} cannot be built:\n${builtin.problems.map((p) => `- ${p}`).join('\n')}`,
          );
        }
        files.push({ relativeDest: dest, contents: shippedPack(builtin.pack) });
      }
      if (association) files.push(...association.files);
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!association) return;
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...association.hostPermissions];
    },
    // The background and the content scripts never show the studio's strings (page-only-strings.ts).
    // Content scripts only need runtime.id and messaging, which Chrome MV3 and Firefox offer
    // natively: they skip webextension-polyfill (2.7 KB gzip, and ~7 ms at each start of a script
    // to copy the chrome object). The detector stays under its 10 KB budget that way.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length && entrypoints.every((entry) => ['content-script', 'background'].includes(entry.type))) {
        config.plugins = [...(config.plugins ?? []), pageOnlyStrings()];
      }
      if (!entrypoints.length || entrypoints.some((entry) => entry.type !== 'content-script')) return;
      // No content script says anything to the page (see utils/surfaces/script-context.ts).
      config.plugins = [...(config.plugins ?? []), quietScriptContext()];
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'detector') {
        config.plugins = [...(config.plugins ?? []), detectorToolData()];
      }
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and tip progress; scripting: load the coach only once a tool is
    // recognised and register self-hosted sites; activeTab: let the popup check a page on click;
    // alarms: check subscribed tip packs for updates. None of them shows a warning at install.
    // contextMenus: "Explain with Déclic" on selected text (no install warning).
    // idle: a shared computer forgets the last volunteer after a while without use.
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'contextMenus', 'idle'],
    host_permissions: saasMatchPatterns(),
    // Self-hosted tools (WordPress, Nextcloud…) live on any domain: asked one site at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Alt+Shift+D ("D" for Déclic): Gmail, Outlook and Drive use single keys, Ctrl/⌘ and Shift
    // combinations for their own shortcuts, none with Alt+Shift+D; nor do Chrome and Firefox.
    commands: {
      'open-coach': {
        suggested_key: { default: 'Alt+Shift+D', mac: 'Alt+Shift+D' },
        description: '__MSG_commandOpenCoach__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'declic@declic-coach.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROME_KEY,
          minimum_chrome_version: '121',
          // What an association's admin may set by policy (Firefox reads policies.json without it).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
