import { describe, expect, it } from 'vitest';
import type { ForumPulse, NodePulse } from '../../api/generated/contracts';
import { OperationsState, stalePulseMs } from './operationsState';

const at = '2025-07-08T10:00:05Z';

function node(name: string, storeMilliseconds: number, reportedAt = '2025-07-08T10:00:04.500Z'): NodePulse {
  return { node: name, connections: 10, callsInFlight: 0, storeMilliseconds, reportedAt };
}

function pulse(partial: Partial<ForumPulse> = {}): ForumPulse {
  return {
    at, onSite: 3, remote: 1, countries: [], liveSessions: [], busiest: [], leaderboard: [],
    nodes: [node('10.0.0.1:11111', 2), node('10.0.0.2:11111', 3)], storeHealthy: true, questions: 0, votes: 0, ...partial,
  };
}

describe('OperationsState', () => {
  it('keeps the newest pulse and ignores one older than it (a watch answered after a push)', () => {
    const state = new OperationsState();
    expect(state.apply(pulse({ onSite: 5 }))).toBe(true);
    expect(state.apply(pulse({ at: '2025-07-08T10:00:04Z', onSite: 1 }))).toBe(false);
    expect(state.pulse?.onSite).toBe(5);
    expect(state.apply(pulse({ at: '2025-07-08T10:00:06Z', onSite: 7 }))).toBe(true);
    expect(state.pulse?.onSite).toBe(7);
  });

  it('is healthy when every node reached the store quickly and reported lately', () => {
    const state = new OperationsState();
    state.apply(pulse());
    expect(state.nodes.map((n) => n.health)).toEqual(['ok', 'ok']);
    expect(state.store).toBe('ok');
    expect(state.summary).toEqual({ health: 'ok', nodes: 2, troubled: [] });
  });

  it('calls a node slow when its store round trip is slow or its report is late, and the store slow with it', () => {
    const state = new OperationsState();
    state.apply(pulse({ nodes: [node('a', 900), node('b', 2, '2025-07-08T10:00:00Z'), node('c', 1)] }));
    expect(state.nodes.map((n) => n.health)).toEqual(['slow', 'slow', 'ok']);
    expect(state.store).toBe('slow');
    expect(state.summary).toEqual({ health: 'slow', nodes: 3, troubled: ['store', 'a', 'b'] });
  });

  it('calls the store and the node that could not reach it down, worst first', () => {
    const state = new OperationsState();
    state.apply(pulse({ nodes: [node('a', 900), node('b', -1)], storeHealthy: false }));
    expect(state.store).toBe('down');
    expect(state.summary).toEqual({ health: 'down', nodes: 2, troubled: ['store', 'b', 'a'] });
  });

  it('is down when no node reports', () => {
    const state = new OperationsState();
    state.apply(pulse({ nodes: [], storeHealthy: false }));
    expect(state.summary.health).toBe('down');
    expect(state.summary.nodes).toBe(0);
  });

  it('says the figures are stale once no pulse came for a while', () => {
    const state = new OperationsState();
    expect(state.isStale(0)).toBe(false);
    state.apply(pulse(), 1_000);
    expect(state.isStale(1_000 + stalePulseMs)).toBe(false);
    expect(state.isStale(1_001 + stalePulseMs)).toBe(true);
  });
});
