import { currentLocale } from './index';

/** The forum runs in Geneva; every time on the agenda is shown in this zone. */
export const forumTimeZone = 'Europe/Zurich';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone = forumTimeZone): Intl.DateTimeFormat {
  const locale = currentLocale();
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, found);
  }
  return found;
}

const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "09:30" in Geneva time. */
export function formatTime(iso: string): string {
  return formatter(timeOptions).format(new Date(iso));
}

/** "09:30–10:45" in Geneva time, with the locale's range punctuation. */
export function formatTimeRange(startIso: string, endIso: string): string {
  return formatter(timeOptions).formatRange(new Date(startIso), new Date(endIso));
}

/** The same range in the browser's own zone, or null when that zone shows the same clock as Geneva. */
export function formatLocalTimeRange(startIso: string, endIso: string): string | null {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = new Date(startIso);
  const local = formatter(timeOptions, own);
  if (local.format(start) === formatter(timeOptions).format(start)) {
    return null;
  }
  const withZone = formatter({ ...timeOptions, timeZoneName: 'short' }, own);
  return `${local.formatRange(start, new Date(endIso))} (${zoneName(withZone, start)})`;
}

/** A forum day ("2025-07-08") as a short tab label: weekday and date. */
export function formatDayParts(day: string): { weekday: string; date: string } {
  const noon = dayAtNoon(day);
  return {
    weekday: formatter({ weekday: 'short' }).format(noon),
    date: formatter({ day: 'numeric', month: 'short' }).format(noon),
  };
}

/** "Tuesday 8 July 2025". */
export function formatLongDate(dayOrIso: string): string {
  const date = dayOrIso.length === 10 ? dayAtNoon(dayOrIso) : new Date(dayOrIso);
  return formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The calendar date of an instant in Geneva, "yyyy-MM-dd". */
export function forumDayOf(iso: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: forumTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function dayAtNoon(day: string): Date {
  // Noon UTC falls on the same calendar day in Geneva, summer or winter.
  return new Date(`${day}T12:00:00Z`);
}

function zoneName(format: Intl.DateTimeFormat, date: Date): string {
  return format.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** "8 Jul, 09:30" in Geneva time: when a contact was made or a request sent. */
export function formatDateTime(iso: string): string {
  return formatter({ day: 'numeric', month: 'short', ...timeOptions }).format(new Date(iso));
}

/** A message's time: "09:30" today, else "8 Jul, 09:30" (Geneva time). */
export function formatMessageTime(iso: string, now: Date = new Date()): string {
  return forumDayOf(iso) === forumDayOf(now) ? formatTime(iso) : formatDateTime(iso);
}
