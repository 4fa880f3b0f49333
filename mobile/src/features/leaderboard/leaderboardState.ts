import type { LeaderboardEntry, LeaderboardTop, LeaderboardView } from '../../api/generated/contracts';

/**
 * The leaderboard as this client knows it: the top 10 (pushed at most once a second, the highest version wins)
 * and the person's own place. Pushes carry only the top, so the own place is read from it when the person is in
 * it; otherwise the last known one stays (it can only be refreshed by asking again).
 */
export class LeaderboardState {
  top: LeaderboardEntry[] = [];
  version = -1;
  myRank: number | null = null;
  myPoints = 0;

  constructor(readonly attendeeId: string) {}

  /** Takes a full view (GetLeaderboard); an older top than the one held is ignored, the own place never is. */
  applyView(view: LeaderboardView): void {
    this.myRank = view.myRank;
    this.myPoints = view.myPoints;
    this.applyTop(view.top);
  }

  /** Takes a pushed top; returns whether it was newer. */
  applyTop(top: LeaderboardTop): boolean {
    if (top.version <= this.version) {
      return false;
    }
    this.version = top.version;
    this.top = [...top.top].sort((a, b) => a.rank - b.rank);
    const me = this.top.find((entry) => entry.attendeeId === this.attendeeId);
    if (me) {
      this.myRank = me.rank;
      this.myPoints = me.points;
    } else if (this.myRank !== null && this.myRank <= this.top.length && this.top.find((entry) => entry.rank === this.myRank)?.attendeeId !== null) {
      // Pushed out of the top: the place is below it now, by how much is unknown until asked. (An unnamed entry at
      // my place may be me: someone not listed in the directory is never named, not even to themselves.)
      this.myRank = null;
    }
    return true;
  }

  isMe(entry: LeaderboardEntry): boolean {
    return entry.attendeeId === null ? entry.rank === this.myRank : entry.attendeeId === this.attendeeId;
  }
}
