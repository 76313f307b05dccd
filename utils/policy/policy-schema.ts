import { z } from 'zod';
import { lockedSettingsShape } from '../settings/settings-schema';
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

/** Each key with the sentence the generated managed_schema.json gives it (for admins' tools). */
export const policyKeys = {
  // The lockable settings come from settings-fields.ts; categories are the policy's own.
  lockedSettings: z
    .strictObject({
      ...lockedSettingsShape,
      categories: z
        .partialRecord(z.enum(toolCategories), z.boolean())
        .optional()
        .describe('Coach on (true) or off (false) per kind of tool.'),
    })
    .describe('Settings the association fixes; volunteers see them as locked.'),
  packs: z
    .array(z.unknown())
    .max(20)
    .describe('Tip packs to install for everyone (https addresses, with optional mirrors).'),
  allowUserPacks: z.boolean().describe('Whether volunteers may add and remove tip packs themselves (default true).'),
  allowedPackSources: z
    .array(httpsUrl)
    .max(50)
    .describe('Addresses packs may be downloaded from (beginnings of https URLs).'),
  sharedComputer: z
    .boolean()
    .describe("Forget each volunteer's progress at browser start, on 'Next volunteer' and when idle."),
  idleResetMinutes: z
    .number()
    .int()
    .min(5, 'policy.note.idle')
    .max(1440, 'policy.note.idle')
    .describe('Minutes without use before a shared computer starts fresh (5 to 1440).'),
  sites: z.array(z.unknown()).max(100).describe("The association's own sites to coach, with the tool each one runs."),
} as const;

/** Lists are checked item by item: one bad address leaves the others in force. */
export const policyItems = {
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
