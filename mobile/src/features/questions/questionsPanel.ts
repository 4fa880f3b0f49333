import type { ModerationAction, QuestionView, SessionDetails } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import { t } from '../../i18n';
import { describeHubError, parseHubError } from '../../realtime/hubError';
import type { LiveConnection } from '../../realtime/liveConnection';
import { createAskForm, type AskForm } from './askForm';
import { KeyedList } from './keyedList';
import { createModerationBar, type ModerationTab, moderationTabs } from './moderationBar';
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

  let queue: QueueState | null = null;
  let joinError: unknown = null;
  let lastAsked: number | null = null;
  let tab: ModerationTab = 'queue';
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const busy = new Set<number>();

  const render = (q: QuestionView): HTMLElement =>
    questionItem(q, contextOf(q), {
      toggleUpvote: (question) => void toggleUpvote(question),
      moderate: (question, action) => void moderate(question, action),
    });
  const signature = (q: QuestionView): string => questionSignature(q, contextOf(q));
  const lists = [pinnedList, ownList, mainList].map((list) => new KeyedList<QuestionView>(list, (q) => q.id, signature, render));
  const [pinned, own, main] = lists as [KeyedList<QuestionView>, KeyedList<QuestionView>, KeyedList<QuestionView>];

  const askForm: AskForm = createAskForm(async (text, anonymous) => {
    const question = await connection.askQuestion(sessionId, text, anonymous);
    lastAsked = question.id;
    queue?.addOwn(question);
    renderQuestions();
    return question.status === 'Pending' ? 'pending' : 'published';
  });
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
      upvoted: queue?.myUpvotes.has(q.id) ?? false,
      // Askers cannot upvote their own questions (the server refuses with question.own).
      canUpvote: connection.state === 'connected' && queue?.session.status !== 'Ended' && !mine,
      moderator,
      busy: busy.has(q.id),
    };
  }

  async function toggleUpvote(question: QuestionView): Promise<void> {
    if (!queue || busy.has(question.id)) {
      return;
    }
    const withdrawing = queue.myUpvotes.has(question.id);
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
    );
    renderQuestions();
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
  renderAll();
  const sync = createQueueSync(sessionId, connection, {
    joined(fresh) {
      queue = fresh;
      joinError = null;
      onSession(fresh.session);
      onJoined(fresh.isModerator);
      renderAll();
    },
    failed(error) {
      joinError = error;
      renderAll();
    },
    changed: () => renderQuestions(),
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
      sync.dispose();
    },
  };
}
