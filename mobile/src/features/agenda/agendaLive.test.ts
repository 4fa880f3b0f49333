import { describe, expect, it } from 'vitest';
import type { AgendaPage, SessionDetails } from '../../api/generated/contracts';
import { applyAgendaDelta } from './agendaLive';

const session = (id: string, start: string, title = id): SessionDetails => ({
  id, title, description: '', format: 'ThematicWorkshop', room: 'Room A', start, end: start, actionLines: [], sdgs: [], track: null,
  speakers: [], moderatorIds: [], questionMode: 'Open', status: 'Scheduled', day: start.slice(0, 10),
});

const agenda: AgendaPage = {
  sessions: [session('a', '2026-07-06T09:00:00+02:00'), session('b', '2026-07-06T11:00:00+02:00')],
  days: ['2026-07-06'], rooms: ['Room A'], formats: ['ThematicWorkshop'], version: 5,
};

describe('live agenda', () => {
  it('applies a push that follows the held version, moving, renaming and removing in place', () => {
    const update = applyAgendaDelta(agenda, {
      version: 7, previousVersion: 5, sessions: [session('b', '2026-07-07T09:00:00+02:00', 'Renamed'), session('c', '2026-07-06T10:00:00+02:00')],
      removed: ['a'], rooms: ['Room A', 'Room K'], reload: false,
    });
    expect(update.kind).toBe('apply');
    if (update.kind === 'apply') {
      expect(update.agenda.sessions.map((s) => `${s.id}:${s.title}`)).toEqual(['c:c', 'b:Renamed']);
      expect(update.agenda.days).toEqual(['2026-07-06', '2026-07-07']);
      expect(update.agenda.version).toBe(7);
      expect(update.agenda.rooms).toEqual(['Room A', 'Room K']);
    }
  });

  it('ignores a push it already has', () => {
    expect(applyAgendaDelta(agenda, { version: 5, previousVersion: 3, sessions: [], removed: ['a'], rooms: [], reload: false }).kind).toBe('ignore');
  });

  it('reloads after a missed push, or when told to', () => {
    expect(applyAgendaDelta(agenda, { version: 9, previousVersion: 7, sessions: [], removed: [], rooms: [], reload: false }).kind).toBe('reload');
    expect(applyAgendaDelta(agenda, { version: 6, previousVersion: 5, sessions: [], removed: [], rooms: [], reload: true }).kind).toBe('reload');
  });
});
