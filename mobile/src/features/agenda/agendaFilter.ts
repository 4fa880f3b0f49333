import type { SessionDetails } from '../../api/generated/contracts';
import { forumDayOf } from '../../i18n/format';

export interface AgendaFilter {
  day: string;
  room: string;
  format: string;
  actionLine: string;
  sdg: string;
  query: string;
}

export const emptyFilter: AgendaFilter = { day: '', room: '', format: '', actionLine: '', sdg: '', query: '' };

/** The forum day of a session: the server's `day`, or the Geneva date of its start. */
export function dayOf(session: SessionDetails): string {
  return session.day || forumDayOf(session.start);
}

/** Case- and accent-insensitive form for matching search text. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function matches(session: SessionDetails, filter: AgendaFilter): boolean {
  if (filter.day && dayOf(session) !== filter.day) {
    return false;
  }
  if (filter.room && session.room !== filter.room) {
    return false;
  }
  if (filter.format && session.format !== filter.format) {
    return false;
  }
  if (filter.actionLine && !session.actionLines.includes(filter.actionLine)) {
    return false;
  }
  if (filter.sdg && !session.sdgs.includes(Number(filter.sdg))) {
    return false;
  }
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = fold(
      [session.title, session.description, session.room, session.track ?? '', ...session.speakers, session.id].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  }
  return true;
}

export interface TimeSlot {
  start: string;
  sessions: SessionDetails[];
}

/** Sessions grouped by start time (in order), each group ordered by room. */
export function groupByStart(sessions: readonly SessionDetails[]): TimeSlot[] {
  const sorted = [...sessions].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.room.localeCompare(b.room) || a.id.localeCompare(b.id),
  );
  const slots: TimeSlot[] = [];
  for (const session of sorted) {
    const last = slots[slots.length - 1];
    if (last && Date.parse(last.start) === Date.parse(session.start)) {
      last.sessions.push(session);
    } else {
      slots.push({ start: session.start, sessions: [session] });
    }
  }
  return slots;
}

/** The day to open on: today when the forum is on, else the first day. */
export function defaultDay(days: readonly string[], now: Date = new Date()): string {
  const today = forumDayOf(now);
  return days.includes(today) ? today : (days[0] ?? '');
}
