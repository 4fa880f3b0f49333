import type { PollDetails, PollResults } from '../../api/generated/contracts';
import type { LiveConnection } from '../../realtime/liveConnection';
import { RejoinRetry } from '../../realtime/rejoinRetry';
import { PollsState } from './pollsState';


type Push = { poll: PollDetails } | { results: PollResults };

/** A session's polls kept current over the hub, for the session page and the room screen. */
export interface PollSync {
  /** Null until the first list arrived. */
  readonly state: PollsState | null;
  /** Why the last list failed, or null. */
  readonly error: unknown;
  /** Lists again and replaces everything. */
  relist(): Promise<void>;
  dispose(): void;
}

/**
 * Lists the polls on every (re)connect and replaces the state with the answer, the way the questions do with
 * JoinSession; applies PollChanged and PollResultsChanged pushes in between. Pushes that arrive while a list is
 * on its way are applied again on top of it, since the list may have been read before them.
 *
 * Subscribe after the questions panel: its JoinSession must go first, so the connection is in the session's
 * group before the list is read (the server runs one call of a connection at a time).
 */
export function createPollSync(sessionId: string, connection: LiveConnection, changed: () => void): PollSync {
  const working = new PollsState(sessionId);
  let ready = false;
  let error: unknown = null;
  let generation = 0;
  let buffered: Push[] | null = null;
  const retry = new RejoinRetry(connection);

  async function relist(): Promise<void> {
    const mine = ++generation;
    buffered = [];
    try {
      const views = await connection.listPolls(sessionId);
      if (mine !== generation) {
        return;
      }
      working.replace(views);
      for (const push of buffered ?? []) {
        apply(push);
      }
      ready = true;
      error = null;
      retry.succeeded();
    } catch (failure: unknown) {
      if (mine !== generation) {
        return;
      }
      error = failure;
      retry.failed(failure, () => void relist(), () => mine === generation);
    }
    buffered = null;
    changed();
  }

  function apply(push: Push): boolean {
    return 'poll' in push ? working.applyPoll(push.poll) : working.applyResults(push.results);
  }

  function onPush(push: Push): void {
    buffered?.push(push);
    if (apply(push) && ready) {
      changed();
    }
    // Points for a quiz answer are told only once the quiz has closed, and only in a list.
    if ('poll' in push && ready && working.awaitsQuizScore(push.poll.id)) {
      void relist();
    }
  }

  const unsubscribe = [
    connection.onPollChanged((poll) => onPush({ poll })),
    connection.onPollResultsChanged((results) => onPush({ results })),
    connection.onConnected(() => void relist()),
  ];
  if (connection.state === 'connected') {
    void relist();
  }

  return {
    get state() {
      return ready ? working : null;
    },
    get error() {
      return error;
    },
    relist,
    dispose() {
      generation += 1;
      for (const stop of unsubscribe) {
        stop();
      }
    },
  };
}
