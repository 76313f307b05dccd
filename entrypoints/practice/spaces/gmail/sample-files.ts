import type { MessageKey } from '../../../../utils/i18n';

/** The pretend computer's documents: only their names exist, nothing is read or sent. */
export const SAMPLE_FILES: { key: MessageKey; kilobytes: number }[] = [
  { key: 'practice.gmail.picker.file.minutes', kilobytes: 182 },
  { key: 'practice.gmail.picker.file.poster', kilobytes: 1240 },
  { key: 'practice.gmail.picker.file.budget', kilobytes: 24 },
  { key: 'practice.gmail.picker.file.form', kilobytes: 36 },
];
