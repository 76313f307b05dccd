import { tool as assoconnect } from './definitions/assoconnect.json';
import { tool as brevo } from './definitions/brevo.json';
import { tool as canva } from './definitions/canva.json';
import { tool as discord } from './definitions/discord.json';
import { tool as dropbox } from './definitions/dropbox.json';
import { tool as drupalAdmin } from './definitions/drupal-admin.json';
import { tool as etherpad } from './definitions/etherpad.json';
import { tool as framadate } from './definitions/framadate.json';
import { tool as framaforms } from './definitions/framaforms.json';
import { tool as framalistes } from './definitions/framalistes.json';
import { tool as gmail } from './definitions/gmail.json';
import { tool as googleCalendar } from './definitions/google-calendar.json';
import { tool as googleDocs } from './definitions/google-docs.json';
import { tool as googleDrive } from './definitions/google-drive.json';
import { tool as googleForms } from './definitions/google-forms.json';
import { tool as googleGroups } from './definitions/google-groups.json';
import { tool as googleMeet } from './definitions/google-meet.json';
import { tool as googleSheets } from './definitions/google-sheets.json';
import { tool as googleSlides } from './definitions/google-slides.json';
import { tool as helloasso } from './definitions/helloasso.json';
import { tool as jitsiMeet } from './definitions/jitsi-meet.json';
import { tool as joomlaAdmin } from './definitions/joomla-admin.json';
import { tool as leCompteAsso } from './definitions/le-compte-asso.json';
import { tool as mailchimp } from './definitions/mailchimp.json';
import { tool as mattermost } from './definitions/mattermost.json';
import { tool as nextcloud } from './definitions/nextcloud.json';
import { tool as nextcloudCalendar } from './definitions/nextcloud-calendar.json';
import { tool as nextcloudDeck } from './definitions/nextcloud-deck.json';
import { tool as nextcloudForms } from './definitions/nextcloud-forms.json';
import { tool as nextcloudTalk } from './definitions/nextcloud-talk.json';
import { tool as onedrive } from './definitions/onedrive.json';
import { tool as outlook } from './definitions/outlook.json';
import { tool as paheko } from './definitions/paheko.json';
import { tool as protonMail } from './definitions/proton-mail.json';
import { tool as roundcube } from './definitions/roundcube.json';
import { tool as slack } from './definitions/slack.json';
import { tool as sogo } from './definitions/sogo.json';
import { tool as squarespace } from './definitions/squarespace.json';
import { tool as teams } from './definitions/teams.json';
import { tool as trello } from './definitions/trello.json';
import { tool as wix } from './definitions/wix.json';
import { tool as wordpressAdmin } from './definitions/wordpress-admin.json';
import { tool as wordpressCom } from './definitions/wordpress-com.json';
import { tool as zimbra } from './definitions/zimbra.json';
import { tool as zoom } from './definitions/zoom.json';
import type { Tool } from './tool-schema';

/**
 * Every tool Déclic knows, one import line each, in alphabetical order of id (a test keeps it
 * so; `npm run new:tool -- <id>` adds one in its place). The order decides nothing: equal scores
 * go to the tool's `priority`, then to its id. Only the `tool` key of each file is imported so the
 * examples stay out of the bundles. A structure test fails when a file in definitions/ is missing here.
 */
export const tools = [
  assoconnect,
  brevo,
  canva,
  discord,
  dropbox,
  drupalAdmin,
  etherpad,
  framadate,
  framaforms,
  framalistes,
  gmail,
  googleCalendar,
  googleDocs,
  googleDrive,
  googleForms,
  googleGroups,
  googleMeet,
  googleSheets,
  googleSlides,
  helloasso,
  jitsiMeet,
  joomlaAdmin,
  leCompteAsso,
  mailchimp,
  mattermost,
  nextcloud,
  nextcloudCalendar,
  nextcloudDeck,
  nextcloudForms,
  nextcloudTalk,
  onedrive,
  outlook,
  paheko,
  protonMail,
  roundcube,
  slack,
  sogo,
  squarespace,
  teams,
  trello,
  wix,
  wordpressAdmin,
  wordpressCom,
  zimbra,
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
