import { describe, expect, it } from 'vitest';
import type { PracticeEvent } from '../../entrypoints/practice/space-api';
import { exercises as forms } from '../../entrypoints/practice/spaces/google-forms/google-forms-exercises';
import { exercises as jitsi } from '../../entrypoints/practice/spaces/jitsi-meet/jitsi-meet-exercises';
import { exercises as wordpress } from '../../entrypoints/practice/spaces/wordpress-admin/wordpress-admin-exercises';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';

const [draftFirst] = wordpress;
const [joinReady] = jitsi;
const [requiredPreview] = forms;

const saved = (title: string, status: 'draft' | 'publish'): PracticeEvent => ({
  type: 'page-saved',
  title,
  status,
  blocks: ['paragraph'],
});
const joined = (name: string, micro: boolean, micTested: boolean): PracticeEvent => ({
  type: 'joined',
  name,
  camera: true,
  micro,
  micTested,
});
const form = (emailRequired: boolean, previewed: boolean): PracticeEvent => ({
  type: 'form-changed',
  questions: [
    { title: 'Nom et prénom', kind: 'short', required: true },
    { title: 'Adresse e-mail', kind: 'short', required: emailRequired },
  ],
  previewed,
});

describe('the site, form and visio exercises', () => {
  it('have their words in both languages', () => {
    for (const exercise of [...wordpress, ...jitsi, ...forms]) {
      for (const key of Object.values(exercise.words)) {
        expect(fr).toHaveProperty([key]);
        expect(en).toHaveProperty([key]);
      }
    }
  });

  it('WordPress: a draft of « Fête de l’été » passes, however it is typed; published, it brings the hint', () => {
    expect(draftFirst?.check(saved('Fête de l’été', 'draft'))).toBe(true);
    expect(draftFirst?.check(saved("  fete de l'ete ", 'draft'))).toBe(true);
    expect(draftFirst?.check(saved('Summer party', 'draft'))).toBe(true);
    expect(draftFirst?.check(saved('Fête de l’été', 'publish'))).toBe(false);
    // Another page saved is not about this exercise.
    expect(draftFirst?.check(saved('Contact', 'publish'))).toBeNull();
    expect(draftFirst?.check(joined('Camille', true, true))).toBeNull();
  });

  it('Jitsi: joining with a name and a tested micro passes; without one of them, the hint', () => {
    expect(joinReady?.check(joined('Camille', true, true))).toBe(true);
    expect(joinReady?.check(joined('', true, true))).toBe(false);
    expect(joinReady?.check(joined('Camille', true, false))).toBe(false);
    expect(joinReady?.check(joined('Camille', false, true))).toBe(false);
    expect(joinReady?.check(saved('Fête de l’été', 'draft'))).toBeNull();
  });

  it('Google Forms: judged when the preview opens, on whether « Adresse e-mail » is required', () => {
    expect(requiredPreview?.check(form(true, true))).toBe(true);
    expect(requiredPreview?.check(form(false, true))).toBe(false);
    // Edits between previews are not judged yet.
    expect(requiredPreview?.check(form(true, false))).toBeNull();
    expect(requiredPreview?.check(form(false, false))).toBeNull();
  });
});
