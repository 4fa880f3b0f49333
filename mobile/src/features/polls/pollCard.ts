import type { Ballot, PollDetails, VoteReceipt } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { t } from '../../i18n';
import type { PollEntry } from './pollsState';
import { createResultsChart, type ResultsChart } from './resultsChart';
import { createVoteBox } from './voteBox';

export type PollAction = 'open' | 'close' | 'show';

export interface PollCardContext {
  moderator: boolean;
  connected: boolean;
  /** Whether a vote can be cast now: connected, or offline with an outbox to keep it. */
  canVote: boolean;
  /** A vote made offline for this poll, waiting to be sent. */
  waitingBallot: Ballot | null;
  /** The moderator action under way on this poll, if any. */
  busy: PollAction | null;
}

export interface PollCardHandlers {
  /** Casts a vote; null when it was kept to be sent once back online. */
  vote(pollId: string, ballot: Ballot): Promise<VoteReceipt | null>;
  act(poll: PollDetails, action: PollAction): void;
  moderateEntry(pollId: string, entryId: string, approve: boolean): void;
}

export interface PollCard {
  readonly element: HTMLElement;
  update(entry: PollEntry, context: PollCardContext): void;
  refresh(): void;
  dispose(): void;
}

/**
 * One poll in the session page: question and state, the vote box, moderator buttons, and the results chart
 * when the server sent results. Each part is redrawn only when what it shows changed; the chart never is.
 */
export function createPollCard(first: PollEntry, firstContext: PollCardContext, handlers: PollCardHandlers): PollCard {
  let entry = first;
  let context = firstContext;
  const head = h('div', { class: 'poll-head' });
  const title = h('h3', { class: 'poll-question', dir: 'auto', 'data-testid': 'poll-question' }, entry.poll.definition.question);
  const vote = createVoteBox(entry, (ballot) => handlers.vote(entry.poll.id, ballot));
  const actions = h('div', { class: 'poll-actions' });
  const resultsNote = h('p', { class: 'muted small', 'data-testid': 'poll-results-hidden' });
  // Moderators approve open-text answers right in the list; the card is made again if that role changes.
  const chart: ResultsChart = createResultsChart(
    entry.poll.definition,
    firstContext.moderator ? { moderateEntry: (entryId, approve) => handlers.moderateEntry(entry.poll.id, entryId, approve) } : {},
  );
  const resultsTitle = h('h4', { class: 'results-title' });
  const results = h('section', { class: 'poll-results' }, resultsTitle, chart.element);
  const element = h(
    'article',
    { class: 'card poll-card', 'data-testid': 'poll-card', 'data-poll-id': entry.poll.id, 'data-kind': entry.poll.definition.kind },
    head,
    title,
    vote.element,
    resultsNote,
    results,
    actions,
  );
  let headSignature = '';
  let actionsSignature = '';

  function renderHead(force: boolean): void {
    const poll = entry.poll;
    const next = JSON.stringify([poll.status, poll.resultsShown, poll.definition.visibility, context.moderator]);
    if (!force && next === headSignature) {
      return;
    }
    headSignature = next;
    element.dataset.status = poll.status;
    element.classList.toggle('is-open', poll.status === 'Open');
    replaceChildren(
      head,
      h('span', { class: `badge poll-status status-${poll.status.toLowerCase()}`, 'data-testid': 'poll-status' }, t(`poll.status.${poll.status}`)),
      h('span', { class: 'badge badge-kind' }, t(`poll.kind.${poll.definition.kind}`)),
      poll.resultsShown && poll.status === 'Open' ? h('span', { class: 'badge badge-on-screen' }, t('poll.onScreen')) : null,
      context.moderator && poll.status !== 'Closed' && poll.definition.visibility === 'AfterClose' && !poll.resultsShown
        ? h('span', { class: 'badge badge-muted' }, t('poll.visibility.AfterClose'))
        : null,
    );
  }

  function renderActions(force: boolean): void {
    const poll = entry.poll;
    const next = JSON.stringify([poll.status, poll.resultsShown, context]);
    if (!force && next === actionsSignature) {
      return;
    }
    actionsSignature = next;
    if (!context.moderator || poll.status === 'Closed') {
      replaceChildren(actions);
      actions.hidden = true;
      return;
    }
    actions.hidden = false;
    const button = (action: PollAction, label: string, style: string): HTMLButtonElement =>
      h(
        'button',
        {
          type: 'button',
          class: `button button-small ${style}`,
          disabled: context.busy !== null || !context.connected,
          'aria-busy': context.busy === action ? 'true' : null,
          'data-testid': `poll-${action}`,
          onClick: () => handlers.act(entry.poll, action),
        },
        label,
      );
    replaceChildren(
      actions,
      poll.status === 'Draft' ? [h('p', { class: 'muted small draft-hint' }, t('poll.draftHint')), button('open', t('poll.open'), 'button-primary')] : null,
      poll.status === 'Open' ? button('close', t('poll.close'), 'button-primary') : null,
      poll.status === 'Open' && !poll.resultsShown ? button('show', t('poll.showResults'), 'button-secondary') : null,
    );
  }

  function renderResults(): void {
    const poll = entry.poll;
    const has = entry.results !== null && poll.status !== 'Draft';
    results.hidden = !has;
    resultsTitle.textContent = poll.status === 'Closed' ? t('poll.finalResults') : t('poll.liveResults');
    if (has) {
      chart.update(entry.results, poll.status === 'Closed' ? poll.definition.correctOption : null);
    }
    const waiting = !has && poll.status === 'Open' && !poll.resultsVisible;
    resultsNote.hidden = !waiting;
    resultsNote.textContent = waiting ? t('poll.resultsAfterClose') : '';
  }

  function update(next: PollEntry, nextContext: PollCardContext, force = false): void {
    entry = next;
    context = nextContext;
    renderHead(force);
    vote.element.hidden = entry.poll.status === 'Draft';
    vote.update(entry, context.canVote, context.waitingBallot);
    renderResults();
    renderActions(force);
  }

  update(first, firstContext, true);
  return {
    element,
    update: (next, nextContext) => update(next, nextContext),
    refresh() {
      update(entry, context, true);
      vote.refresh();
      chart.refresh();
    },
    dispose: () => vote.dispose(),
  };
}
