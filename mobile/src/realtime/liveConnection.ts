import {
  HttpError,
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
  type IRetryPolicy,
  type RetryContext,
} from '@microsoft/signalr';
import type {
  AgendaDelta,
  Badge,
  Ballot,
  Contact,
  ContactBookView,
  ContactRequest,
  DirectMessage,
  ForumPulse,
  LeaderboardTop,
  LeaderboardView,
  MessagePage,
  ModerationAction,
  PollDetails,
  PollDraft,
  PollResults,
  PollView,
  QuestionMode,
  QuestionQueueSnapshot,
  QuestionView,
  QueueDelta,
  RequestStatus,
  ScanResult,
  SessionPresence,
  Suggestion,
  TextEntry,
  SessionDetails,
  UpvoteReceipt,
  VoteReceipt,
  LiveClientPushes,
  LiveHubMethods,
} from '../api/generated/contracts';
import { newOperationId } from '../api/operationId';
import { isRetryableCode } from '../app/errors';
import { parseHubError } from './hubError';

/** How long a write whose outcome is unknown is retried, with the same operation id, before its error is shown. */
const writeRetryWindowMs = 30_000;

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** Path of the live hub (LiveHubPath.Path on the server). */
export const liveHubPath = '/hubs/live';

/**
 * Keeps trying while the page is open: a conference network drops often and people leave the app open for hours.
 * At once, after 1 s, then every 1.5 to 2.5 s (spread at random so that a restarted node is not met by every phone
 * in the same instant): back in service within about 3 s of the server being reachable again.
 */
const retryPolicy: IRetryPolicy = {
  nextRetryDelayInMilliseconds: (context: RetryContext) =>
    isUnauthorized(context.retryReason) ? null : retryDelay(context.previousRetryCount),
};

/** How long one attempt may wait for the server's answer to negotiation. */
const negotiateTimeoutMs = 5_000;

export function retryDelay(previousRetries: number): number {
  return previousRetries === 0 ? 0 : previousRetries === 1 ? 1_000 : 1_500 + Math.random() * 1_000;
}

/** A refused token (expired, or signed by a key the server no longer has): retrying cannot help. */
function isUnauthorized(error: unknown): boolean {
  // A refused negotiate comes wrapped (FailedToNegotiateWithServerError) with the server's ProblemDetails in the
  // message and no status of its own: a token revoked while connected (a reissued code) ends up here on reconnect.
  return (error instanceof HttpError && error.statusCode === 401) || (error instanceof Error && /Status code '401'|"status":\s*401\b/.test(error.message));
}

type Listener<T> = (value: T) => void;

/** The app's one connection to the live hub, with typed calls (ILiveHub) and pushes (ILiveClient). */
export class LiveConnection {
  private readonly connection: HubConnection;
  private current: ConnectionState = 'disconnected';
  private starting: Promise<void> | null = null;
  private stopped = false;
  private refused = false;
  private readonly stateListeners = new Set<Listener<ConnectionState>>();
  private readonly connectedListeners = new Set<Listener<void>>();
  private readonly deltaListeners = new Set<Listener<QueueDelta>>();
  private readonly sessionListeners = new Set<Listener<SessionDetails>>();
  private readonly agendaListeners = new Set<Listener<AgendaDelta>>();
  private readonly pollListeners = new Set<Listener<PollDetails>>();
  private readonly resultsListeners = new Set<Listener<PollResults>>();
  private readonly leaderboardListeners = new Set<Listener<LeaderboardTop>>();
  private readonly contactListeners = new Set<Listener<Contact>>();
  private readonly requestListeners = new Set<Listener<ContactRequest>>();
  private readonly messageListeners = new Set<Listener<DirectMessage>>();
  private readonly presenceListeners = new Set<Listener<SessionPresence>>();
  private readonly pulseListeners = new Set<Listener<ForumPulse>>();

  constructor(
    private readonly accessToken: () => string | null,
    private readonly onUnauthorized: () => void,
  ) {
    this.connection = new HubConnectionBuilder()
      // A node that is starting may accept connections before it answers them (its silo is not up yet): without a
      // limit, one attempt sent then would hang for 100 s and hold the page offline long after the node is back.
      .withUrl(liveHubPath, { accessTokenFactory: () => accessToken() ?? '', timeout: negotiateTimeoutMs })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context: RetryContext) => {
          // SignalR closes without an error once the policy gives up: remember that a refused token was why.
          this.refused ||= isUnauthorized(context.retryReason);
          return retryPolicy.nextRetryDelayInMilliseconds(context);
        },
      })
      .configureLogging(LogLevel.Warning)
      .build();
    this.listen('QuestionsChanged', (delta) => emit(this.deltaListeners, delta));
    this.listen('SessionChanged', (session) => emit(this.sessionListeners, session));
    this.listen('AgendaChanged', (delta) => emit(this.agendaListeners, delta));
    this.listen('PollChanged', (poll) => emit(this.pollListeners, poll));
    this.listen('PollResultsChanged', (results) => emit(this.resultsListeners, results));
    this.listen('LeaderboardChanged', (top) => emit(this.leaderboardListeners, top));
    this.listen('ContactAdded', (contact) => emit(this.contactListeners, contact));
    this.listen('ContactRequestChanged', (request) => emit(this.requestListeners, request));
    this.listen('MessageReceived', (message) => emit(this.messageListeners, message));
    this.listen('PresenceChanged', (presence) => emit(this.presenceListeners, presence));
    this.listen('OperationsPulse', (pulse) => emit(this.pulseListeners, pulse));
    this.connection.onreconnecting(() => this.setState('reconnecting'));
    this.connection.onreconnected(() => {
      this.setState('connected');
      emit(this.connectedListeners, undefined);
    });
    this.connection.onclose((error) => {
      this.setState('disconnected');
      if (isUnauthorized(error) || this.refused) {
        this.refused = false;
        this.onUnauthorized();
      } else if (!this.stopped && !error) {
        // The server closed the connection on purpose (a revoked sign-in is closed this way): find out whether
        // the token still counts before connecting again.
        void this.afterServerClose();
      }
    });
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Connects (retrying until it works or stop() is called); resolves at once when already connected. */
  start(): Promise<void> {
    this.stopped = false;
    if (this.connection.state === HubConnectionState.Connected) {
      return Promise.resolve();
    }
    this.starting ??= this.connectWithRetry().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection.stop();
    this.setState('disconnected');
  }

  onState(listener: Listener<ConnectionState>): () => void {
    return subscribe(this.stateListeners, listener);
  }

  /** Fires after every successful connect, the first and each reconnect: the moment to (re)join sessions. */
  onConnected(listener: Listener<void>): () => void {
    return subscribe(this.connectedListeners, listener);
  }

  onQuestionsChanged(listener: Listener<QueueDelta>): () => void {
    return subscribe(this.deltaListeners, listener);
  }

  /** The agenda changed (after watchAgenda on this connection). */
  onAgendaChanged(listener: Listener<AgendaDelta>): () => void {
    return subscribe(this.agendaListeners, listener);
  }

  onSessionChanged(listener: Listener<SessionDetails>): () => void {
    return subscribe(this.sessionListeners, listener);
  }

  /** A poll of a joined session was created, opened, closed or had its results shown. */
  onPollChanged(listener: Listener<PollDetails>): () => void {
    return subscribe(this.pollListeners, listener);
  }

  /** A poll's counts changed (only to those who may see them). */
  onPollResultsChanged(listener: Listener<PollResults>): () => void {
    return subscribe(this.resultsListeners, listener);
  }

  onLeaderboardChanged(listener: Listener<LeaderboardTop>): () => void {
    return subscribe(this.leaderboardListeners, listener);
  }

  /** The person has a new contact (a scan, either way, or an accepted request). */
  onContactAdded(listener: Listener<Contact>): () => void {
    return subscribe(this.contactListeners, listener);
  }

  /** A contact request the person sent or received was made or answered. */
  onContactRequestChanged(listener: Listener<ContactRequest>): () => void {
    return subscribe(this.requestListeners, listener);
  }

  /** A message to or from the person (their own, sent from any device, too). */
  onMessageReceived(listener: Listener<DirectMessage>): () => void {
    return subscribe(this.messageListeners, listener);
  }

  /** Who is in a joined session changed (at most once a second). */
  onPresenceChanged(listener: Listener<SessionPresence>): () => void {
    return subscribe(this.presenceListeners, listener);
  }

  /** The forum's operations pulse (after watchOperations on this connection, once a second). */
  onOperationsPulse(listener: Listener<ForumPulse>): () => void {
    return subscribe(this.pulseListeners, listener);
  }

  /** Organisers only: receives the operations pulse from now on; returns the latest one. */
  watchOperations(): Promise<ForumPulse> {
    return this.invoke('WatchOperations');
  }

  unwatchOperations(): Promise<void> {
    return this.invoke('UnwatchOperations');
  }

  /** Receives agenda pushes from now on; returns the agenda's version (reload when it is newer than the one held). */
  watchAgenda(): Promise<number> {
    return this.invoke('WatchAgenda');
  }

  unwatchAgenda(): Promise<void> {
    return this.invoke('UnwatchAgenda');
  }

  joinSession(sessionId: string): Promise<QuestionQueueSnapshot> {
    return this.invoke('JoinSession', sessionId);
  }

  leaveSession(sessionId: string): Promise<void> {
    return this.invoke('LeaveSession', sessionId);
  }

  askQuestion(sessionId: string, text: string, anonymous: boolean, operationId: string = newOperationId()): Promise<QuestionView> {
    return this.write('AskQuestion', sessionId, text, anonymous, operationId);
  }

  editQuestion(sessionId: string, questionId: number, text: string, operationId: string = newOperationId()): Promise<QuestionView> {
    return this.write('EditQuestion', sessionId, questionId, text, operationId);
  }

  deleteQuestion(sessionId: string, questionId: number, operationId: string = newOperationId()): Promise<void> {
    return this.write('DeleteQuestion', sessionId, questionId, operationId);
  }

  upvote(sessionId: string, questionId: number, operationId: string = newOperationId()): Promise<UpvoteReceipt> {
    return this.write('Upvote', sessionId, questionId, operationId);
  }

  withdrawUpvote(sessionId: string, questionId: number, operationId: string = newOperationId()): Promise<UpvoteReceipt> {
    return this.write('WithdrawUpvote', sessionId, questionId, operationId);
  }

  moderate(sessionId: string, questionId: number, action: ModerationAction, operationId: string = newOperationId()): Promise<QuestionView> {
    return this.write('Moderate', sessionId, questionId, action, operationId);
  }

  setQuestionMode(sessionId: string, mode: QuestionMode, operationId: string = newOperationId()): Promise<void> {
    return this.write('SetQuestionMode', sessionId, mode, operationId);
  }

  /**
   * The session's polls as this person sees them. The server runs one call per connection at a time, so a
   * ListPolls sent after JoinSession sees the session's group already joined: no push falls in between.
   */
  listPolls(sessionId: string): Promise<PollView[]> {
    return this.invoke('ListPolls', sessionId);
  }

  createPoll(sessionId: string, draft: PollDraft, operationId: string = newOperationId()): Promise<PollDetails> {
    return this.write('CreatePoll', sessionId, draft, operationId);
  }

  openPoll(pollId: string, operationId: string = newOperationId()): Promise<PollDetails> {
    return this.write('OpenPoll', pollId, operationId);
  }

  closePoll(pollId: string, operationId: string = newOperationId()): Promise<PollDetails> {
    return this.write('ClosePoll', pollId, operationId);
  }

  showPollResults(pollId: string, operationId: string = newOperationId()): Promise<PollDetails> {
    return this.write('ShowPollResults', pollId, operationId);
  }

  /** A moderator shows (approve) or sets aside an open-text answer. */
  moderatePollEntry(pollId: string, entryId: string, approve: boolean, operationId: string = newOperationId()): Promise<TextEntry> {
    return this.write('ModeratePollEntry', pollId, entryId, approve, operationId);
  }

  vote(pollId: string, ballot: Ballot, operationId: string = newOperationId()): Promise<VoteReceipt> {
    return this.write('Vote', pollId, ballot, operationId);
  }

  getLeaderboard(): Promise<LeaderboardView> {
    return this.invoke('GetLeaderboard');
  }

  getBadge(): Promise<Badge> {
    return this.invoke('GetBadge');
  }

  rotateBadge(operationId: string = newOperationId()): Promise<Badge> {
    return this.write('RotateBadge', operationId);
  }

  /** The QR code's link, its token or the typed short code; the note and tags start the new contact's lead notes. */
  scanBadge(code: string, note: string | null, tags: string[] | null, operationId: string = newOperationId()): Promise<ScanResult> {
    return this.write('ScanBadge', code, note, tags, operationId);
  }

  sendContactRequest(toAttendeeId: string, message: string, operationId: string = newOperationId()): Promise<ContactRequest> {
    return this.write('SendContactRequest', toAttendeeId, message, operationId);
  }

  respondToContactRequest(requestId: string, answer: Exclude<RequestStatus, 'Pending'>, operationId: string = newOperationId()): Promise<ContactRequest> {
    return this.write('RespondToContactRequest', requestId, answer, operationId);
  }

  setBlocked(attendeeId: string, blocked: boolean, operationId: string = newOperationId()): Promise<void> {
    return this.write('SetBlocked', attendeeId, blocked, operationId);
  }

  annotateContact(contactId: string, note: string, tags: string[], operationId: string = newOperationId()): Promise<Contact> {
    return this.write('AnnotateContact', contactId, note, tags, operationId);
  }

  getContactBook(): Promise<ContactBookView> {
    return this.invoke('GetContactBook');
  }

  sendMessage(toAttendeeId: string, text: string, operationId: string = newOperationId()): Promise<DirectMessage> {
    return this.write('SendMessage', toAttendeeId, text, operationId);
  }

  /** Up to `take` messages before `beforeSequence` (null: the newest), oldest first. */
  getMessages(withAttendeeId: string, beforeSequence: number | null, take: number): Promise<MessagePage> {
    return this.invoke('GetMessages', withAttendeeId, beforeSequence, take);
  }

  /** Returns how many messages from that person are still unread. */
  markMessagesRead(withAttendeeId: string, sequence: number, operationId: string = newOperationId()): Promise<number> {
    return this.write('MarkMessagesRead', withAttendeeId, sequence, operationId);
  }

  getSuggestions(take: number): Promise<Suggestion[]> {
    return this.invoke('GetSuggestions', take);
  }

  checkIn(sessionId: string, visible: boolean, operationId: string = newOperationId()): Promise<SessionPresence> {
    return this.write('CheckIn', sessionId, visible, operationId);
  }

  checkOut(sessionId: string, operationId: string = newOperationId()): Promise<SessionPresence> {
    return this.write('CheckOut', sessionId, operationId);
  }

  getPresence(sessionId: string): Promise<SessionPresence> {
    return this.invoke('GetPresence', sessionId);
  }

  private async afterServerClose(): Promise<void> {
    try {
      const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${this.accessToken() ?? ''}` } });
      if (response.status === 401) {
        this.onUnauthorized();
        return;
      }
    } catch {
      // Offline: connecting again keeps trying.
    }
    void this.start();
  }

  /** Invokes a hub method with the arguments and result its C# signature (ILiveHub) has. */
  private invoke<M extends keyof LiveHubMethods>(method: M, ...args: LiveHubMethods[M]['args']): Promise<LiveHubMethods[M]['result']> {
    return this.connection.invoke<LiveHubMethods[M]['result']>(method, ...args);
  }

  /** Listens to a push with the arguments its C# signature (ILiveClient) has. */
  private listen<P extends keyof LiveClientPushes>(push: P, handler: (...args: LiveClientPushes[P]) => void): void {
    this.connection.on(push, (...args: unknown[]) => handler(...(args as LiveClientPushes[P])));
  }

  /**
   * Sends a write with its operation id, and sends it again with the same id while its outcome is unknown (the
   * connection dropped before the answer came, or the forum said store.unavailable / cluster.unavailable / server.busy): the server
   * applies an operation once however often it arrives. Gives up after writeRetryWindowMs with the last error.
   */
  private async write<M extends keyof LiveHubMethods>(method: M, ...args: LiveHubMethods[M]['args']): Promise<LiveHubMethods[M]['result']> {
    const deadline = Date.now() + writeRetryWindowMs;
    let pause = 200;
    for (;;) {
      try {
        return await this.invoke(method, ...args);
      } catch (error: unknown) {
        const { code } = parseHubError(error);
        if ((code !== null && !isRetryableCode(code)) || this.stopped || Date.now() >= deadline) {
          throw error;
        }
        await this.settle(Math.min(pause, deadline - Date.now()), deadline);
        pause = Math.min(pause * 2, 2_000);
      }
    }
  }

  /** Waits a moment, and, if the connection is down, until it is back (or the deadline). */
  private async settle(pauseMs: number, deadline: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, Math.max(pauseMs, 0)));
    if (this.connection.state === HubConnectionState.Connected) {
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.max(deadline - Date.now(), 0));
      const unsubscribe = this.onState((state) => {
        if (state === 'connected' || state === 'disconnected') done();
      });
      function done(): void {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }

  private async connectWithRetry(): Promise<void> {
    for (let attempt = 0; !this.stopped; ) {
      // SignalR's own automatic reconnect may be under way, or already done: start() then throws ("not in the
      // 'Disconnected' state"), and retrying that kept the page showing "reconnecting" for ever over a live
      // connection once a write queued offline asked to connect during an outage. Let that reconnect finish.
      if (this.connection.state === HubConnectionState.Connected) {
        this.setState('connected');
        return;
      }
      if (this.connection.state !== HubConnectionState.Disconnected) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      this.setState(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        await this.connection.start();
        this.setState('connected');
        emit(this.connectedListeners, undefined);
        return;
      } catch (error: unknown) {
        if (isUnauthorized(error)) {
          this.stopped = true;
          this.setState('disconnected');
          this.onUnauthorized();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(retryDelay(attempt), 1_000)));
        attempt += 1;
      }
    }
    this.setState('disconnected');
  }

  private setState(state: ConnectionState): void {
    if (state !== this.current) {
      this.current = state;
      emit(this.stateListeners, state);
    }
  }
}

let shared: LiveConnection | null = null;

/** The shared connection, created on first use; `onUnauthorized` runs when the server refuses the token. */
export function liveConnection(accessToken: () => string | null, onUnauthorized: () => void): LiveConnection {
  shared ??= new LiveConnection(accessToken, onUnauthorized);
  return shared;
}

/** Closes the shared connection (on sign-out, so the next person connects with their own token). */
export async function closeLiveConnection(): Promise<void> {
  const connection = shared;
  shared = null;
  await connection?.stop();
}

function subscribe<T>(listeners: Set<Listener<T>>, listener: Listener<T>): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit<T>(listeners: Set<Listener<T>>, value: T): void {
  for (const listener of [...listeners]) {
    listener(value);
  }
}
