import { forumTimeZone } from '../../i18n/format';

/** "2026-07-06T09:00" in Geneva for an instant (the value of a datetime-local field). */
export function toForumLocal(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: forumTimeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The ISO instant, with Geneva's offset on that day, of a datetime-local value read as Geneva time. */
export function fromForumLocal(local: string): string {
  const guess = new Date(`${local}:00Z`);
  const offset = offsetMinutes(guess);
  const instant = new Date(guess.getTime() - offset * 60_000);
  const exact = offsetMinutes(instant);
  const sign = exact >= 0 ? '+' : '-';
  const abs = Math.abs(exact);
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function offsetMinutes(date: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: forumTimeZone, timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
