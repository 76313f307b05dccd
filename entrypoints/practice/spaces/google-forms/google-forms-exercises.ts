import { normalise } from '../../../../utils/anchors/accessible-name';
import type { Exercise } from '../../space-api';

/** The question the exercise is about, as each language's form names it. */
const EMAIL = ['Adresse e-mail', 'Email address'];

export const exercises: Exercise[] = [
  {
    id: 'google-forms-required-preview',
    words: {
      task: 'practice.google-forms.exercise.required.task',
      done: 'practice.google-forms.exercise.required.done',
      hint: 'practice.google-forms.exercise.required.hint',
    },
    // Judged when the preview opens: that is when the volunteer checks the form as members see it.
    check: (event) => {
      if (event.type !== 'form-changed' || !event.previewed) return null;
      const email = event.questions.find((q) => EMAIL.some((title) => normalise(q.title) === normalise(title)));
      return !!email?.required;
    },
  },
];
