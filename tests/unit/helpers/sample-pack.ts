import type { Pack } from '../../../utils/packs/pack-schema';

/** A small valid pack; tests break it one field at a time. */
export function samplePack(): Pack {
  return {
    schemaVersion: 1,
    id: 'asso-test',
    version: '1.2.0',
    name: { fr: 'Astuces de test', en: 'Test tips' },
    description: { fr: 'Un paquet pour les tests.', en: 'A pack for tests.' },
    author: { name: 'Mentor' },
    licence: 'CC-BY-4.0',
    updated: '2026-11-28',
    tips: [
      {
        id: 'gmail-cci',
        tool: 'gmail',
        level: 'beginner',
        contexts: ['compose'],
        title: { fr: 'Cacher les adresses', en: 'Hide addresses' },
        body: { fr: 'Mettez les adresses en Cci.', en: 'Put addresses in Bcc.' },
        links: [{ url: 'https://support.google.com/mail/', label: { fr: 'Aide Gmail', en: 'Gmail help' } }],
        competence: '2.1',
      },
      {
        id: 'drive-share',
        tool: 'google-drive',
        level: 'intermediate',
        title: { fr: 'Partager', en: 'Share' },
        body: { fr: 'Choisissez qui peut modifier.', en: 'Choose who can edit.' },
      },
    ],
  };
}
