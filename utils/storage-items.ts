import { storage } from 'wxt/utils/storage';
import type { LanguageSetting } from './i18n';
import type { Level } from './packs/pack-schema';

/**
 * Typed, versioned storage items. A change of shape bumps `version` and adds a
 * migration, so data written by an older Déclic still loads.
 */
export interface Settings {
  language: LanguageSetting;
  level: Level;
  coachEnabled: boolean;
  /** Mark the page's jargon and explain it (the glossary). */
  glossary: boolean;
  /** How marked words look: a dotted underline (discreet), or a stronger tint for low vision. */
  glossaryStyle: GlossaryStyle;
  /** Origins (https://host) where the user turned Déclic off. */
  disabledSites: string[];
}

export const glossaryStyles = ['dotted', 'tinted', 'bold'] as const;
export type GlossaryStyle = (typeof glossaryStyles)[number];

export const defaultSettings: Settings = {
  language: 'auto',
  level: 'beginner',
  coachEnabled: true,
  glossary: true,
  glossaryStyle: 'dotted',
  disabledSites: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

/** Settings with defaults filled in, so a field added by a later version is never missing. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...defaultSettings, ...(stored ?? {}) };
}

export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export type TipStatus = 'got-it' | 'hidden';

/** Version 2 adds when the choice was made (for "what I have learned"); version 1 kept the status only. */
export interface TipState {
  status: TipStatus;
  at: number;
}

/** The user's choice per tip, keyed by `packId/tipId` so it survives pack updates. */
export const tipStatesItem = storage.defineItem<Record<string, TipState>>('local:tipStates', {
  fallback: {},
  version: 2,
  migrations: {
    2: (v1: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(v1 ?? {}).flatMap(([key, status]) =>
          status === 'got-it' || status === 'hidden' ? [[key, { status, at: 0 }]] : [],
        ),
      ),
  },
});

export const tipKey = (packId: string, tipId: string) => `${packId}/${tipId}`;

export async function setTipStatus(key: string, status: TipStatus | null): Promise<void> {
  const states = { ...(await tipStatesItem.getValue()) };
  if (status) states[key] = { status, at: Date.now() };
  else delete states[key];
  await tipStatesItem.setValue(states);
}

/** Words the user said they know ("I know this word"), keyed by `packId/termId`. */
export const knownTermsItem = storage.defineItem<Record<string, { at: number }>>('local:knownTerms', {
  fallback: {},
  version: 1,
});

/** "Explain it again on pages": the word is marked and explained again. */
export async function forgetKnownTerm(key: string): Promise<void> {
  const { [key]: _dropped, ...rest } = await knownTermsItem.getValue();
  await knownTermsItem.setValue(rest);
}

/** Where the user is in each guide, keyed by `packId/guideId`; `done` once finished (learned). */
export interface GuideProgress {
  step: number;
  done: boolean;
  at: number;
}

export const guideProgressItem = storage.defineItem<Record<string, GuideProgress>>('local:guideProgress', {
  fallback: {},
  version: 1,
});

export async function setGuideProgress(key: string, progress: GuideProgress | null): Promise<void> {
  const all = { ...(await guideProgressItem.getValue()) };
  if (progress) all[key] = progress;
  else delete all[key];
  await guideProgressItem.setValue(all);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** The site key used for "turn off on this site". */
export function siteOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}
