import { describe, expect, it } from 'vitest';
import { buildMatcher, normaliseWord } from '../../utils/glossary/term-matcher';

const matcher = buildMatcher([
  { id: 'piece-jointe', forms: ['pièce jointe'] },
  { id: 'adhesion', forms: ['adhésion'] },
  { id: 'cci', forms: ['Cci'] },
  { id: 'cc', forms: ['Cc'] },
  { id: 'lien-partage', forms: ['lien de partage', 'lien partagé'] },
  { id: 'telecharger', forms: ['télécharger'] },
  { id: 'double-auth', forms: ['double authentification'] },
  { id: 'email', forms: ['email', 'e-mail'] },
  { id: 'recu-fiscal', forms: ['reçu fiscal'] },
  { id: 'benevole', forms: ['bénévole'] },
  { id: 'adherent', forms: ['adhérent'] },
]);
const ids = (text: string) => matcher.find(text).map((m) => m.termId);
const spans = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('glossary term matcher', () => {
  it('handles French elision with both apostrophes', () => {
    expect(spans("Merci pour l'adhésion et d’adhésion")).toEqual(['adhésion', 'adhésion']);
  });

  it('handles plurals on every word of a term', () => {
    expect(spans('Voici les pièces jointes et la pièce jointe.')).toEqual(['pièces jointes', 'pièce jointe']);
    expect(ids('Two emails and one e-mail')).toEqual(['email', 'email']);
  });

  it('ignores case and accents, but not word boundaries', () => {
    expect(ids('TELECHARGER puis Télécharger')).toEqual(['telecharger', 'telecharger']);
    expect(ids('succinct, Ccirque, accident')).toEqual([]);
    expect(ids('Mettez-les en Cci, pas en Cc.')).toEqual(['cci', 'cc']);
  });

  it("never reads the volunteer's data as words: addresses, links, logins", () => {
    expect(ids('Écrire à adherents@asso.fr ou à benevole@asso.fr')).toEqual([]);
    expect(ids('Voir https://asso.fr/adhesion et www.asso.fr/telecharger')).toEqual([]);
    // A login is written in lower case without the word's accents; the word keeps its accents or capitals.
    expect(ids('Bonjour, benevole')).toEqual([]);
    expect(ids('Un bénévole, BENEVOLE, Benevole, un adhérent.')).toEqual([
      'benevole',
      'benevole',
      'benevole',
      'adherent',
    ]);
    // A word written without accents by every form is read as before.
    expect(ids('cci et email')).toEqual(['cci', 'email']);
  });

  it('matches several words only across spaces or hyphens, not across punctuation', () => {
    expect(ids('Activez la double-authentification.')).toEqual(['double-auth']);
    expect(ids('Le double. Authentification')).toEqual([]);
    expect(spans('Copiez le lien\u00a0de partage')).toEqual(['lien\u00a0de partage']);
  });

  it('prefers the longest term and never overlaps', () => {
    const m = buildMatcher([
      { id: 'lien', forms: ['lien'] },
      { id: 'lien-partage', forms: ['lien de partage'] },
    ]);
    expect(m.find('un lien de partage, un lien').map((x) => x.termId)).toEqual(['lien-partage', 'lien']);
  });

  it('reads a tricky French sentence', () => {
    const text = "Qu'il envoie le reçu fiscal en pièce jointe : l'adhésion, c'est validé ; les reçus fiscaux ? Non.";
    expect(ids(text)).toEqual(['recu-fiscal', 'piece-jointe', 'adhesion', 'recu-fiscal']);
  });

  it('stops at the limit', () => {
    expect(matcher.find('Cc Cc Cc Cc', 2)).toHaveLength(2);
  });

  it('normalises words the same way for terms and text', () => {
    expect(normaliseWord('Pièces')).toBe('piece');
    expect(normaliseWord('bus')).toBe('bus');
    expect(normaliseWord('Reçus')).toBe('recu');
    expect(normaliseWord('fiscaux')).toBe('fiscal');
    expect(normaliseWord('bureaux')).toBe('bureau');
  });
});
