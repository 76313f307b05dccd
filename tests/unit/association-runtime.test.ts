import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assembleBuiltinPack, BUILTIN_PACK_SOURCE } from '../../scripts/builtin-pack';

/** The extension's own files, as fetch sees them; a missing one fails like Chrome's does. */
function serveExtensionFiles(files: Record<string, string>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const body = files[new URL(String(input)).pathname];
    if (body === undefined) throw new TypeError('Failed to fetch');
    return new Response(body, { status: 200 });
  });
}

// The built-in pack as the build ships it.
const built = assembleBuiltinPack(BUILTIN_PACK_SOURCE);
const essentials = built.ok ? built.text : '';
const jardins = readFileSync('tests/e2e/fixtures/association/packs/jardins.json', 'utf8');
const shipped = {
  id: 'jardins-partages',
  name: 'Les Jardins Partagés',
  sites: [{ origin: 'https://cloud.jardins-partages.org', tool: 'nextcloud' }],
  settings: { language: 'fr', glossary: true },
  packFiles: ['/packs/association-jardins-astuces.json'],
};

// Each test loads fresh modules: the file is read once per extension start.
const load = async () => ({
  association: await import('../../utils/association/association-config'),
  builtins: await import('../../utils/packs/builtin-packs'),
});

describe('association build at run time', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.unstubAllEnvs();
  });
  // wxt.config.ts defines it in association builds only.
  const inAssociationBuild = () => vi.stubEnv('DECLIC_ASSOCIATION', 'jardins-partages');

  it('is null in the ordinary Déclic, which never asks for the file: no defaults, no sites, only its own packs', async () => {
    const fetchMock = serveExtensionFiles({ '/packs/declic-essentials.json': essentials });
    const { association, builtins } = await load();
    expect(await association.associationConfig()).toBeNull();
    expect(await association.associationDefaults()).toEqual({});
    expect(await association.associationSites()).toEqual([]);
    expect((await builtins.builtinPacks()).map((pack) => pack.id)).toEqual(['declic-essentials']);
    // Déclic's own packs only (the second is missing here, so left out): never /association.json.
    expect(fetchMock.mock.calls.map(([input]) => new URL(String(input)).pathname)).toEqual([
      '/packs/declic-essentials.json',
      '/packs/declic-vie-asso.json',
    ]);
  });

  it('is null, silently, in an association build whose file is missing', async () => {
    inAssociationBuild();
    serveExtensionFiles({});
    const { association } = await load();
    expect(await association.associationConfig()).toBeNull();
  });

  it("reads the association's file once, and gives its defaults and sites", async () => {
    inAssociationBuild();
    const fetchMock = serveExtensionFiles({ '/association.json': JSON.stringify(shipped) });
    const { association } = await load();
    expect(await association.associationConfig()).toEqual(shipped);
    expect(await association.associationDefaults()).toEqual({ language: 'fr', glossary: true });
    expect(await association.associationSites()).toEqual(shipped.sites);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('chrome-extension://test-extension-id/association.json');
  });

  it('ignores a file that does not have the expected shape', async () => {
    inAssociationBuild();
    serveExtensionFiles({
      '/association.json': JSON.stringify({ ...shipped, packFiles: ['https://evil.example/p.json'] }),
    });
    const { association } = await load();
    expect(await association.associationConfig()).toBeNull();
  });

  it("adds the association's packs to the built-in ones, which cannot be removed", async () => {
    inAssociationBuild();
    serveExtensionFiles({
      '/association.json': JSON.stringify(shipped),
      '/packs/declic-essentials.json': essentials,
      '/packs/association-jardins-astuces.json': jardins,
    });
    const { builtins } = await load();
    expect((await builtins.builtinPacks()).map((pack) => pack.id)).toEqual(['declic-essentials', 'jardins-astuces']);
    const installed = await builtins.installedPacks();
    expect(installed.find((entry) => entry.pack.id === 'jardins-astuces')?.source).toBe('builtin');
  });
});
