import { describe, expect, it } from 'vitest';
import type { SessionPresence } from '../../api/generated/contracts';
import { PresenceState } from './presenceState';

const presence = (onSite: number, remote: number, checkedIn: boolean, names: string[] = [], sessionId = 's001'): SessionPresence => ({
  sessionId,
  onSite,
  remote,
  visible: names.map((name, i) => ({ attendeeId: `a${i}`, name, participation: i % 2 ? 'Remote' : 'OnSite' })),
  checkedIn,
  version: 1,
});

describe('PresenceState', () => {
  it('keeps the own check-in from calls, not from pushes', () => {
    const state = new PresenceState('s001');
    state.applyOwn(presence(3, 1, false));
    expect(state.total()).toBe(4);
    state.applyOwn(presence(4, 1, true, ['Amina']));
    expect(state.checkedIn).toBe(true);
    // Pushes go to everyone and always say false: the own check-in stays.
    expect(state.applyPush(presence(5, 2, false, ['Amina', 'Lucas']))).toBe(true);
    expect(state.checkedIn).toBe(true);
    expect([state.onSite, state.remote]).toEqual([5, 2]);
    expect(state.visible.map((p) => p.name)).toEqual(['Amina', 'Lucas']);
    expect(state.isListed('a1')).toBe(true);
    state.applyOwn(presence(4, 2, false, ['Lucas']));
    expect(state.checkedIn).toBe(false);
  });

  it('ignores other sessions', () => {
    const state = new PresenceState('s001');
    expect(state.applyPush(presence(9, 9, false, [], 's002'))).toBe(false);
    state.applyOwn(presence(9, 9, true, [], 's002'));
    expect(state.loaded).toBe(false);
    expect(state.total()).toBe(0);
  });
});
