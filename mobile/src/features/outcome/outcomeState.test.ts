import { describe, expect, it } from 'vitest';
import type { OutcomeFigures, OutcomeReport } from '../../api/generated/contracts';
import { OutcomeState } from './outcomeState';

function figures(partial: Partial<OutcomeFigures>): OutcomeFigures {
  return {
    sessionsScheduled: 0, sessionsHeld: 0, participantsOnSite: 0, participantsRemote: 0, participants: 0, countries: 0, byCountry: [],
    questionsAsked: 0, questionsAnswered: 0, pollsRun: 0, pollVoters: 0, contactsMade: null, prizeVotes: null, ...partial,
  };
}

const report: OutcomeReport = {
  generatedAt: '2025-07-11T18:00:00Z',
  smallCell: 5,
  forum: figures({ sessionsScheduled: 3, sessionsHeld: 2, participantsOnSite: 11, participantsRemote: 3, countries: 4,
    byCountry: [{ country: 'CH', participants: 6 }, { country: 'KE', participants: 5 }, { country: 'other', participants: 3 }], contactsMade: 2, prizeVotes: 4 }),
  days: [
    { date: '2025-07-07', figures: figures({ sessionsScheduled: 2, participantsOnSite: 11, participantsRemote: 3 }) },
    { date: '2025-07-08', figures: figures({ sessionsScheduled: 1, participantsOnSite: 6, participantsRemote: 1 }) },
    { date: '2026-01-05', figures: figures({ contactsMade: 2 }) },
  ],
  actionLines: [{ tag: 'C1', figures: figures({ sessionsScheduled: 2, participantsOnSite: 11 }) }, { tag: 'C2', figures: figures({}) }],
  sdgs: [{ tag: '1', figures: figures({}) }, { tag: '9', figures: figures({ sessionsScheduled: 1, participantsRemote: 2 }) }],
  sessions: [],
  prizes: { winnersPublished: false, votes: 4, categories: [] },
};

describe('OutcomeState', () => {
  it('shows the forum’s headline figures, nothing before the report arrives', () => {
    const state = new OutcomeState();
    expect(state.tiles).toEqual([]);

    state.apply(report);

    expect(state.tiles.find((t) => t.key === 'participantsOnSite')?.value).toBe(11);
    expect(state.tiles.find((t) => t.key === 'contactsMade')?.value).toBe(2);
    expect(state.tiles.find((t) => t.key === 'prizeVotes')?.value).toBe(4);
  });

  it('charts the days with sessions and every action line, on site and remote apart', () => {
    const state = new OutcomeState();
    state.apply(report);

    expect(state.byDay).toEqual({ labels: ['2025-07-07', '2025-07-08'], onSite: [11, 6], remote: [3, 1] });
    expect(state.byActionLine.labels).toEqual(['C1', 'C2']);
    expect(state.days.map((d) => d.id)).toEqual(['2025-07-07', '2025-07-08', '2026-01-05']);
  });

  it('lists only the SDGs some session carried, and the countries as the server merged them', () => {
    const state = new OutcomeState();
    state.apply(report);

    expect(state.sdgs.map((s) => s.id)).toEqual(['9']);
    expect(state.countries.at(-1)).toEqual({ country: 'other', participants: 3 });
  });
});
