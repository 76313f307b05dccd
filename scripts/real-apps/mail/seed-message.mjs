// Prints seed mail N of a language's Roundcube account as an RFC 5322 message (UTF-8 text):
//   node seed-message.mjs <apps.json> <fr|en> <index>
// Its Message-ID names it, so the setup can tell whether it was already delivered.
import { readFileSync } from 'node:fs';

const [appsFile, lang, index] = process.argv.slice(2);
const account = JSON.parse(readFileSync(appsFile, 'utf8')).roundcube[lang];
const mail = account.mails[Number(index)];
if (!mail) process.exit(3);
const encoded = (text) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
const [, name, address] = /^(.*) <(.*)>$/.exec(mail.from);
// The oldest first, a day apart, ending yesterday: an inbox that looks lived in.
const date = new Date(Date.now() - (account.mails.length - Number(index)) * 86_400_000);
process.stdout.write(
  [
    `From: ${encoded(name)} <${address}>`,
    `To: ${account.account.login}`,
    `Subject: ${encoded(mail.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <seed-${index}.${account.account.systemUser}@declic-real-apps.invalid>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    mail.body,
    '',
  ].join('\r\n'),
);
