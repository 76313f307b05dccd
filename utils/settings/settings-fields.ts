import { z } from 'zod';
import { HELP_CONTACT_INVALID, isHelpContact } from '../help/help-contact';
import type { LanguageSetting } from '../i18n';

/**
 * Every setting Déclic has, declared once. Each field carries what the rest of Déclic derives
 * from it: its type and default, whether an association's policy may lock it, whether an
 * association build may set its starting value, and how the options page shows it. Types,
 * defaults, the policy and association schemas, `public/managed_schema.json`, the settings form
 * and the table in docs/deploy.md all come from here (see settings-schema.ts).
 * To add a setting: add a field here, its words in locales/ (settings.<name>.*), and use it.
 */
export interface SettingField<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.infer<S>;
  /** An association's policy may fix it for everyone (lockedSettings). */
  lockable: boolean;
  /** An association build may choose its starting value (association.json `settings`). */
  association: boolean;
  /** How the options page shows it; absent: managed elsewhere (a list with its own section). */
  form?: {
    /** `text`: a field checked by the schema, saved with a button, its error said in plain words. */
    kind: 'select' | 'choice' | 'switch' | 'text';
    /** A boolean setting that must be on for this one to show. */
    shownWhen?: string;
    /** Each choice is shown as a sample of itself (class `style-<choice>` in page.css). */
    samples?: boolean;
  };
  /** What docs/deploy.md says a value may be, for a setting that is not a list of choices. */
  values?: string;
}

// `const` keeps each field's literal flags (lockable: true…), from which the types are derived.
/** A volunteer's level; tips say which level they are for (a pack's `level`). */
export const levels = ['beginner', 'intermediate'] as const;

const field = <const F extends SettingField>(spec: F & SettingField<F['schema']>): F => spec;

/** A site key: `https://host` (see site-of.ts), as "turn off on this site" stores it. */
const siteKey = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/\s]+$/);

export const settingFields = {
  language: field({
    schema: z.enum(['auto', 'fr', 'en'] as const satisfies readonly LanguageSetting[]),
    default: 'auto',
    lockable: true,
    association: true,
    form: { kind: 'select' },
  }),
  level: field({
    schema: z.enum(levels),
    default: 'beginner',
    lockable: true,
    association: true,
    form: { kind: 'choice' },
  }),
  coachEnabled: field({
    schema: z.boolean(),
    default: true,
    lockable: true,
    association: true,
    form: { kind: 'switch' },
  }),
  /** Mark the page's jargon and explain it (the glossary). */
  glossary: field({ schema: z.boolean(), default: true, lockable: true, association: true, form: { kind: 'switch' } }),
  /** How marked words look: a dotted underline (discreet), or stronger marks for low vision. */
  glossaryStyle: field({
    schema: z.enum(['dotted', 'tinted', 'bold']),
    default: 'dotted',
    lockable: true,
    association: true,
    form: { kind: 'choice', shownWhen: 'glossary', samples: true },
  }),
  /** Who the volunteer can ask for help (a mentor, the association): the panel's "Ask for help". */
  helpContact: field({
    schema: z.string().trim().max(200).refine(isHelpContact, HELP_CONTACT_INVALID),
    default: '',
    lockable: true,
    association: true,
    form: { kind: 'text' },
    values: 'an e-mail address, a phone number or an `https://` page; `""`: nobody',
  }),
  /** Sites where the volunteer turned Déclic off (the popup's switch). */
  disabledSites: field({
    schema: z.array(siteKey).max(500),
    default: [] as string[],
    lockable: false,
    association: false,
  }),
};

export type SettingName = keyof typeof settingFields;
/** A field seen through the common interface (its literal flags aside). */
export const fieldOf = (name: SettingName): SettingField => settingFields[name] as SettingField;
export const settingNames = Object.keys(settingFields) as SettingName[];
