import type { Ballot, PollDetails, PollDraft, VoteReceipt } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { t } from '../../i18n';
import { currentOutbox } from '../../offline/outbox';
import { describeHubError } from '../../realtime/hubError';
import type { LiveConnection } from '../../realtime/liveConnection';
import { createPollCard, type PollAction, type PollCard, type PollCardContext } from './pollCard';
import { createPollForm, type PollForm } from './pollForm';
import { createPollSync } from './pollSync';

export interface PollsPanel {
  readonly element: HTMLElement;
  /** Polls taking votes now (for the tab's badge). */
  openCount(): number;
  setModerator(moderator: boolean): void;
  refresh(): void;
  dispose(): void;
}

/**
 * The Polls tab of a session: participants vote in open polls and see results when the server sends them;
 * moderators also prepare drafts, open, close and show results, and always see the counts. Cards are kept by
 * poll id, so a push updates a card in place.
 */
export function createPollsPanel(
  sessionId: string,
  connection: LiveConnection,
  moderatorAtFirst: boolean,
  onChange: () => void,
): PollsPanel {
  const element = h('section', { class: 'polls-panel', 'aria-labelledby': 'polls-title', 'data-testid': 'polls-panel' });
  const heading = h('h2', { id: 'polls-title' });
  const notice = h('div', { class: 'panel-notice', role: 'alert' });
  const list = h('div', { class: 'poll-list' });
  const status = h('div', {});
  const formSlot = h('div', {});
  const cards = new Map<string, PollCard>();
  const busy = new Map<string, PollAction>();
  let moderator = moderatorAtFirst;
  let form: PollForm | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const sync = createPollSync(sessionId, connection, () => {
    renderList();
    onChange();
  });

  async function vote(pollId: string, ballot: Ballot): Promise<VoteReceipt | null> {
    const outbox = currentOutbox();
    if (outbox && (await outbox.mustQueue())) {
      await outbox.enqueue({ kind: 'vote', sessionId, pollId, ballot });
      return null;
    }
    const receipt = await connection.vote(pollId, ballot);
    sync.state?.applyReceipt(receipt);
    renderList();
    return receipt;
  }

  async function act(poll: PollDetails, action: PollAction): Promise<void> {
    if (busy.has(poll.id)) {
      return;
    }
    busy.set(poll.id, action);
    renderList();
    try {
      const calls: Record<PollAction, (id: string) => Promise<PollDetails>> = {
        open: (id) => connection.openPoll(id),
        close: (id) => connection.closePoll(id),
        show: (id) => connection.showPollResults(id),
      };
      sync.state?.applyPoll(await calls[action](poll.id));
    } catch (error: unknown) {
      showNotice(describeHubError(error));
    }
    busy.delete(poll.id);
    renderList();
    onChange();
  }

  async function moderateEntry(pollId: string, entryId: string, approve: boolean): Promise<void> {
    try {
      const entry = await connection.moderatePollEntry(pollId, entryId, approve);
      if (sync.state?.applyEntry(pollId, entry)) {
        renderList();
      }
    } catch (error: unknown) {
      showNotice(describeHubError(error));
    }
  }

  async function create(draft: PollDraft): Promise<void> {
    const created = await connection.createPoll(sessionId, draft);
    sync.state?.applyPoll(created);
    renderList();
    cards.get(created.id)?.element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  function showNotice(message: string): void {
    clearTimeout(noticeTimer);
    replaceChildren(notice, h('p', { class: 'notice notice-error' }, message));
    noticeTimer = setTimeout(() => notice.replaceChildren(), 8_000);
  }

  function contextOf(pollId: string): PollCardContext {
    const connected = connection.state === 'connected';
    const outbox = currentOutbox();
    const kept = outbox?.waiting().filter((e) => e.kind === 'vote' && e.pollId === pollId).at(-1);
    return {
      moderator,
      connected,
      canVote: connected || outbox !== null,
      waitingBallot: kept?.kind === 'vote' ? kept.ballot : null,
      busy: busy.get(pollId) ?? null,
    };
  }

  function renderList(): void {
    const state = sync.state;
    if (!state) {
      replaceChildren(
        status,
        sync.error
          ? h(
              'div',
              { class: 'notice notice-error', role: 'alert' },
              h('p', {}, describeHubError(sync.error)),
              h('button', { type: 'button', class: 'button button-secondary', onClick: () => void sync.relist() }, t('common.retry')),
            )
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    const entries = state.list(moderator);
    replaceChildren(status, entries.length === 0 ? h('p', { class: 'empty', 'data-testid': 'polls-empty' }, moderator ? t('poll.noneModerator') : t('poll.none')) : null);
    const keep = new Set<string>();
    entries.forEach((entry, index) => {
      keep.add(entry.poll.id);
      let card = cards.get(entry.poll.id);
      if (card) {
        card.update(entry, contextOf(entry.poll.id));
      } else {
        card = createPollCard(entry, contextOf(entry.poll.id), {
          vote,
          act: (poll, action) => void act(poll, action),
          moderateEntry: (pollId, entryId, approve) => void moderateEntry(pollId, entryId, approve),
        });
        cards.set(entry.poll.id, card);
      }
      if (list.children.item(index) !== card.element) {
        list.insertBefore(card.element, list.children.item(index));
      }
    });
    for (const [id, card] of cards) {
      if (!keep.has(id)) {
        card.dispose();
        card.element.remove();
        cards.delete(id);
      }
    }
  }

  function render(): void {
    heading.textContent = t('poll.title');
    if (moderator && !form) {
      form = createPollForm(create);
    } else if (!moderator) {
      form = null;
    }
    replaceChildren(formSlot, form?.element);
    replaceChildren(element, h('div', { class: 'panel-head' }, heading), formSlot, notice, status, list);
    renderList();
  }

  const unsubscribe = connection.onState(() => renderList());
  const outbox = currentOutbox();
  const outboxStops = outbox
    ? [
        outbox.onChange(() => renderList()),
        outbox.onEvent((event) => {
          if (event.kind === 'sent' && event.entry.kind === 'vote' && event.entry.sessionId === sessionId) {
            sync.state?.applyReceipt(event.result as VoteReceipt);
            renderList();
          }
        }),
      ]
    : [];
  render();

  return {
    element,
    openCount: () => sync.state?.openCount() ?? 0,
    setModerator(next) {
      if (next !== moderator) {
        moderator = next;
        // Cards draw moderator tools when made: make them again for the new role.
        for (const card of cards.values()) {
          card.dispose();
        }
        cards.clear();
        list.replaceChildren();
        render();
      }
    },
    refresh() {
      form?.refresh();
      render();
      for (const card of cards.values()) {
        card.refresh();
      }
    },
    dispose() {
      clearTimeout(noticeTimer);
      unsubscribe();
      for (const stop of outboxStops) {
        stop();
      }
      sync.dispose();
      for (const card of cards.values()) {
        card.dispose();
      }
    },
  };
}
