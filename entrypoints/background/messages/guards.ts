import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import { toolById } from '../../../utils/tools/registry';
import { contextIds } from '../../../utils/tools/tool-schema';
import { surfaceIds } from '../surfaces/table';

/**
 * Content scripts run inside pages we do not control: every message they send is checked for
 * its origin (our own extension, a tab's frame) and its shape. Pages of Déclic itself (options,
 * popup) may ask for more, and are told apart by their address.
 */
export const detectionReportSchema = z.strictObject({
  toolId: z
    .string()
    .max(60)
    .refine((id) => toolById(id) !== undefined)
    .nullable(),
  contextId: z.enum(contextIds).nullable(),
  loaded: z.array(z.enum(surfaceIds as [string, ...string[]])).max(surfaceIds.length),
  first: z.boolean(),
});

/** `packId/itemId`, as every tip, word and guide is keyed. */
export const itemKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(130);
export const tipStatusSchema = z.strictObject({ key: itemKeySchema, status: z.enum(['got-it', 'hidden']).nullable() });
export const keySchema = z.strictObject({ key: itemKeySchema });
/** A tip's key, or a guide's key and a step number (`packId/guideId#2`). */
export const feedbackSchema = z.strictObject({
  key: z.union([
    itemKeySchema,
    z
      .string()
      .max(140)
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+#[1-9]\d?$/),
  ]),
  verdict: z.enum(['helped', 'unclear']).nullable(),
});
export const guideStepSchema = z.strictObject({
  key: itemKeySchema,
  step: z.number().int().min(0).max(50),
  acted: z.boolean().optional(),
});
export const guideEndSchema = z.strictObject({ key: itemKeySchema, finished: z.boolean() });

export interface TabSender {
  tabId: number;
  frameId: number;
  url: string;
}

type Sender = Browser.runtime.MessageSender;

/** This extension: its id, and the address its own pages start with. */
export interface Self {
  id: string;
  base: string;
}
export const self = (): Self => ({ id: browser.runtime.id, base: browser.runtime.getURL('/') });

/** A content script of this extension in a tab (its top frame unless `anyFrame`), or null. */
export function tabSender(sender: Sender, me: Self, anyFrame = false): TabSender | null {
  if (sender.id !== me.id) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (typeof tabId !== 'number' || tabId < 0 || (!anyFrame && frameId !== 0)) return null;
  const url = sender.url ?? sender.tab?.url;
  // One of Déclic's own pages open in a tab is not a content script.
  if (!url || url.startsWith(me.base)) return null;
  return { tabId, frameId, url };
}

/** One of Déclic's own pages (options, popup, welcome): their address is the extension's own. */
export function pageSender(sender: Sender, me: Self): boolean {
  return sender.id === me.id && typeof sender.url === 'string' && sender.url.startsWith(me.base);
}
