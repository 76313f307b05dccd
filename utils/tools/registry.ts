import { tool as brevo } from './definitions/brevo.json';
import { tool as canva } from './definitions/canva.json';
import { tool as discord } from './definitions/discord.json';
import { tool as etherpad } from './definitions/etherpad.json';
import { tool as gmail } from './definitions/gmail.json';
import { tool as googleDrive } from './definitions/google-drive.json';
import { tool as jitsiMeet } from './definitions/jitsi-meet.json';
import { tool as mailchimp } from './definitions/mailchimp.json';
import { tool as mattermost } from './definitions/mattermost.json';
import { tool as nextcloud } from './definitions/nextcloud.json';
import { tool as outlook } from './definitions/outlook.json';
import { tool as slack } from './definitions/slack.json';
import { tool as teams } from './definitions/teams.json';
import { tool as trello } from './definitions/trello.json';
import { tool as wordpressAdmin } from './definitions/wordpress-admin.json';
import { tool as zoom } from './definitions/zoom.json';
import type { Tool } from './tool-schema';

/**
 * Every tool Déclic knows, one import line each. Only the `tool` key of each file is
 * imported so the examples stay out of the bundles. A structure test fails when a file
 * in definitions/ is missing here.
 */
export const tools = [
  gmail,
  outlook,
  googleDrive,
  wordpressAdmin,
  nextcloud,
  brevo,
  canva,
  discord,
  etherpad,
  jitsiMeet,
  mailchimp,
  mattermost,
  slack,
  teams,
  trello,
  zoom,
] as Tool[];

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
