import { z } from 'zod';
import { associationSettingsSchema } from '../settings/settings-schema';
import { toolById } from '../tools/registry';
import { kebabId } from '../tools/tool-schema';

/**
 * An association build: Déclic with the association's own sites granted in the manifest, its
 * packs built in and its default settings. The admin writes `association.json`; the build
 * checks it here and ships the checked copy (see scripts/association-build-config.ts).
 * Custom messages are i18n keys (association.error.*, or error.* shared with packs).
 */

/** `https://cloud.example.org`: https only, a plain host name, no port, nothing after it. */
export const associationOrigin = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    const trimmed = value.trim().replace(/\/$/, '');
    let url: URL | undefined;
    try {
      url = new URL(trimmed);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'association.error.https' });
      return z.NEVER;
    }
    if (url.origin !== trimmed.toLowerCase() || url.port || !/^([a-z0-9-]+\.)+[a-z0-9-]+$/.test(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'association.error.origin' });
      return z.NEVER;
    }
    return url.origin;
  });

export const associationSite = z.strictObject({
  origin: associationOrigin,
  tool: z.string().refine((id) => toolById(id) !== undefined, 'association.error.tool'),
});

/** Default settings: volunteers can still change them (locking is the managed policy's job). */
export const associationSettings = associationSettingsSchema;

/** The file the admin writes. Pack paths are relative to it. */
export const associationConfigFile = z.strictObject({
  id: kebabId.max(40),
  name: z.string().trim().min(1).max(80),
  sites: z.array(associationSite).max(100).default([]),
  packs: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  settings: associationSettings.default({}),
});
export type AssociationConfigFile = z.infer<typeof associationConfigFile>;

/** What the build ships as `/association.json`: the same minus file paths, plus the pack files. */
export const associationConfigSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1).max(80),
  sites: z.array(associationSite).max(100),
  settings: associationSettings,
  packFiles: z.array(z.string().regex(/^\/packs\/association-[a-z0-9-]+\.json$/)).max(20),
});
export type AssociationConfig = z.infer<typeof associationConfigSchema>;
export type { AssociationSettings } from '../settings/settings-schema';
export type AssociationSite = z.infer<typeof associationSite>;

/** Where a pack is copied in the build. */
export const associationPackFile = (packId: string) => `/packs/association-${packId}.json`;
