import type { DirectMessage, MessagePage } from '../../api/generated/contracts';

/**
 * One conversation as this client holds it: messages by sequence, oldest first, merged from pages (the newest
 * page on every connect, older pages on "load older") and from live messages, each at most once. A message the
 * server did not deliver (the sender is blocked: sequence 0) is shown to its sender after the others.
 */
export class ConversationState {
  private readonly bySequence = new Map<number, DirectMessage>();
  private readonly undelivered: DirectMessage[] = [];
  /** Whether the server has messages older than the oldest held. */
  hasOlder = false;
  loaded = false;

  constructor(readonly myId: string, readonly otherId: string) {}

  /**
   * Merges a page asked for with `beforeSequence` (null: the newest page). A newest page that does not reach
   * back to what is held (many messages came while offline) replaces it, so the list never has a hole.
   */
  applyPage(page: MessagePage, beforeSequence: number | null): void {
    const sequences = page.messages.map((m) => m.sequence).filter((s) => s > 0);
    const pageOldest = sequences.length > 0 ? Math.min(...sequences) : null;
    const heldNewest = this.newestSequence();
    if (beforeSequence === null && pageOldest !== null && heldNewest !== null && pageOldest > heldNewest + 1) {
      this.bySequence.clear();
    }
    const heldOldest = this.oldestSequence();
    for (const message of page.messages) {
      if (this.belongs(message) && message.sequence > 0) {
        this.bySequence.set(message.sequence, message);
      }
    }
    if (beforeSequence !== null || heldOldest === null || pageOldest === null || pageOldest <= heldOldest) {
      // The page reaches the oldest end of what is held: its word on older messages counts.
      this.hasOlder = pageOldest === null ? false : page.hasOlder;
    }
    this.loaded = true;
  }

  /** A message sent or received live; returns whether it is new here. */
  applyMessage(message: DirectMessage): boolean {
    if (!this.belongs(message)) {
      return false;
    }
    if (message.sequence <= 0) {
      this.undelivered.push(message);
      return true;
    }
    if (this.bySequence.has(message.sequence)) {
      return false;
    }
    this.bySequence.set(message.sequence, message);
    return true;
  }

  /** All messages, oldest first. */
  messages(): DirectMessage[] {
    const delivered = [...this.bySequence.values()].sort((a, b) => a.sequence - b.sequence);
    return [...delivered, ...this.undelivered];
  }

  oldestSequence(): number | null {
    let oldest: number | null = null;
    for (const sequence of this.bySequence.keys()) {
      oldest = oldest === null ? sequence : Math.min(oldest, sequence);
    }
    return oldest;
  }

  newestSequence(): number | null {
    let newest: number | null = null;
    for (const sequence of this.bySequence.keys()) {
      newest = newest === null ? sequence : Math.max(newest, sequence);
    }
    return newest;
  }

  /** The newest message from the other person, to mark the conversation read up to it. */
  newestIncoming(): number | null {
    let newest: number | null = null;
    for (const message of this.bySequence.values()) {
      if (message.fromId === this.otherId) {
        newest = newest === null ? message.sequence : Math.max(newest, message.sequence);
      }
    }
    return newest;
  }

  isMine(message: DirectMessage): boolean {
    return message.fromId === this.myId;
  }

  private belongs(message: DirectMessage): boolean {
    return (message.fromId === this.myId && message.toId === this.otherId) || (message.fromId === this.otherId && message.toId === this.myId);
  }
}
