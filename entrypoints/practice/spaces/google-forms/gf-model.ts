import type { Lang } from '../../../../utils/i18n';

/** Google Forms' question types a volunteer meets first, by the key of their name. */
export const KINDS = ['short', 'paragraph', 'choice', 'checkbox', 'dropdown', 'date'] as const;
export type Kind = (typeof KINDS)[number];
export const hasOptions = (kind: Kind) => kind === 'choice' || kind === 'checkbox' || kind === 'dropdown';

export interface Question {
  id: number;
  title: string;
  kind: Kind;
  required: boolean;
  options: string[];
}

export interface Form {
  title: string;
  description: string;
  questions: Question[];
}

let nextId = 1;
export const question = (title: string, kind: Kind, options: string[] = [], required = false): Question => ({
  id: nextId++,
  title,
  kind,
  required,
  options,
});

/** The form as the practice opens it: a new form already holding three questions to check. */
export const seedForm = (lang: Lang, untitled: string): Form =>
  lang === 'fr'
    ? {
        title: untitled,
        description: 'Inscription à la fête du quartier, le samedi 27 juin.',
        questions: [
          question('Nom et prénom', 'short', [], true),
          question('Adresse e-mail', 'short'),
          question('Viendrez-vous à la fête\u202f?', 'choice', ['Oui', 'Non', 'Peut-être']),
        ],
      }
    : {
        title: untitled,
        description: 'Sign-up for the neighbourhood party, Saturday 27 June.',
        questions: [
          question('Full name', 'short', [], true),
          question('Email address', 'short'),
          question('Will you come to the party?', 'choice', ['Yes', 'No', 'Maybe']),
        ],
      };

/** What the practice page is told: the questions as they are now, and whether this is the preview opening. */
export const summary = (form: Form, previewed: boolean) => ({
  type: 'form-changed' as const,
  questions: form.questions.map(({ title, kind, required }) => ({ title, kind, required })),
  previewed,
});
