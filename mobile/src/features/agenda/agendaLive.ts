import type { AgendaDelta, AgendaPage } from '../../api/generated/contracts';

/**
 * What a pushed agenda change does to the agenda held on screen: nothing when it is not newer, a reload when a
 * push was missed (or the server asks for one), else the changed sessions in place. Keeping the highest version
 * so ends at the server's agenda whatever order pushes arrive in.
 */
export type AgendaUpdate = { kind: 'ignore' } | { kind: 'reload' } | { kind: 'apply'; agenda: AgendaPage };

export function applyAgendaDelta(agenda: AgendaPage, delta: AgendaDelta): AgendaUpdate {
  if (delta.version <= agenda.version) {
    return { kind: 'ignore' };
  }
  if (delta.reload || agenda.version < delta.previousVersion) {
    return { kind: 'reload' };
  }
  const removed = new Set([...delta.removed, ...delta.sessions.map((s) => s.id)]);
  const sessions = [...agenda.sessions.filter((s) => !removed.has(s.id)), ...delta.sessions].sort(
    (a, b) => a.start.localeCompare(b.start) || a.room.localeCompare(b.room) || a.id.localeCompare(b.id),
  );
  const days = [...new Set(sessions.map((s) => s.day))].sort();
  const formats = [...new Set(sessions.map((s) => s.format))].sort();
  return { kind: 'apply', agenda: { ...agenda, sessions, days, formats, rooms: delta.rooms, version: delta.version } };
}
