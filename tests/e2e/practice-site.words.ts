import type { Page } from '@playwright/test';
import { t } from './real-apps/declic-words';

export type Lang = 'fr' | 'en';
export const space = (page: Page) => page.locator('.practice-space');

/** The imitations' own words, read from the locales as the spaces show them. */
const words = (lang: Lang) => {
  const w = (key: string) => t(lang, `practice.${key}`);
  return {
    pages: w('wordpress-admin.menu.pages'),
    addTitle: w('wordpress-admin.editor.add-title'),
    publish: w('wordpress-admin.editor.publish'),
    saveDraft: w('wordpress-admin.editor.save-draft'),
    switchToDraft: w('wordpress-admin.editor.switch-to-draft'),
    inserter: w('wordpress-admin.editor.inserter'),
    settings: w('wordpress-admin.editor.settings'),
    library: w('wordpress-admin.image.library'),
    select: w('wordpress-admin.media.select'),
    alt: w('wordpress-admin.sidebar.alt'),
    festival: lang === 'fr' ? 'Fête de l’été' : 'Summer party',
    text: lang === 'fr' ? 'Rendez-vous samedi.' : 'See you on Saturday.',
    allow: w('jitsi-meet.permission.allow'),
    name: w('jitsi-meet.enter-name'),
    audioSettings: w('jitsi-meet.audio-settings'),
    micTested: w('jitsi-meet.mic-tested'),
    join: w('jitsi-meet.join-meeting'),
    share: w('jitsi-meet.share'),
    stopShare: w('jitsi-meet.stop-share'),
    document: w('jitsi-meet.share.document'),
    shareNow: w('jitsi-meet.picker.share'),
    hangup: w('jitsi-meet.hangup'),
    rejoin: w('jitsi-meet.left.rejoin'),
    preview: w('google-forms.preview'),
    question: w('google-forms.question'),
    required: w('google-forms.required'),
    email: lang === 'fr' ? 'Adresse e-mail' : 'Email address',
    submit: w('google-forms.submit'),
    recorded: w('google-forms.recorded'),
    send: w('google-forms.send'),
    cancel: w('google-forms.cancel'),
  };
};
export const W = { fr: words('fr'), en: words('en') };
