import { browser } from 'wxt/browser';
import {
  type AssociationConfig,
  type AssociationSettings,
  type AssociationSite,
  associationConfigSchema,
} from './association-schema';

export type { AssociationConfig, AssociationSettings, AssociationSite } from './association-schema';

/** A file of the extension itself, by its path in the build (it may be absent). */
export function extensionFileUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), browser.runtime.getURL('/')).href;
}

let cached: Promise<AssociationConfig | null> | undefined;

/**
 * The association's build settings (scripts/build-association.ts writes `/association.json`),
 * read once per extension start. The ordinary Déclic has no such file and does not look for it
 * (a failed fetch would print an error in the console): that is null, not an error.
 */
export function associationConfig(): Promise<AssociationConfig | null> {
  if (!import.meta.env.DECLIC_ASSOCIATION) return Promise.resolve(null);
  cached ??= fetch(extensionFileUrl('/association.json'))
    .then((response) => (response.ok ? response.json() : null))
    .then((data: unknown) => {
      if (data === null) return null;
      const parsed = associationConfigSchema.safeParse(data);
      return parsed.success ? parsed.data : null;
    })
    .catch(() => null);
  return cached;
}

/** Default settings chosen by the association (the user's own choices still win). */
export async function associationDefaults(): Promise<AssociationSettings> {
  return (await associationConfig())?.settings ?? {};
}

/** The association's own sites, each with the tool it runs. */
export async function associationSites(): Promise<AssociationSite[]> {
  return (await associationConfig())?.sites ?? [];
}
