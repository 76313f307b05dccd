import { describe, expect, it } from 'vitest';
import { parseHelpContact } from '../../utils/help/help-contact';
import { helpHref, helpMessage, pageAddress } from '../../utils/help/help-request';

describe('the request for help', () => {
  const email = parseHelpContact('marie@asso.example.org');
  const base = { tool: 'Gmail', page: 'https://mail.google.com/mail/u/0/' };

  it('keeps only where the page is: no query, no fragment', () => {
    expect(pageAddress('https://mail.google.com/mail/u/0/?ui=2#inbox/FMfcgz')).toBe(
      'https://mail.google.com/mail/u/0/',
    );
    expect(pageAddress('not a url')).toBe('');
    expect(pageAddress('about:blank')).toBe('');
  });

  it('writes a polite e-mail in French, with the guide step, encoded for a mailto: link', () => {
    const about = { kind: 'step', guide: 'Envoyer un fichier', n: 2, total: 4 } as const;
    const href = helpHref(email!, { ...base, lang: 'fr', about });
    expect(href.startsWith('mailto:marie@asso.example.org?subject=')).toBe(true);
    // RFC 6068: spaces as %20 (never +), line breaks as %0D%0A, nothing left unencoded.
    expect(href).not.toMatch(/[\s+«»’]/);
    expect(href).toContain('%0D%0A');
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Besoin d’aide avec Gmail');
    expect(url.searchParams.get('body')).toBe(
      [
        'Bonjour,',
        '',
        'Pourriez-vous m’aider, s’il vous plaît\u202f? J’utilise Gmail.',
        'La page\u202f: https://mail.google.com/mail/u/0/',
        'J’en suis à l’étape 2 sur 4 du guide «\u202fEnvoyer un fichier\u202f».',
        '',
        'Merci beaucoup\u202f!',
      ].join('\r\n'),
    );
  });

  it('writes it in English, naming the tip that was not clear; an & in a title cannot cut the body', () => {
    const about = { kind: 'tip', title: 'Bcc & Cc' } as const;
    const { subject, body } = helpMessage({ ...base, lang: 'en', about });
    expect(subject).toBe('I need help with Gmail');
    expect(body.split('\r\n')).toEqual([
      'Hello,',
      '',
      'Could you help me, please? I am using Gmail.',
      'The page: https://mail.google.com/mail/u/0/',
      'The tip “Bcc & Cc” was not clear to me.',
      '',
      'Thank you very much!',
    ]);
    const url = new URL(helpHref(email!, { ...base, lang: 'en', about }));
    expect(url.searchParams.get('body')).toBe(body);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('calls a phone number, or opens a web page as it is', () => {
    const request = { ...base, lang: 'en', about: null } as const;
    expect(helpHref(parseHelpContact('+33 6 12 34 56 78')!, request)).toBe('tel:+33612345678');
    expect(helpHref(parseHelpContact('https://asso.example.org/aide')!, request)).toBe('https://asso.example.org/aide');
  });
});
