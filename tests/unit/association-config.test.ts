import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AssociationBuild,
  associationBuildFromEnv,
  readAssociation,
  terminalLang,
} from '../../scripts/association-build-config';
import { type AssociationSettings, associationConfigFile } from '../../utils/association/association-schema';
import { settingFields } from '../../utils/settings/settings-fields';
import { associationSettingNames, type Settings } from '../../utils/settings/settings-schema';

const FIXTURE = 'tests/e2e/fixtures/association';
const valid = () => JSON.parse(readFileSync(join(FIXTURE, 'association.json'), 'utf8'));
const issuesOf = (data: unknown) => {
  const parsed = associationConfigFile.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('association config schema', () => {
  it('accepts the example config and fills what is optional', () => {
    expect(issuesOf(valid())).toEqual([]);
    expect(associationConfigFile.parse({ id: 'mon-asso', name: 'Mon asso' })).toEqual({
      id: 'mon-asso',
      name: 'Mon asso',
      sites: [],
      packs: [],
      settings: {},
    });
  });

  it('keeps only the origin of a site, in small letters', () => {
    const parsed = associationConfigFile.parse({
      ...valid(),
      sites: [{ origin: 'https://Cloud.Jardins-Partages.org/', tool: 'nextcloud' }],
    });
    expect(parsed.sites).toEqual([{ origin: 'https://cloud.jardins-partages.org', tool: 'nextcloud' }]);
  });

  it.each([
    ['an http address', 'http://cloud.asso.org', 'association.error.https'],
    ['not an address', 'cloud.asso.org', 'association.error.https'],
    ['a path after the name', 'https://cloud.asso.org/nextcloud', 'association.error.origin'],
    ['a port', 'https://cloud.asso.org:8443', 'association.error.origin'],
    ['a wildcard', 'https://*.asso.org', 'association.error.origin'],
    ['a query', 'https://cloud.asso.org?x=1', 'association.error.origin'],
  ])('refuses a site origin with %s', (_why, origin, message) => {
    expect(issuesOf({ ...valid(), sites: [{ origin, tool: 'nextcloud' }] })).toEqual([`sites.0.origin: ${message}`]);
  });

  it('refuses a tool Déclic does not know, a bad id, unknown fields and unknown settings', () => {
    expect(issuesOf({ ...valid(), sites: [{ origin: 'https://a.org', tool: 'nextclod' }] })).toEqual([
      'sites.0.tool: association.error.tool',
    ]);
    expect(issuesOf({ ...valid(), id: 'Mon Asso' })).toEqual(['id: error.kebab']);
    expect(issuesOf({ ...valid(), colour: 'green' })).toHaveLength(1);
    expect(issuesOf({ ...valid(), settings: { disabledSites: [] } })).toHaveLength(1);
    expect(issuesOf({ ...valid(), settings: { language: 'de' } })).toHaveLength(1);
  });

  it('offers only keys of the Settings interface, with the same values', () => {
    expectTypeOf<AssociationSettings>().toExtend<Partial<Settings>>();
    // Derived from settings-fields.ts: every value a setting takes is a valid association default.
    expect(associationSettingNames).toEqual([
      'language',
      'level',
      'coachEnabled',
      'glossary',
      'glossaryStyle',
      'helpContact',
    ]);
    // A text setting: a few of the values it takes (help-contact.test.ts has the others).
    const samples: Record<string, unknown[]> = { helpContact: ['', 'bureau@asso.example.org', '01 23 45 67 89'] };
    for (const name of associationSettingNames) {
      const options = (settingFields[name].schema as unknown as { options?: unknown[] }).options ??
        samples[name] ?? [true, false];
      for (const value of options) expect(issuesOf({ ...valid(), settings: { [name]: value } }), name).toEqual([]);
    }
  });
});

describe('reading an association for the build', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  /** A copy of the example, changed by `change`, read in English. */
  const readCopy = (change: (dir: string) => void) => {
    dir = mkdtempSync(join(tmpdir(), 'declic-association-'));
    cpSync(FIXTURE, dir, { recursive: true });
    change(dir);
    return readAssociation(join(dir, 'association.json'), 'en');
  };
  const edit = (file: string, from: string, to: string) =>
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

  it('ships the checked config without file paths, the packs as files, and the sites as host permissions', () => {
    const read = readAssociation(join(FIXTURE, 'association.json'), 'en');
    expect(read.ok).toBe(true);
    const { build } = read as { build: AssociationBuild };
    expect(build.config).toEqual({
      id: 'jardins-partages',
      name: 'Les Jardins Partagés',
      sites: [{ origin: 'https://cloud.jardins-partages.org', tool: 'nextcloud' }],
      settings: { language: 'fr', level: 'intermediate', glossary: true },
      packFiles: ['/packs/association-jardins-astuces.json'],
    });
    expect(build.outDir).toBe('.output/association-jardins-partages');
    expect(build.zipTemplate).toBe('declic-jardins-partages-{{browser}}.zip');
    expect(build.hostPermissions).toEqual(['https://cloud.jardins-partages.org/*']);
    expect(build.files.map((file) => file.relativeDest)).toEqual([
      'association.json',
      'packs/association-jardins-astuces.json',
    ]);
    // The loader's checked output, as the extension reads it without checking again.
    expect(JSON.parse(build.files[1]?.contents ?? '')).toEqual(
      JSON.parse(readFileSync(join(FIXTURE, 'packs/jardins.json'), 'utf8')),
    );
  });

  it('names the field and says what to write, in plain words', () => {
    const read = readCopy((d) => edit(join(d, 'association.json'), 'https://', 'http://'));
    expect(read).toEqual({
      ok: false,
      errors: ['sites 1 › origin: the address must start with https:// (http:// is not safe)'],
    });
  });

  it("prints the pack loader's own messages for a broken pack", () => {
    const read = readCopy((d) => edit(join(d, 'packs/jardins.json'), '"level": "beginner"', '"level": "expert"'));
    expect(read.ok).toBe(false);
    const errors = read.ok ? [] : read.errors;
    expect(errors[0]).toBe('The pack ./packs/jardins.json has errors:');
    expect(errors[1]).toMatch(/^ {2}- Tip 1 › level: /);
  });

  it('refuses a missing pack, a pack named like a Déclic pack, and a file that is not JSON', () => {
    expect(readCopy((d) => edit(join(d, 'association.json'), 'jardins.json', 'absent.json'))).toEqual({
      ok: false,
      errors: ['The pack file ./packs/absent.json does not exist. Its path starts from the folder of the config file.'],
    });
    const reserved = readCopy((d) => edit(join(d, 'packs/jardins.json'), '"jardins-astuces"', '"declic-essentials"'));
    expect(reserved.ok ? [] : reserved.errors).toEqual([
      'The pack ./packs/jardins.json has the id "declic-essentials", already used by another pack. Give it its own id.',
    ]);
    const broken = readCopy((d) => writeFileSync(join(d, 'association.json'), '{ "id": '));
    expect(broken.ok ? '' : broken.errors[0]).toMatch(/is not valid JSON/);
  });

  it('says a wrong contact for help in plain words, in the terminal’s language', () => {
    const change = (d: string) => edit(join(d, 'association.json'), '"glossary": true', '"helpContact": "marie"');
    expect(readCopy(change)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^settings › helpContact: Déclic does not recognise what you wrote\./)],
    });
    expect(readAssociation(join(dir, 'association.json'), 'fr')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^settings › helpContact: Déclic ne reconnaît pas ce que vous avez écrit\./)],
    });
  });

  it('speaks French when the terminal does', () => {
    expect(terminalLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(terminalLang({ LANG: 'en_GB.UTF-8', LC_ALL: 'fr_BE.UTF-8' })).toBe('fr');
    expect(terminalLang({})).toBe('en');
    const read = readCopy((d) => edit(join(d, 'association.json'), 'https://', 'http://'));
    const fr = readAssociation(join(dir, 'association.json'), 'fr');
    expect(read.ok || fr.ok).toBe(false);
    expect(fr.ok ? [] : fr.errors).toEqual([
      'sites 1 › origin: l’adresse doit commencer par https:// (http:// n’est pas sûr)',
    ]);
  });

  it('changes nothing for the ordinary build, and stops an association build with a bad file', () => {
    expect(associationBuildFromEnv({})).toBeNull();
    expect(() => associationBuildFromEnv({ DECLIC_ASSOCIATION: join(tmpdir(), 'no-such-association.json') })).toThrow(
      /does not exist/,
    );
  });
});
