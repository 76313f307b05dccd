import { type Lang, type MessageKey, t } from '../../../../utils/i18n';

const PREFIX = 'practice.nextcloud.';
// Distributed over every key: each of this space's keys, without its prefix.
type Strip<T> = T extends `${typeof PREFIX}${infer K}` ? K : never;
type Key = Strip<MessageKey>;

/**
 * This space's words, in the volunteer's language: Nextcloud Files' own labels, as Nextcloud writes
 * them (apps/files, apps/files_sharing).
 */
export type NcWords = (key: Key, vars?: Record<string, string | number>) => string;
export const ncWords =
  (lang: Lang): NcWords =>
  (key, vars) =>
    t(lang, `${PREFIX}${key}` as MessageKey, vars);
