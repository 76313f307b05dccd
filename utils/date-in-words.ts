import { type Lang, localeOf } from './i18n';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day as people say it: « 28 novembre 2026 », "28 November 2026", never 2026-11-28. A
 * calendar day (a pack's `updated`) is the same day everywhere, so it is read and written in
 * UTC, where no time zone can move it; a moment (a timestamp) is the day it was where the
 * volunteer is. French writes the first of the month « 1er ». Anything unreadable is shown as given.
 */
export function dateInWords(lang: Lang, value: string | number): string {
  const calendarDay = typeof value === 'string';
  if (calendarDay && !ISO_DAY.test(value)) return value;
  const date = new Date(calendarDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  const format = new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    ...(calendarDay ? { timeZone: 'UTC' } : {}),
  });
  return format
    .formatToParts(date)
    .map((part) => (lang === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
