import type { Nominee, PrizeBoardView, PrizeCategory, PrizeResults } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { href } from '../../app/router';
import { formatNumber, formatPercent, t } from '../../i18n';
import { actionLineChip } from '../agenda/tags';
import { currentAuth, currentToken, hasRole } from '../auth/authStore';
import { countryName } from '../auth/countries';
import { categoryTitle } from './categoryTitle';
import { fetchPrizeResults, fetchPrizes, publishWinners, votePrize } from './prizesApi';

type Results = { loading: true } | { results: PrizeResults } | { error: unknown };

/**
 * The WSIS Prizes vote: each category folds open on its nominees; one vote per category, after which the
 * buttons rest and say whom one chose. Totals stay hidden until the organisers publish the winners (organisers
 * see them all along), then show as bars. Organisers publish from here, after a confirmation.
 */
export function createPrizesPage(): Page {
  const element = h('div', { class: 'page page-prizes' });
  const auth = currentAuth();
  const organiser = auth !== null && hasRole(auth.profile, 'Organiser');
  const open = new Set<string>();
  const results = new Map<string, Results>();
  const voting = new Set<string>();
  const errors = new Map<string, unknown>();
  let board: PrizeBoardView | null = null;
  let loadError: unknown = null;
  let publishing = false;
  let publishError: unknown = null;
  let disposed = false;

  async function load(): Promise<void> {
    const token = currentToken();
    if (!token) {
      return;
    }
    try {
      board = await fetchPrizes(token);
      loadError = null;
    } catch (error: unknown) {
      loadError = error;
    }
    if (!disposed) {
      render();
      for (const id of open) {
        void loadResults(id, false);
      }
    }
  }

  const totalsVisible = (): boolean => board !== null && (board.winnersPublished || organiser);

  async function loadResults(categoryId: string, force: boolean): Promise<void> {
    const token = currentToken();
    if (!token || !totalsVisible() || (!force && results.has(categoryId))) {
      return;
    }
    results.set(categoryId, { loading: true });
    renderCategory(categoryId);
    try {
      results.set(categoryId, { results: await fetchPrizeResults(token, categoryId) });
    } catch (error: unknown) {
      results.set(categoryId, { error });
    }
    renderCategory(categoryId);
  }

  async function vote(category: PrizeCategory, nominee: Nominee): Promise<void> {
    const token = currentToken();
    if (!token || !board || voting.has(category.id)) {
      return;
    }
    voting.add(category.id);
    errors.delete(category.id);
    renderCategory(category.id);
    try {
      const receipt = await votePrize(token, category.id, nominee.id);
      board.myVotes[receipt.categoryId] = receipt.nomineeId;
    } catch (error: unknown) {
      errors.set(category.id, error);
      if (error instanceof ApiError && (error.code === 'prize.already_voted' || error.code === 'prize.voting_closed')) {
        // The server knows better: learn the vote already cast, or that voting has ended.
        voting.delete(category.id);
        await load();
        return;
      }
    }
    voting.delete(category.id);
    renderCategory(category.id);
    element.querySelector<HTMLElement>(`[data-category-id="${category.id}"] [data-testid="prize-voted"]`)?.focus();
  }

  async function publish(): Promise<void> {
    const token = currentToken();
    if (!token || publishing) {
      return;
    }
    publishing = true;
    publishError = null;
    render();
    try {
      await publishWinners(token);
      results.clear();
    } catch (error: unknown) {
      publishError = error;
    }
    publishing = false;
    await load();
  }

  function confirmPublish(): void {
    const dialog = h(
      'dialog',
      { class: 'dialog', 'aria-labelledby': 'publish-title', 'data-testid': 'prizes-publish-dialog' },
      h(
        'form',
        { method: 'dialog', class: 'dialog-body' },
        h('h2', { id: 'publish-title' }, t('prizes.publishConfirmTitle')),
        h('p', {}, t('prizes.publishConfirm')),
        h(
          'div',
          { class: 'actions dialog-actions' },
          h('button', { type: 'submit', value: 'cancel', class: 'button button-ghost', 'data-testid': 'prizes-publish-cancel' }, t('common.cancel')),
          h('button', { type: 'submit', value: 'publish', class: 'button button-primary', 'data-testid': 'prizes-publish-confirm' }, t('prizes.publish')),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      const confirmed = dialog.returnValue === 'publish';
      dialog.remove();
      if (confirmed) {
        void publish();
      }
    });
    element.append(dialog);
    dialog.showModal();
  }

  function resultsBlock(category: PrizeCategory): HTMLElement | null {
    if (!board || !totalsVisible()) {
      return board ? h('p', { class: 'muted small', 'data-testid': 'prize-totals-hidden' }, t('prizes.totalsHidden')) : null;
    }
    const held = results.get(category.id);
    if (!held || 'loading' in held) {
      return h('p', { class: 'loading small', role: 'status' }, t('common.loading'));
    }
    if ('error' in held) {
      return h('p', { class: 'field-error' }, describeError(held.error));
    }
    const total = held.results.votes;
    const votes = new Map(held.results.nominees.map((n) => [n.nomineeId, n.votes]));
    const most = Math.max(0, ...votes.values());
    return h(
      'div',
      { class: 'prize-results', 'data-testid': 'prize-results' },
      h('p', { class: 'muted small' }, board.winnersPublished ? t('prizes.totalVotes', { count: total }) : `${t('prizes.organiserPreview')} ${t('prizes.totalVotes', { count: total })}`),
      h(
        'ol',
        { class: 'bars prize-bars' },
        [...category.nominees]
          .sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0))
          .map((nominee) => {
            const count = votes.get(nominee.id) ?? 0;
            const share = total > 0 ? count / total : 0;
            const winner = board?.winnersPublished === true && count === most && most > 0;
            return h(
              'li',
              { class: `bar-row${winner ? ' is-winner' : ''}`, 'data-testid': 'prize-result-row', 'data-nominee-id': nominee.id, 'data-votes': count },
              h(
                'div',
                { class: 'bar-head' },
                h('span', { class: 'bar-label' }, h('bdi', {}, nominee.project)),
                winner ? h('span', { class: 'badge badge-winner' }, icon(icons.award), t('prizes.winner')) : null,
                nominee.id === board?.myVotes[category.id] ? h('span', { class: 'badge badge-mine' }, t('prizes.yourVote')) : null,
                h('span', { class: 'bar-value' }, `${formatNumber(count)} · ${formatPercent(share)}`),
              ),
              h('div', { class: 'bar-track', 'aria-hidden': 'true' }, shareBar(share)),
            );
          }),
      ),
    );
  }

  function categoryBody(category: PrizeCategory): HTMLElement[] {
    const chosen = board?.myVotes[category.id];
    const closed = board?.winnersPublished ?? false;
    const busy = voting.has(category.id);
    const error = errors.get(category.id);
    const choice = category.nominees.find((n) => n.id === chosen);
    const voted = choice
      ? h('p', { class: 'notice notice-success', tabindex: '-1', 'data-testid': 'prize-voted' }, icon(icons.check), h('span', { dir: 'auto' }, t('prizes.youVoted', { project: choice.project })))
      : null;
    if (closed) {
      // Voting is over: the totals say it all.
      return [voted, resultsBlock(category)].filter((part): part is HTMLElement => part !== null);
    }
    return [
      voted,
      error ? h('p', { class: 'field-error', role: 'alert', 'data-testid': 'prize-error' }, describeError(error)) : null,
      h(
        'ul',
        { class: 'nominees' },
        category.nominees.map((nominee) =>
          h(
            'li',
            { class: `nominee${nominee.id === chosen ? ' is-chosen' : ''}`, 'data-testid': 'prize-nominee', 'data-nominee-id': nominee.id },
            h('div', { class: 'nominee-text' }, h('p', { class: 'nominee-project', dir: 'auto' }, nominee.project), h('p', { class: 'muted small', dir: 'auto' }, `${nominee.organisation} · ${countryName(nominee.country)}`)),
            nominee.id === chosen
              ? h('span', { class: 'badge badge-mine' }, icon(icons.check), t('prizes.yourVote'))
              : h(
                  'button',
                  {
                    type: 'button',
                    class: 'button button-secondary button-small',
                    disabled: chosen !== undefined || closed || busy,
                    'aria-label': t('prizes.voteFor', { project: nominee.project }),
                    'data-testid': 'prize-vote',
                    onClick: () => void vote(category, nominee),
                  },
                  busy ? t('prizes.voting') : t('prizes.vote'),
                ),
          ),
        ),
      ),
      resultsBlock(category),
    ].filter((part): part is HTMLElement => part !== null);
  }

  function categoryElement(category: PrizeCategory): HTMLElement {
    const chosen = board?.myVotes[category.id];
    const details = h(
      'details',
      { class: 'card prize-category', open: open.has(category.id), 'data-testid': 'prize-category', 'data-category-id': category.id, 'data-voted': chosen ? 'true' : 'false' },
      h(
        'summary',
        {},
        h(
          'span',
          { class: 'prize-summary' },
          h('span', { class: 'prize-name', dir: 'auto' }, categoryTitle(category)),
          // "C1 The role of ..." already names its action line (in every language, as the English title does); "e-health" does not.
          category.name.startsWith(category.actionLine) ? null : h('ul', { class: 'chips' }, actionLineChip(category.actionLine)),
        ),
        h('span', { class: `prize-state${chosen ? ' is-voted' : ''}` }, chosen ? icon(icons.check) : null, chosen ? t('prizes.voted') : t('prizes.nominees', { count: category.nominees.length })),
        icon(icons.chevronDown, 'icon chevron'),
      ),
      h('div', { class: 'prize-body' }, categoryBody(category)),
    );
    details.addEventListener('toggle', () => {
      if (details.open) {
        open.add(category.id);
        void loadResults(category.id, false);
      } else {
        open.delete(category.id);
      }
    });
    return details;
  }

  function renderCategory(categoryId: string): void {
    const category = board?.categories.find((c) => c.id === categoryId);
    const current = element.querySelector(`[data-category-id="${categoryId}"]`);
    if (category && current) {
      current.replaceWith(categoryElement(category));
      renderProgress();
    }
  }

  function renderProgress(): void {
    const progress = element.querySelector('[data-testid="prizes-progress"]');
    if (progress && board) {
      progress.textContent = t('prizes.progress', { count: Object.keys(board.myVotes).length, total: board.categories.length });
    }
  }

  function render(): void {
    const heading = h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.award), h('span', {}, t('prizes.title'))));
    if (!auth) {
      replaceChildren(
        element,
        heading,
        h('section', { class: 'card signin-prompt' }, h('p', {}, t('prizes.signIn')), h('a', { class: 'button button-primary', href: href({ name: 'signin', next: '/prizes' }) }, t('nav.signIn'))),
      );
      return;
    }
    if (!board) {
      replaceChildren(
        element,
        heading,
        loadError
          ? h('div', { class: 'card notice notice-error', role: 'alert' }, h('p', {}, describeError(loadError)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void load() }, t('common.retry')))
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    replaceChildren(
      element,
      heading,
      h(
        'section',
        { class: 'card prizes-intro' },
        h('p', {}, t('prizes.intro')),
        h('p', { class: 'prizes-progress', 'data-testid': 'prizes-progress', role: 'status' }),
        board.winnersPublished
          ? h('p', { class: 'notice notice-info', 'data-testid': 'prizes-published' }, t('prizes.closed'))
          : h('p', { class: 'muted small' }, t('prizes.totalsHidden')),
        organiser && !board.winnersPublished
          ? h(
              'div',
              { class: 'organiser-bar' },
              h('span', { class: 'badge badge-moderator' }, t('prizes.organiser')),
              h('button', { type: 'button', class: 'button button-primary', disabled: publishing, 'data-testid': 'prizes-publish', onClick: confirmPublish }, publishing ? t('prizes.publishing') : t('prizes.publish')),
            )
          : null,
        publishError ? h('p', { class: 'field-error', role: 'alert' }, describeError(publishError)) : null,
      ),
      h('div', { class: 'prize-list', 'data-testid': 'prize-list' }, board.categories.map(categoryElement)),
    );
    renderProgress();
  }

  render();
  void load();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
    },
  };
}

/** A bar as wide as `share`; set through the style object, since a style attribute is inline CSS the CSP refuses. */
function shareBar(share: number): HTMLElement {
  const bar = h('span', { class: 'bar bar-total' });
  bar.style.setProperty('inline-size', `${Math.round(share * 1000) / 10}%`);
  return bar;
}
