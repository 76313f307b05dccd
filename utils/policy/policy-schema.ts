import { z } from 'zod';
import { levels } from '../packs/pack-schema';
import { glossaryStyles } from '../storage-items';
import { toolById } from '../tools/registry';
import { toolCategories } from '../tools/tool-schema';

/**
 * What an association's admin may set through the browser's policies (Chrome's
 * `3rdparty.extensions.<id>`, Firefox's `3rdparty.Extensions.<id>`), read from
 * `storage.managed`. The browser already drops values of the wrong JSON type (see
 * public/managed_schema.json); what is left is checked here, one key at a time, so one bad
 * value never throws away the rest.
 */
const httpsUrl = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'policy.note.https');

const origin = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'policy.note.origin')
  .transform((value) => value.replace(/\/$/, ''));

export const policyKeys = {
  lockedSettings: z.strictObject({
    language: z.enum(['auto', 'fr', 'en']).optional(),
    level: z.enum(levels).optional(),
    coachEnabled: z.boolean().optional(),
    glossary: z.boolean().optional(),
    glossaryStyle: z.enum(glossaryStyles).optional(),
    categories: z.partialRecord(z.enum(toolCategories), z.boolean()).optional(),
  }),
  packs: z.array(z.unknown()).max(20),
  allowUserPacks: z.boolean(),
  allowedPackSources: z.array(httpsUrl).max(50),
  sharedComputer: z.boolean(),
  idleResetMinutes: z.number().int().min(5, 'policy.note.idle').max(1440, 'policy.note.idle'),
  sites: z.array(z.unknown()).max(100),
} as const;

/** Lists are checked item by item: one bad address leaves the others in force. */
const policyItems = {
  packs: z.strictObject({ url: httpsUrl, mirrors: z.array(httpsUrl).max(5).optional() }),
  sites: z.strictObject({
    origin,
    tool: z.string().refine((id) => toolById(id) !== undefined, 'policy.note.tool'),
  }),
};
export type PolicyPack = z.infer<typeof policyItems.packs>;
export type PolicySite = z.infer<typeof policyItems.sites>;

type Keys = typeof policyKeys;
export type Policy = { [K in Exclude<keyof Keys, keyof typeof policyItems>]?: z.infer<Keys[K]> } & {
  packs?: PolicyPack[];
  sites?: PolicySite[];
};
export type PolicyKey = keyof Keys;

/** A policy value that was set but could not be used: shown in the options page, never fatal. */
export interface PolicyNote {
  key: string;
  /** An i18n key (policy.note.*). */
  problem: string;
}

export function parsePolicy(raw: unknown): { policy: Policy; notes: PolicyNote[] } {
  const policy: Policy = {};
  const notes: PolicyNote[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { policy, notes };
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(policyKeys, key)) {
      notes.push({ key, problem: 'policy.note.unknown' });
      continue;
    }
    const parsed = policyKeys[key as PolicyKey].safeParse(record[key]);
    if (!parsed.success) {
      notes.push(noteOf(key, parsed.error.issues[0]));
      continue;
    }
    if (key === 'packs' || key === 'sites') {
      const items: unknown[] = [];
      (parsed.data as unknown[]).forEach((item, index) => {
        const one = policyItems[key].safeParse(item);
        if (one.success) items.push(one.data);
        else notes.push(noteOf(`${key}.${index}`, one.error.issues[0]));
      });
      (policy as Record<string, unknown>)[key] = items;
    } else {
      (policy as Record<string, unknown>)[key] = parsed.data;
    }
  }
  return { policy, notes };
}

function noteOf(key: string, issue: z.core.$ZodIssue | undefined): PolicyNote {
  const where = [key, ...(issue?.path ?? [])].join('.');
  const problem = issue?.message.startsWith('policy.note.') ? issue.message : 'policy.note.invalid';
  return { key: where, problem };
}
