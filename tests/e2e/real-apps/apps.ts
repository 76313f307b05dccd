import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** The real applications scripts/real-apps/setup.sh installs, as apps.json describes them. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

interface Account {
  login: string;
  password: string;
  email: string;
}

export interface WordPressSite {
  host: string;
  locale: string;
  title: string;
  admin: Account;
  editor: Account;
  posts: { title: string; content: string }[];
  pages: { slug: string; title: string; content: string }[];
  media: { file: string; title: string };
}

export interface RoundcubeSite {
  host: string;
  language: string;
  productName: string;
  account: { systemUser: string; login: string; password: string };
  mails: { from: string; subject: string; body: string }[];
}

export interface EtherpadSite {
  host: string;
  pad: string;
  text: string;
}

interface Apps {
  apache: { address: string; port: number };
  wordpress: Record<Lang, WordPressSite>;
  roundcube: Record<Lang, RoundcubeSite>;
  etherpad: Record<Lang, EtherpadSite> & { version: string; address: string; port: number };
}

export const apps: Apps = JSON.parse(readFileSync(join(import.meta.dirname, 'apps.json'), 'utf8'));

export const originOf = (host: string): string => `https://${host}`;

/** Every app's origin, granted at install as an association's build would grant its own sites. */
export const grantedOrigins = (): string[] =>
  LANGS.flatMap((lang) => [apps.wordpress[lang], apps.roundcube[lang], apps.etherpad[lang]]).map(
    (site) => `${originOf(site.host)}/*`,
  );

/** The other language's account: where a test mail is sent. */
export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** Fails at once, saying what to do, when the real apps were never started on this machine. */
export function apacheAnswers(): Promise<void> {
  const { address, port } = apps.apache;
  return new Promise((resolve, reject) => {
    const socket = connect(port, address, () => {
      socket.end();
      resolve();
    });
    socket.on('error', (error) =>
      reject(
        new Error(`No real apps on ${address}:${port} (${error.message}): run scripts/real-apps/setup.sh as root`),
      ),
    );
  });
}
