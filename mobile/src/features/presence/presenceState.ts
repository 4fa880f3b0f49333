import type { PresentPerson, SessionPresence } from '../../api/generated/contracts';

/**
 * Who is in one session: counts on site and remote and the people who chose to be listed, from GetPresence,
 * CheckIn or CheckOut (which also say whether this person is checked in) and from PresenceChanged pushes (which
 * do not: they go to everyone in the session).
 */
export class PresenceState {
  onSite = 0;
  remote = 0;
  visible: PresentPerson[] = [];
  checkedIn = false;
  loaded = false;

  constructor(readonly sessionId: string) {}

  /** The answer to this person's own call: the whole picture, their own check-in included. */
  applyOwn(presence: SessionPresence): void {
    if (presence.sessionId !== this.sessionId) {
      return;
    }
    this.applyCounts(presence);
    this.checkedIn = presence.checkedIn;
    this.loaded = true;
  }

  /** A push for the session; returns whether it was for this one. */
  applyPush(presence: SessionPresence): boolean {
    if (presence.sessionId !== this.sessionId) {
      return false;
    }
    this.applyCounts(presence);
    this.loaded = true;
    return true;
  }

  total(): number {
    return this.onSite + this.remote;
  }

  /** Whether `attendeeId` is in the visible list (this person, after a visible check-in). */
  isListed(attendeeId: string): boolean {
    return this.visible.some((p) => p.attendeeId === attendeeId);
  }

  private applyCounts(presence: SessionPresence): void {
    this.onSite = Math.max(0, presence.onSite);
    this.remote = Math.max(0, presence.remote);
    this.visible = [...presence.visible];
  }
}
