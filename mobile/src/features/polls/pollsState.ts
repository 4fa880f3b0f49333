import type { Ballot, PollDetails, PollResults, PollStatus, PollView, TextEntry, VoteReceipt } from '../../api/generated/contracts';

/** One poll as this client holds it. */
export interface PollEntry {
  poll: PollDetails;
  /** Present only when the server let this person see the counts. */
  results: PollResults | null;
  myBallot: Ballot | null;
  /** Quiz: the points this person's answer earned, known from a list once the quiz has closed. */
  myQuizPoints: number | null;
}

const statusRank: Readonly<Record<PollStatus, number>> = { Draft: 0, Open: 1, Closed: 2 };

/**
 * The polls of one session as this client knows them. A list (ListPolls, on every connect) replaces
 * everything; a pushed poll never moves a poll back (Draft, Open, Closed; results once shown stay shown), since
 * pushes may arrive late or twice; pushed results are kept only when their version is higher than the one held.
 */
export class PollsState {
  private readonly entries = new Map<string, PollEntry>();
  /** Results that arrived before their poll did (pushes are not ordered), highest version per poll. */
  private readonly early = new Map<string, PollResults>();
  /** When each poll was last opened or shown, by a local counter: the room screen shows the latest. */
  private readonly activated = new Map<string, number>();
  private clock = 0;

  constructor(readonly sessionId: string) {}

  /** Replaces the whole state with a fresh list (a reconnect missed every push in between). */
  replace(views: readonly PollView[]): void {
    this.entries.clear();
    this.activated.clear();
    this.clock = 0;
    const mine = views.filter((view) => view.poll.sessionId === this.sessionId);
    for (const view of mine) {
        const early = this.early.get(view.poll.id);
      let results = view.results;
      // A push newer than the list may have arrived while the list was on its way.
      if (early && (!results || early.version > results.version)) {
        results = early;
      }
      this.entries.set(view.poll.id, {
        poll: view.poll,
        results,
        myBallot: view.myBallot,
        myQuizPoints: view.myQuizPoints,
      });
    }
    this.early.clear();
    // The poll opened last is the one on the screen; order by opening time, the not yet opened last of all.
    const opened = mine
      .filter((view) => view.poll.status !== 'Draft')
      .sort((a, b) => Date.parse(a.poll.openedAt ?? '') - Date.parse(b.poll.openedAt ?? '') || pollNumber(a.poll.id) - pollNumber(b.poll.id));
    for (const view of opened) {
      this.activated.set(view.poll.id, ++this.clock);
    }
  }

  /** Applies a pushed (or returned) poll; returns whether anything changed. */
  applyPoll(poll: PollDetails): boolean {
    if (poll.sessionId !== this.sessionId) {
      return false;
    }
    const held = this.entries.get(poll.id);
    if (held) {
      const older =
        statusRank[poll.status] < statusRank[held.poll.status] ||
        (poll.status === held.poll.status && held.poll.resultsShown && !poll.resultsShown);
      if (older || samePoll(held.poll, poll)) {
        return false;
      }
      const opened = held.poll.status !== 'Open' && poll.status === 'Open';
      const shown = !held.poll.resultsShown && poll.resultsShown;
      held.poll = poll;
      if (opened || shown) {
        this.activated.set(poll.id, ++this.clock);
      }
      return true;
    }
    const early = this.early.get(poll.id) ?? null;
    this.early.delete(poll.id);
    this.entries.set(poll.id, { poll, results: early, myBallot: null, myQuizPoints: null });
    if (poll.status !== 'Draft') {
      this.activated.set(poll.id, ++this.clock);
    }
    return true;
  }

  /** Applies pushed counts; the highest version wins. Returns whether the held results changed. */
  applyResults(results: PollResults): boolean {
    const held = this.entries.get(results.pollId);
    if (!held) {
      const early = this.early.get(results.pollId);
      if (!early || early.version < results.version) {
        this.early.set(results.pollId, results);
      }
      return false;
    }
    if (held.results && held.results.version >= results.version) {
      return false;
    }
    held.results = results;
    return true;
  }

  /** Records this person's stored vote. */
  applyReceipt(receipt: VoteReceipt): boolean {
    const held = this.entries.get(receipt.pollId);
    if (!held) {
      return false;
    }
    held.myBallot = receipt.ballot;
    return true;
  }

  /** Whether this person answered a quiz that has closed and does not know its points yet (a list tells them). */
  awaitsQuizScore(pollId: string): boolean {
    const held = this.entries.get(pollId);
    return held?.poll.definition.kind === 'Quiz' && held.poll.status === 'Closed' && held.myBallot !== null && held.myQuizPoints === null;
  }

  /**
   * Records a moderated open-text answer (the hub's answer to ModeratePollEntry) in the held results, at the
   * same version: the next pushed results, which include it, still replace them.
   */
  applyEntry(pollId: string, entry: TextEntry): boolean {
    const held = this.entries.get(pollId);
    if (!held?.results) {
      return false;
    }
    const entries = held.results.entries.map((e) => (e.id === entry.id ? entry : e));
    held.results = { ...held.results, entries };
    return true;
  }

  get(pollId: string): PollEntry | undefined {
    return this.entries.get(pollId);
  }

  /**
   * The polls to list: open ones first (latest opened first), then drafts in the order prepared (moderators
   * only), then closed ones (latest closed first).
   */
  list(includeDrafts: boolean): PollEntry[] {
    const rank = (entry: PollEntry): number => ({ Open: 0, Draft: 1, Closed: 2 })[entry.poll.status];
    return [...this.entries.values()]
      .filter((entry) => includeDrafts || entry.poll.status !== 'Draft')
      .sort((a, b) => {
        const byRank = rank(a) - rank(b);
        if (byRank !== 0) {
          return byRank;
        }
        if (a.poll.status === 'Draft') {
          return pollNumber(a.poll.id) - pollNumber(b.poll.id);
        }
        if (a.poll.status === 'Closed') {
          return time(b.poll.closedAt) - time(a.poll.closedAt) || pollNumber(b.poll.id) - pollNumber(a.poll.id);
        }
        return (this.activated.get(b.poll.id) ?? 0) - (this.activated.get(a.poll.id) ?? 0);
      });
  }

  /** How many polls take votes now. */
  openCount(): number {
    return [...this.entries.values()].filter((entry) => entry.poll.status === 'Open').length;
  }

  /** The poll for the room screen: the one most recently opened or whose results were last shown. */
  current(): PollEntry | undefined {
    let best: PollEntry | undefined;
    let bestAt = 0;
    for (const [id, at] of this.activated) {
      const entry = this.entries.get(id);
      if (entry && entry.poll.status !== 'Draft' && at > bestAt) {
        best = entry;
        bestAt = at;
      }
    }
    return best;
  }
}

/** The n of "{sessionId}.p{n}", for ordering polls as they were prepared. */
export function pollNumber(pollId: string): number {
  const match = /\.p(\d+)$/.exec(pollId);
  return match ? Number(match[1]) : 0;
}

function time(iso: string | null): number {
  return iso ? Date.parse(iso) : 0;
}

function samePoll(a: PollDetails, b: PollDetails): boolean {
  return (
    a.status === b.status &&
    a.resultsShown === b.resultsShown &&
    a.resultsVisible === b.resultsVisible &&
    a.openedAt === b.openedAt &&
    a.closedAt === b.closedAt &&
    a.definition.correctOption === b.definition.correctOption
  );
}
