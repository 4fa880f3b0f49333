import { describe, expect, it } from 'vitest';
import { PollsState, pollNumber } from './pollsState';
import { poll, results, view } from './testData';

describe('PollsState', () => {
  it('keeps the results with the highest version, whatever order they arrive in', () => {
    const state = new PollsState('s004');
    state.replace([view(poll('s004.p1'), results('s004.p1', 3, [[1, 0]]))]);
    expect(state.applyResults(results('s004.p1', 5, [[2, 1]]))).toBe(true);
    expect(state.applyResults(results('s004.p1', 4, [[9, 9]]))).toBe(false);
    expect(state.applyResults(results('s004.p1', 5, [[9, 9]]))).toBe(false);
    expect(state.get('s004.p1')?.results?.version).toBe(5);
    expect(state.get('s004.p1')?.results?.voters).toBe(3);
  });

  it('replaces everything on a new list', () => {
    const state = new PollsState('s004');
    state.replace([view(poll('s004.p1')), view(poll('s004.p2'))]);
    state.applyReceipt({ pollId: 's004.p1', ballot: { options: [0], rating: null, text: null }, replaced: false });
    state.replace([view(poll('s004.p2', { status: 'Closed', closedAt: '2025-07-08T10:05:00+02:00' })), view(poll('s004.p3', { status: 'Draft', openedAt: null }))]);
    expect(state.get('s004.p1')).toBeUndefined();
    expect(state.get('s004.p2')?.poll.status).toBe('Closed');
    expect(state.list(true).map((e) => e.poll.id)).toEqual(['s004.p3', 's004.p2']);
    expect(state.list(false).map((e) => e.poll.id)).toEqual(['s004.p2']);
  });

  it('keeps a pushed result newer than the list that replaces it', () => {
    const state = new PollsState('s004');
    // Arrives before the poll is known (pushes are not ordered), then the list brings an older count.
    state.applyResults(results('s004.p1', 9, [[4, 4]]));
    state.replace([view(poll('s004.p1'), results('s004.p1', 7, [[3, 3]]))]);
    expect(state.get('s004.p1')?.results?.version).toBe(9);
  });

  it('never moves a poll back to an earlier state', () => {
    const state = new PollsState('s004');
    state.replace([view(poll('s004.p1', { status: 'Draft', openedAt: null }))]);
    expect(state.applyPoll(poll('s004.p1', { status: 'Closed', closedAt: '2025-07-08T10:05:00+02:00' }))).toBe(true);
    expect(state.applyPoll(poll('s004.p1', { status: 'Open' }))).toBe(false);
    expect(state.get('s004.p1')?.poll.status).toBe('Closed');
    const shown = new PollsState('s004');
    shown.replace([view(poll('s004.p2', { resultsShown: true }))]);
    expect(shown.applyPoll(poll('s004.p2', { resultsShown: false }))).toBe(false);
    expect(shown.get('s004.p2')?.poll.resultsShown).toBe(true);
  });

  it('ignores other sessions', () => {
    const state = new PollsState('s004');
    state.replace([view(poll('s009.p1', { sessionId: 's009' }))]);
    expect(state.list(true)).toEqual([]);
    expect(state.applyPoll(poll('s009.p2', { sessionId: 's009' }))).toBe(false);
  });

  it('puts the poll opened or shown last on the room screen', () => {
    const state = new PollsState('s004');
    state.replace([
      view(poll('s004.p1', { openedAt: '2025-07-08T10:00:00+02:00', status: 'Closed' })),
      view(poll('s004.p2', { openedAt: '2025-07-08T10:10:00+02:00' })),
      view(poll('s004.p3', { status: 'Draft', openedAt: null })),
    ]);
    expect(state.current()?.poll.id).toBe('s004.p2');
    state.applyPoll(poll('s004.p3', { openedAt: '2025-07-08T10:20:00+02:00' }));
    expect(state.current()?.poll.id).toBe('s004.p3');
    // Showing an earlier poll's results brings it back on screen; closing one keeps it there.
    state.applyPoll(poll('s004.p2', { openedAt: '2025-07-08T10:10:00+02:00', resultsShown: true }));
    expect(state.current()?.poll.id).toBe('s004.p2');
    state.applyPoll(poll('s004.p2', { status: 'Closed', resultsShown: true, closedAt: '2025-07-08T10:30:00+02:00' }));
    expect(state.current()?.poll.id).toBe('s004.p2');
    expect(state.openCount()).toBe(1);
  });

  it('lists open polls first, then drafts in order, then closed ones latest first', () => {
    const state = new PollsState('s004');
    state.replace([
      view(poll('s004.p1', { status: 'Closed', closedAt: '2025-07-08T10:05:00+02:00' })),
      view(poll('s004.p2', { status: 'Closed', closedAt: '2025-07-08T10:15:00+02:00' })),
      view(poll('s004.p10', { status: 'Draft', openedAt: null })),
      view(poll('s004.p9', { status: 'Draft', openedAt: null })),
      view(poll('s004.p3', { openedAt: '2025-07-08T10:20:00+02:00' })),
    ]);
    expect(state.list(true).map((e) => e.poll.id)).toEqual(['s004.p3', 's004.p9', 's004.p10', 's004.p2', 's004.p1']);
    expect(pollNumber('s004.p12')).toBe(12);
  });

  it('learns a quiz answer’s points only from a list once the quiz has closed', () => {
    const state = new PollsState('s004');
    const quiz = { ...poll('x').definition, kind: 'Quiz' as const, correctOption: null };
    state.replace([view(poll('s004.p1', { definition: quiz }))]);
    const ballot = { options: [1], rating: null, text: null };
    expect(state.applyReceipt({ pollId: 's004.p1', ballot, replaced: false })).toBe(true);
    expect(state.get('s004.p1')?.myBallot).toEqual(ballot);
    expect(state.awaitsQuizScore('s004.p1')).toBe(false);
    state.applyPoll(poll('s004.p1', { status: 'Closed', closedAt: '2025-07-08T10:05:00+02:00', definition: { ...quiz, correctOption: 1 } }));
    expect(state.awaitsQuizScore('s004.p1')).toBe(true);
    state.replace([{ ...view(poll('s004.p1', { status: 'Closed', definition: { ...quiz, correctOption: 1 } })), myBallot: ballot, myQuizPoints: 940 }]);
    expect(state.get('s004.p1')?.myQuizPoints).toBe(940);
    expect(state.awaitsQuizScore('s004.p1')).toBe(false);
  });

  it('records a moderated open-text answer at the same version, so the next push still wins', () => {
    const state = new PollsState('s004');
    const entry = { id: '1.1', text: 'Trust', origin: 'Remote' as const, status: 'Pending' as const, at: '2025-07-08T10:00:00Z' };
    state.replace([view(poll('s004.p1'), results('s004.p1', 4, [], { entries: [entry] }))]);
    expect(state.applyEntry('s004.p1', { ...entry, status: 'Approved' })).toBe(true);
    expect(state.get('s004.p1')?.results?.entries[0]?.status).toBe('Approved');
    expect(state.get('s004.p1')?.results?.version).toBe(4);
    expect(state.applyResults(results('s004.p1', 5, [], { entries: [{ ...entry, status: 'Dismissed' }] }))).toBe(true);
    expect(state.get('s004.p1')?.results?.entries[0]?.status).toBe('Dismissed');
  });
});
