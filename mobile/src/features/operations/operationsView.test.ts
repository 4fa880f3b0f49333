// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ForumPulse } from '../../api/generated/contracts';
import { OperationsState } from './operationsState';
import { OperationsView } from './operationsView';

function pulse(second: number, storeMilliseconds: number): ForumPulse {
  const at = `2025-07-08T10:00:${String(second).padStart(2, '0')}Z`;
  return {
    at, onSite: 120, remote: 40, countries: [{ country: 'CH', connections: 100 }, { country: '??', connections: 60 }],
    liveSessions: [{ sessionId: 's002', title: 'Opening', room: 'Room 1', presentOnSite: 80, presentRemote: 30, questions: 4, votes: 9 }],
    busiest: [], leaderboard: [{ rank: 1, attendeeId: 'a1', name: null, points: 12 }],
    nodes: [{ node: 'node-1', connections: 160, callsInFlight: 2, storeMilliseconds, reportedAt: at }],
    storeHealthy: storeMilliseconds >= 0, questions: 4, votes: 9,
  };
}

describe('operations view', () => {
  it('keeps its panels across pulses and announces the health only when it changes', () => {
    const state = new OperationsState();
    const view = new OperationsView(state);
    document.body.append(view.element);
    const panels = [...view.element.querySelectorAll('section')];
    const announcer = view.element.querySelector<HTMLElement>('[data-testid="operations-announce"]');

    state.apply(pulse(1, 2));
    view.update();
    const healthy = announcer?.textContent;
    // Setting the text again, even the same, would be read out again by some screen readers: it must stay untouched.
    const spoken = announcer?.firstChild;
    state.apply(pulse(2, 3));
    view.update();

    expect(healthy).toBe('The server node and the store are healthy.');
    expect(announcer?.firstChild).toBe(spoken);
    expect([...view.element.querySelectorAll('section')].every((section, i) => section === panels[i])).toBe(true);
    expect(view.element.querySelector<HTMLElement>('[data-testid="operations-figure-questions"]')?.dataset.value).toBe('4');
    expect(view.element.querySelector('[data-testid="operations-countries"] tr[data-id="??"] th')?.textContent).toBe('Not known');

    state.apply(pulse(3, -1));
    view.update();
    expect(announcer?.textContent).toBe('Needs attention now: Store and node-1.');
    expect(view.element.querySelector<HTMLElement>('[data-testid="operations-health"] tr[data-id="store"]')?.dataset.health).toBe('down');
  });
});
