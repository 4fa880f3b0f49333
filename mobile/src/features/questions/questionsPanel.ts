import type { ModerationAction, QuestionView, SessionDetails, UpvoteReceipt } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import { t } from '../../i18n';
import { describeHubError, parseHubError } from '../../realtime/hubError';
import type { LiveConnection } from '../../realtime/liveConnection';
import { currentOutbox } from '../../offline/outbox';
import { createAskForm, type AskForm } from './askForm';
import { KeyedList } from './keyedList';
import { createModerationBar, type ModerationTab, moderationTabs } from './moderationBar';
import type { OwnQuestionMode } from './ownQuestionTools';
import { questionItem, questionSignature, type QuestionContext } from './questionItem';
import type { QueueState } from './queueState';
import { createQueueSync } from './queueSync';

export interface QuestionsPanel {
  /** The ask box, placed by the page. */
  readonly ask: HTMLElement;
  /** The live question lists (and moderation tools for moderators). */
  readonly element: HTMLElement;
  refresh(): void;
  dispose(): void;
}

/**
 * The live question queue of one session over the hub: joins on every (re)connect and replaces its state with
 * the snapshot, applies deltas by revision, and renders the lists without rebuilding unchanged items.
 */
export function createQuestionsPanel(
  sessionId: string,
  connection: LiveConnection,
  profileId: string,
  onSession: (session: SessionDetails) => void,
  onJoined: (isModerator: boolean) => void = () => undefined,
): QuestionsPanel {
  const element = h('section', { class: 'questions-panel', 'aria-labelledby': 'questions-title' });
  const notice = h('div', { class: 'panel-notice', role: 'alert' });
  const pinnedList = h('ol', { class: 'question-list' });
  const pinnedTitle = h('span', {});
  const pinnedSection = h(
    'section',
    { class: 'pinned', 'data-testid': 'pinned-question', hidden: true, 'aria-labelledby': 'pinned-title' },
    h('h3', { id: 'pinned-title', class: 'pinned-title' }, icon(icons.pin), pinnedTitle),
    pinnedList,
  );
  const ownList = h('ol', { class: 'question-list' });
  const ownTitle = h('h3', { id: 'own-title' });
  const ownSection = h('section', { class: 'own-pending', hidden: true, 'aria-labelledby': 'own-title' }, ownTitle, ownList);
  const mainList = h('ol', { class: 'question-list', 'aria-labelledby': 'questions-title' });
  const empty = h('p', { class: 'empty', hidden: true });
  // Screen readers hear what changes without a look: a new question, and one's own question approved.
  const announcer = h('p', { class: 'sr-only', role: 'status', 'data-testid': 'questions-announcer' });
  const announced = new Set<number>();

  let queue: QueueState | null = null;
  let joinError: unknown = null;
  let lastAsked: number | null = null;
  let tab: ModerationTab = 'queue';
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const busy = new Set<number>();
  // At most one of the asker's own questions is being edited or confirmed for deletion at a time.
  let ownChange: { id: number; mode: OwnQuestionMode } | null = null;

  const render = (q: QuestionView): HTMLElement =>
    questionItem(q, contextOf(q), {
      toggleUpvote: (question) => void toggleUpvote(question),
      moderate: (question, action) => void moderate(question, action),
      startEdit: (question) => beginOwnChange(question, 'editing'),
      askDelete: (question) => beginOwnChange(question, 'confirmingDelete', 'question-delete-keep'),
      cancel: (question) => endOwnChange(question, 'question-edit'),
      saveEdit: (question, text) => void saveEdit(question, text),
      confirmDelete: (question) => void confirmDelete(question),
    });
  const signature = (q: QuestionView): string => questionSignature(q, contextOf(q));
  const lists = [pinnedList, ownList, mainList].map((list) => new KeyedList<QuestionView>(list, (q) => q.id, signature, render));
  const [pinned, own, main] = lists as [KeyedList<QuestionView>, KeyedList<QuestionView>, KeyedList<QuestionView>];

  const askForm: AskForm = createAskForm(async (text, anonymous) => {
    const outbox = currentOutbox();
    if (outbox && (await outbox.mustQueue())) {
      await outbox.enqueue({ kind: 'ask', sessionId, text, anonymous });
      return 'queued';
    }
    const question = await connection.askQuestion(sessionId, text, anonymous);
    lastAsked = question.id;
    queue?.addOwn(question);
    renderQuestions();
    return question.status === 'Pending' ? 'pending' : 'published';
  }, () => currentOutbox() !== null);
  const moderationBar = createModerationBar({
    setMode: async (mode) => {
      try {
        await connection.setQuestionMode(sessionId, mode);
        if (queue) {
          queue.session = { ...queue.session, questionMode: mode };
        }
      } catch (error: unknown) {
        showNotice(describeHubError(error));
      }
      renderAll();
    },
    selectTab: (selected) => {
      tab = selected;
      renderQuestions();
    },
  });

  function contextOf(q: QuestionView): QuestionContext {
    const moderator = queue?.isModerator ?? false;
    const mine = (queue?.myQuestions.has(q.id) ?? false) || (q.authorId !== null && q.authorId === profileId);
    return {
      mine,
      upvoted: (queue?.myUpvotes.has(q.id) ?? false) || waitingUpvote(q.id),
      waiting: waitingUpvote(q.id),
      // Askers cannot upvote their own questions (the server refuses with question.own). Offline, an upvote is
      // kept to send later; taking one back waits for the connection.
      canUpvote:
        queue?.session.status !== 'Ended' &&
        !mine &&
        !waitingUpvote(q.id) &&
        (connection.state === 'connected' || (currentOutbox() !== null && !queue?.myUpvotes.has(q.id))),
      moderator,
      busy: busy.has(q.id),
      own: ownChange?.id === q.id ? ownChange.mode : 'idle',
      // Edits and deletes are not kept in the offline outbox: they need the question's current state, which only
      // the server knows, so offline the buttons are disabled and say why.
      canChange: queue?.session.status !== 'Ended' && connection.state === 'connected',
    };
  }

  function beginOwnChange(question: QuestionView, mode: OwnQuestionMode, focus?: string): void {
    if (connection.state !== 'connected') {
      showNotice(t('question.changeOffline'));
      return;
    }
    ownChange = { id: question.id, mode };
    renderQuestions();
    if (focus) {
      focusIn(question.id, focus);
    }
  }

  function endOwnChange(question: QuestionView, focus: string): void {
    ownChange = null;
    renderQuestions();
    focusIn(question.id, focus);
  }

  function focusIn(questionId: number, testId: string): void {
    element.querySelector<HTMLElement>(`[data-question-id="${questionId}"] [data-testid="${testId}"]`)?.focus();
  }

  async function saveEdit(question: QuestionView, text: string): Promise<void> {
    if (!queue || busy.has(question.id)) {
      return;
    }
    busy.add(question.id);
    try {
      const edited = await connection.editQuestion(sessionId, question.id, text);
      queue.upsert(edited);
      ownChange = null;
      if (edited.status === 'Pending' && question.status === 'Approved') {
        announcer.textContent = t('question.editedPending');
      }
    } catch (error: unknown) {
      showNotice(describeHubError(error));
    }
    busy.delete(question.id);
    renderQuestions();
    if (!ownChange) {
      focusIn(question.id, 'question-edit');
    }
  }

  async function confirmDelete(question: QuestionView): Promise<void> {
    if (!queue || busy.has(question.id)) {
      return;
    }
    busy.add(question.id);
    renderQuestions();
    try {
      await connection.deleteQuestion(sessionId, question.id);
      queue.remove(question.id);
    } catch (error: unknown) {
      showNotice(describeHubError(error));
    }
    ownChange = null;
    busy.delete(question.id);
    renderQuestions();
  }

  async function toggleUpvote(question: QuestionView): Promise<void> {
    if (!queue || busy.has(question.id)) {
      return;
    }
    const withdrawing = queue.myUpvotes.has(question.id);
    const outbox = currentOutbox();
    if (outbox && !withdrawing && (await outbox.mustQueue())) {
      await outbox.enqueue({ kind: 'upvote', sessionId, questionId: question.id });
      return;
    }
    busy.add(question.id);
    renderQuestions();
    try {
      const receipt = withdrawing
        ? await connection.withdrawUpvote(sessionId, question.id)
        : await connection.upvote(sessionId, question.id);
      queue.applyReceipt(receipt);
    } catch (error: unknown) {
      const { code } = parseHubError(error);
      // The server knows better than this screen: adopt its view of who upvoted what.
      if (code === 'question.already_upvoted') {
        queue.myUpvotes.add(question.id);
      } else if (code === 'question.not_upvoted') {
        queue.myUpvotes.delete(question.id);
      }
      showNotice(describeHubError(error));
    }
    busy.delete(question.id);
    renderQuestions();
  }

  async function moderate(question: QuestionView, action: ModerationAction): Promise<void> {
    if (!queue || busy.has(question.id)) {
      return;
    }
    busy.add(question.id);
    renderQuestions();
    try {
      queue.upsert(await connection.moderate(sessionId, question.id, action));
    } catch (error: unknown) {
      showNotice(describeHubError(error));
    }
    busy.delete(question.id);
    renderQuestions();
  }

  function waitingUpvote(questionId: number): boolean {
    return currentOutbox()?.waiting().some((e) => e.kind === 'upvote' && e.sessionId === sessionId && e.questionId === questionId) ?? false;
  }

  /** What this session's offline writes look like now: waiting questions under the ask box, waiting upvotes pressed. */
  function renderOutbox(): void {
    const waiting = currentOutbox()?.waiting() ?? [];
    askForm.setWaiting(waiting.flatMap((e) => (e.kind === 'ask' && e.sessionId === sessionId ? [e.text] : [])));
    renderQuestions();
  }

  function showNotice(message: string): void {
    clearTimeout(noticeTimer);
    replaceChildren(notice, h('p', { class: 'notice notice-error' }, message));
    noticeTimer = setTimeout(() => notice.replaceChildren(), 8_000);
  }

  function renderAll(): void {
    for (const list of lists) {
      list.clear();
    }
    const head = h('div', { class: 'panel-head' }, h('h2', { id: 'questions-title' }, t('session.questions')));
    pinnedTitle.textContent = t('question.pinned');
    ownTitle.textContent = t('question.yourPending');
    if (!queue) {
      replaceChildren(
        element,
        head,
        joinError
          ? h(
              'div',
              { class: 'notice notice-error', role: 'alert', 'data-testid': 'join-error' },
              h('p', {}, describeHubError(joinError)),
              h('button', { type: 'button', class: 'button button-secondary', onClick: () => void sync.join() }, t('common.retry')),
            )
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      askForm.sync(true, false);
      return;
    }
    const session = queue.session;
    replaceChildren(
      element,
      head,
      h('p', { class: 'muted small mode-hint', 'data-testid': 'question-mode', 'data-mode': session.questionMode }, t(`session.mode.${session.questionMode}`)),
      queue.isModerator ? moderationBar.render(session.questionMode, session.status !== 'Ended') : null,
      notice,
      pinnedSection,
      queue.isModerator ? moderationBar.tabs(tab) : ownSection,
      h('div', { class: 'tab-panel', id: 'questions-tab-panel', role: queue.isModerator ? 'tabpanel' : null }, mainList, empty),
      announcer,
    );
    renderQuestions();
  }

  /** Says what was published since the last look; the first snapshot is the page itself, not news. */
  function announce(quiet: boolean): void {
    const fresh = (queue?.published() ?? []).filter((q) => !announced.has(q.id));
    for (const q of fresh) {
      announced.add(q.id);
    }
    if (quiet || fresh.length === 0 || !queue) {
      return;
    }
    const mine = fresh.some((q) => queue?.myQuestions.has(q.id));
    const others = fresh.filter((q) => !queue?.myQuestions.has(q.id)).length;
    announcer.textContent = [mine ? t('question.ownApprovedAnnounce') : '', others > 0 ? t('question.newAnnounce', { count: others }) : '']
      .filter(Boolean)
      .join(' ');
  }

  function renderQuestions(): void {
    askForm.sync(queue?.session.status !== 'Ended', connection.state === 'connected' && queue !== null);
    if (!queue) {
      return;
    }
    if (lastAsked !== null && queue.questions.get(lastAsked)?.status !== 'Pending') {
      askForm.clearOutcome();
      lastAsked = null;
    }
    const top = queue.pinned();
    pinnedSection.hidden = !top;
    pinned.update(top ? [top] : []);
    const published = queue.published().filter((q) => q !== top);
    if (queue.isModerator) {
      const byTab: Record<ModerationTab, QuestionView[]> = {
        queue: queue.pending(),
        live: published,
        dismissed: queue.dismissed(),
      };
      moderationBar.counts({ queue: byTab.queue.length, live: published.length + (top ? 1 : 0), dismissed: byTab.dismissed.length });
      main.update(byTab[tab]);
      empty.hidden = byTab[tab].length > 0 || (tab === 'live' && top !== undefined);
      empty.textContent = t(moderationTabs[tab].empty);
    } else {
      const mine = queue.ownUnpublished();
      ownSection.hidden = mine.length === 0;
      own.update(mine);
      main.update(published);
      empty.hidden = published.length > 0 || top !== undefined;
      empty.textContent = t('session.noQuestions');
    }
  }

  const unsubscribe = connection.onState(() => renderQuestions());
  const outbox = currentOutbox();
  const outboxStops = outbox
    ? [
        outbox.onChange(renderOutbox),
        outbox.onEvent((event) => {
          if (event.kind !== 'sent' || !queue) {
            return;
          }
          if (event.entry.kind === 'ask' && event.entry.sessionId === sessionId) {
            queue.addOwn(event.result as QuestionView);
          } else if (event.entry.kind === 'upvote' && event.entry.sessionId === sessionId) {
            queue.applyReceipt(event.result as UpvoteReceipt);
          }
          renderQuestions();
        }),
      ]
    : [];
  renderAll();
  renderOutbox();
  const sync = createQueueSync(sessionId, connection, {
    joined(fresh) {
      queue = fresh;
      joinError = null;
      announce(true);
      onSession(fresh.session);
      onJoined(fresh.isModerator);
      renderAll();
    },
    failed(error) {
      joinError = error;
      renderAll();
    },
    changed: () => {
      announce(false);
      renderQuestions();
    },
    session(current) {
      onSession(current.session);
      renderAll();
    },
  });

  return {
    ask: askForm.element,
    element,
    refresh: () => {
      askForm.refresh();
      renderAll();
    },
    dispose: () => {
      clearTimeout(noticeTimer);
      unsubscribe();
      for (const stop of outboxStops) {
        stop();
      }
      sync.dispose();
    },
  };
}
