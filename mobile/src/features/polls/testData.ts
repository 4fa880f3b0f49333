import type { PollDetails, PollDraft, PollResults, PollView } from '../../api/generated/contracts';

// Builders for the poll tests (not shipped: only test files import this).

export function draft(change: Partial<PollDraft> = {}): PollDraft {
  return {
    question: 'Which action line matters most?',
    kind: 'SingleChoice',
    options: ['C2', 'C5', 'C7'],
    maxChoices: 1,
    ratingMin: 1,
    ratingMax: 5,
    correctOption: null,
    countdownSeconds: 30,
    visibility: 'Live',
    allowChange: true,
    ...change,
  };
}

export function poll(id: string, change: Partial<PollDetails> = {}): PollDetails {
  return {
    id,
    sessionId: 's004',
    definition: draft(),
    status: 'Open',
    openedAt: '2025-07-08T10:00:00+02:00',
    closedAt: null,
    resultsShown: false,
    resultsVisible: true,
    deadline: null,
    ...change,
  };
}

export function results(pollId: string, version: number, options: [number, number][] = [], change: Partial<PollResults> = {}): PollResults {
  const onSite = options.reduce((sum, [a]) => sum + a, 0);
  const remote = options.reduce((sum, [, b]) => sum + b, 0);
  return {
    pollId,
    version,
    onSiteVoters: onSite,
    remoteVoters: remote,
    options: options.map(([a, b]) => ({ onSite: a, remote: b })),
    words: [],
    entries: [],
    voters: onSite + remote,
    ...change,
  };
}

export function view(details: PollDetails, withResults: PollResults | null = null): PollView {
  return { poll: details, results: withResults, myBallot: null, myQuizPoints: null };
}
