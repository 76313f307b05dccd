import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

const PREFIX = 'practice.google-drive.';
// Distributed over every key: each of this space's keys, without its prefix.
type Strip<T> = T extends `${typeof PREFIX}${infer K}` ? K : never;
type Key = Strip<MessageKey>;

/** This space's words, in the volunteer's language: Drive's own labels as Drive writes them. */
export type GdWords = (key: Key, vars?: Record<string, string | number>) => string;
export const gdWords =
  (lang: Lang): GdWords =>
  (key, vars) =>
    t(lang, `${PREFIX}${key}` as MessageKey, vars);
