import { newOperationId } from '../api/operationId';
import { isRetryableCode } from '../app/errors';
import { describeHubError, parseHubError } from '../realtime/hubError';
import type { LiveConnection } from '../realtime/liveConnection';
import { offlineDb } from './offlineDb';
import type { OutboxEntry, OutboxWrite } from './outboxEntry';

export type OutboxEvent = { kind: 'sent'; entry: OutboxEntry; result: unknown } | { kind: 'refused'; entry: OutboxEntry };

function send(connection: LiveConnection, entry: OutboxEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'ask':
      return connection.askQuestion(entry.sessionId, entry.text, entry.anonymous, entry.operationId);
    case 'upvote':
      return connection.upvote(entry.sessionId, entry.questionId, entry.operationId);
    case 'vote':
      return connection.vote(entry.pollId, entry.ballot, entry.operationId);
    case 'message':
      return connection.sendMessage(entry.contactId, entry.text, entry.operationId);
    case 'scan':
      return connection.scanBadge(entry.code, entry.note, entry.tags, entry.operationId);
    case 'checkIn':
      return connection.checkIn(entry.sessionId, entry.visible, entry.operationId);
  }
}

/**
 * Questions, upvotes, votes, messages, scans and check-ins made while offline: kept in IndexedDB (so a closed tab
 * loses nothing), shown as waiting, and sent in order once connected, each with the operation id it was given when
 * made, so a resend after a lost answer is applied once. A refusal (the session ended meanwhile, the poll closed)
 * stays, with its reason, until the person has seen it.
 */
export class Outbox {
  private entries: OutboxEntry[] = [];
  private flushing = false;
  private readonly changeListeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: OutboxEvent) => void>();
  private readonly stops: (() => void)[];

  constructor(
    private readonly connection: LiveConnection,
    readonly personId: string,
  ) {
    this.stops = [connection.onConnected(() => void this.flush())];
  }

  /** Reads what an earlier visit left waiting, and sends it if connected. */
  async start(): Promise<void> {
    try {
      const db = await offlineDb();
      this.entries = db ? await db.getAllFromIndex('outbox', 'byPerson', this.personId) : [];
    } catch {
      this.entries = [];
    }
    this.entries.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
    this.changed();
    if (this.connection.state === 'connected') {
      void this.flush();
    }
  }

  dispose(): void {
    for (const stop of this.stops) {
      stop();
    }
    this.changeListeners.clear();
    this.eventListeners.clear();
  }

  /** Whether a write now would have to wait: the live connection is down. */
  get offline(): boolean {
    return this.connection.state !== 'connected';
  }

  /**
   * Whether a write made now must be kept for later. A first connect under way (a page opened right after sign-in,
   * a badge link followed) is waited out, so what is done then is sent live and answered; only a connection that
   * has failed a try (or is down) sends the write to the outbox.
   */
  mustQueue(): Promise<boolean> {
    const connection = this.connection;
    if (connection.state === 'disconnected') {
      void connection.start();
    }
    if (connection.state !== 'connecting') {
      return Promise.resolve(connection.state !== 'connected');
    }
    return new Promise((resolve) => {
      const stop = connection.onState((state) => {
        if (state !== 'connecting') {
          stop();
          resolve(state !== 'connected');
        }
      });
    });
  }

  /** Keeps a write to send once back online; returns it as queued. */
  async enqueue(write: OutboxWrite): Promise<OutboxEntry> {
    const entry: OutboxEntry = { ...write, operationId: newOperationId(), personId: this.personId, queuedAt: new Date().toISOString() };
    this.entries.push(entry);
    await this.store(entry);
    this.changed();
    if (!this.offline) {
      void this.flush();
    }
    return entry;
  }

  /** The writes still waiting (not refused), oldest first. */
  waiting(): readonly OutboxEntry[] {
    return this.entries.filter((e) => e.refusal === undefined);
  }

  /** Writes the server refused after the fact, with the reason, until dismissed. */
  refused(): readonly OutboxEntry[] {
    return this.entries.filter((e) => e.refusal !== undefined);
  }

  async dismiss(operationId: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.operationId !== operationId);
    await this.remove(operationId);
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onEvent(listener: (event: OutboxEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Sends what waits, in order, while connected; a write that cannot go yet stops the round until the next connect. */
  async flush(): Promise<void> {
    if (this.flushing) {
      return;
    }
    this.flushing = true;
    try {
      for (const entry of this.waiting()) {
        if (this.offline) {
          return;
        }
        try {
          const result = await send(this.connection, entry);
          this.entries = this.entries.filter((e) => e !== entry);
          await this.remove(entry.operationId);
          this.emit({ kind: 'sent', entry, result });
        } catch (error: unknown) {
          const { code } = parseHubError(error);
          if (code === null || isRetryableCode(code)) {
            return;
          }
          entry.refusal = describeHubError(error);
          await this.store(entry);
          this.emit({ kind: 'refused', entry });
        }
        this.changed();
      }
    } finally {
      this.flushing = false;
      this.changed();
    }
  }

  private async store(entry: OutboxEntry): Promise<void> {
    try {
      await (await offlineDb())?.put('outbox', entry);
    } catch {
      // Kept in memory for this visit only.
    }
  }

  private async remove(operationId: string): Promise<void> {
    try {
      await (await offlineDb())?.delete('outbox', operationId);
    } catch {
      // Gone from memory; a stale stored copy would be sent again with the same id, which the server applies once.
    }
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) {
      listener();
    }
  }

  private emit(event: OutboxEvent): void {
    for (const listener of [...this.eventListeners]) {
      listener(event);
    }
  }
}

let current: Outbox | null = null;

/** The signed-in person's outbox, or null when nobody is signed in. */
export function currentOutbox(): Outbox | null {
  return current;
}

/** Starts (or replaces) the outbox for the person now signed in; null stops it. */
export function setOutbox(outbox: Outbox | null): void {
  current?.dispose();
  current = outbox;
  void outbox?.start();
}
