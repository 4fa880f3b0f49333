import { describe, expect, it } from 'vitest';
import type { LeaderboardEntry } from '../../api/generated/contracts';
import { LeaderboardState } from './leaderboardState';

const entry = (rank: number, attendeeId: string, points: number): LeaderboardEntry => ({ rank, attendeeId, name: attendeeId.toUpperCase(), points });

describe('LeaderboardState', () => {
  it('keeps the top with the highest version', () => {
    const state = new LeaderboardState('me');
    state.applyView({ top: { top: [entry(1, 'a', 50)], version: 5 }, myRank: 42, myPoints: 3 });
    expect(state.applyTop({ top: [entry(1, 'b', 60)], version: 4 })).toBe(false);
    expect(state.top.map((e) => e.attendeeId)).toEqual(['a']);
    expect(state.applyTop({ top: [entry(2, 'a', 50), entry(1, 'b', 60)], version: 6 })).toBe(true);
    expect(state.top.map((e) => e.attendeeId)).toEqual(['b', 'a']);
    expect(state.myRank).toBe(42);
  });

  it('reads my own place from a pushed top I am in', () => {
    const state = new LeaderboardState('me');
    state.applyView({ top: { top: [], version: 1 }, myRank: null, myPoints: 0 });
    state.applyTop({ top: [entry(1, 'a', 20), entry(2, 'me', 12)], version: 2 });
    expect(state.myRank).toBe(2);
    expect(state.myPoints).toBe(12);
    expect(state.isMe(state.top[1]!)).toBe(true);
    // Pushed out of the top 10: the old rank would be a lie.
    state.applyTop({ top: [entry(1, 'a', 20), entry(2, 'b', 15)], version: 3 });
    expect(state.myRank).toBeNull();
    expect(state.myPoints).toBe(12);
  });

  it('keeps my place when the entry there is unnamed, which is how I appear when I am not listed', () => {
    const state = new LeaderboardState('me');
    const unnamed: LeaderboardEntry = { rank: 2, attendeeId: null, name: null, points: 12 };
    state.applyView({ top: { top: [entry(1, 'a', 20), unnamed], version: 1 }, myRank: 2, myPoints: 12 });
    expect(state.isMe(state.top[1]!)).toBe(true);
    expect(state.isMe(state.top[0]!)).toBe(false);
    state.applyTop({ top: [entry(1, 'a', 21), unnamed], version: 2 });
    expect(state.myRank).toBe(2);
  });
});
