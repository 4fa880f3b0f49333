import { describe, expect, it } from 'vitest';
import type { SessionDetails } from '../../api/generated/contracts';
import { defaultDay, emptyFilter, groupByStart, matches } from './agendaFilter';

function session(id: string, change: Partial<SessionDetails> = {}): SessionDetails {
  return {
    id,
    title: 'Cybersécurité pour tous',
    description: 'Trust and security',
    format: 'ThematicWorkshop',
    room: 'Room K',
    start: '2025-07-08T09:00:00+02:00',
    end: '2025-07-08T09:45:00+02:00',
    actionLines: ['C5'],
    sdgs: [9, 16],
    track: null,
    speakers: ['Amina Diallo'],
    moderatorIds: [],
    questionMode: 'Open',
    status: 'Scheduled',
    day: '2025-07-08',
    ...change,
  };
}

describe('agenda filter', () => {
  it('matches day, room, format, action line and SDG', () => {
    const s = session('s1');
    expect(matches(s, { ...emptyFilter, day: '2025-07-08', room: 'Room K', format: 'ThematicWorkshop', actionLine: 'C5', sdg: '16' })).toBe(true);
    expect(matches(s, { ...emptyFilter, day: '2025-07-09' })).toBe(false);
    expect(matches(s, { ...emptyFilter, actionLine: 'C1' })).toBe(false);
    expect(matches(s, { ...emptyFilter, sdg: '3' })).toBe(false);
  });

  it('searches every word, ignoring case and accents, in title, speakers and description', () => {
    const s = session('s1');
    expect(matches(s, { ...emptyFilter, query: 'cybersecurite diallo' })).toBe(true);
    expect(matches(s, { ...emptyFilter, query: 'cybersecurite smith' })).toBe(false);
  });

  it('groups by start time, rooms in order', () => {
    const slots = groupByStart([
      session('b', { room: 'Room B', start: '2025-07-08T10:00:00+02:00' }),
      session('a', { room: 'Room A', start: '2025-07-08T10:00:00+02:00' }),
      session('c', { start: '2025-07-08T09:00:00+02:00' }),
    ]);
    expect(slots.map((slot) => slot.sessions.map((s) => s.id))).toEqual([['c'], ['a', 'b']]);
  });

  it('opens on today during the forum, else on its first day', () => {
    const days = ['2025-07-07', '2025-07-08'];
    expect(defaultDay(days, new Date('2025-07-08T10:00:00+02:00'))).toBe('2025-07-08');
    expect(defaultDay(days, new Date('2025-08-01T10:00:00+02:00'))).toBe('2025-07-07');
  });
});
