import { tool as gmail } from './definitions/gmail.json';
import { tool as googleDrive } from './definitions/google-drive.json';
import { tool as nextcloud } from './definitions/nextcloud.json';
import { tool as outlook } from './definitions/outlook.json';
import { tool as wordpressAdmin } from './definitions/wordpress-admin.json';
import type { Tool } from './tool-schema';

/**
 * Every tool Déclic knows, one import line each. Only the `tool` key of each file is
 * imported so the examples stay out of the bundles. A structure test fails when a file
 * in definitions/ is missing here.
 */
export const tools = [gmail, outlook, googleDrive, wordpressAdmin, nextcloud] as Tool[];

export function toolById(id: string): Tool | undefined {
  return tools.find((tool) => tool.id === id);
}

/** Match patterns for the SaaS hosts, used as required host permissions. */
export function saasMatchPatterns(list: readonly Tool[] = tools): string[] {
  const hosts = new Set<string>();
  for (const tool of list) {
    for (const host of tool.publicInstances ?? []) hosts.add(host);
    if (tool.selfHosted) continue;
    for (const sig of tool.signatures) for (const host of sig.hosts ?? []) hosts.add(host);
  }
  return [...hosts].sort().map((host) => `https://${host}/*`);
}
