import type { QueueDelta, SessionDetails } from '../../api/generated/contracts';
import type { LiveConnection } from '../../realtime/liveConnection';
import { RejoinRetry } from '../../realtime/rejoinRetry';
import { QueueState } from './queueState';


export interface QueueSyncHandlers {
  /** A (re)join replaced the queue with a fresh snapshot. */
  joined(queue: QueueState): void;
  /** The join failed; `error` says why. */
  failed(error: unknown): void;
  /** A delta changed something visible. */
  changed(queue: QueueState): void;
  /** The session's details changed (mode, status, moderators). */
  session(queue: QueueState): void;
}

export interface QueueSync {
  join(): Promise<void>;
  /** Stops following the session (and leaves its group when still connected). */
  dispose(): void;
}

/**
 * Keeps one session's question queue current: JoinSession on every (re)connect replaces the state with the
 * snapshot, deltas that arrive meanwhile are kept and applied above the snapshot's version, later deltas are
 * applied by revision. Used by the session page and the room screen alike.
 */
export function createQueueSync(sessionId: string, connection: LiveConnection, handlers: QueueSyncHandlers): QueueSync {
  let queue: QueueState | null = null;
  let generation = 0;
  let joining = false;
  let buffered: QueueDelta[] = [];
  const retry = new RejoinRetry(connection);

  async function join(): Promise<void> {
    const mine = ++generation;
    buffered = [];
    joining = true;
    try {
      const snapshot = await connection.joinSession(sessionId);
      if (mine !== generation) {
        return;
      }
      joining = false;
      const fresh = new QueueState(snapshot);
      // Pushes that arrived while the snapshot was on its way: those at or below its version are already in it.
      for (const delta of buffered.filter((d) => d.version > snapshot.version)) {
        fresh.applyDelta(delta);
      }
      buffered = [];
      queue = fresh;
      retry.succeeded();
      handlers.joined(fresh);
    } catch (error: unknown) {
      if (mine !== generation) {
        return;
      }
      joining = false;
      handlers.failed(error);
      retry.failed(error, () => void join(), () => mine === generation);
    }
  }

  function onDelta(delta: QueueDelta): void {
    if (delta.sessionId !== sessionId) {
      return;
    }
    if (joining) {
      // A (re)join is on its way: keep the push for the new snapshot, which replaces everything held now.
      buffered.push(delta);
    }
    if (queue?.applyDelta(delta)) {
      handlers.changed(queue);
    }
  }

  function onSessionChanged(session: SessionDetails): void {
    if (session.id !== sessionId || !queue) {
      return;
    }
    queue.session = session;
    handlers.session(queue);
  }

  const unsubscribe = [
    connection.onQuestionsChanged(onDelta),
    connection.onSessionChanged(onSessionChanged),
    connection.onConnected(() => void join()),
  ];
  if (connection.state === 'connected') {
    void join();
  } else {
    void connection.start();
  }

  return {
    join,
    dispose() {
      generation += 1;
      for (const stop of unsubscribe) {
        stop();
      }
      if (connection.state === 'connected') {
        connection.leaveSession(sessionId).catch(() => undefined);
      }
    },
  };
}
