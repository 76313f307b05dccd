import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import { toolById } from '../../utils/tools/registry';
import { contextIds } from '../../utils/tools/tool-schema';

/**
 * Content scripts run inside pages we do not control: every message they send is
 * checked for its origin (our own extension, a tab's top frame) and its shape.
 */
export const detectionReportSchema = z.strictObject({
  toolId: z
    .string()
    .max(60)
    .refine((id) => toolById(id) !== undefined)
    .nullable(),
  contextId: z.enum(contextIds).nullable(),
});

export interface TabSender {
  tabId: number;
  url: string;
}

/** A top-frame content script of this extension, or null. */
export function tabSender(sender: Browser.runtime.MessageSender, extensionId: string): TabSender | null {
  if (sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const url = sender.url ?? sender.tab?.url;
  return url ? { tabId, url } : null;
}
