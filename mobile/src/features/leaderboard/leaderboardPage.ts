import type { LeaderboardEntry } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { LeaderboardState } from './leaderboardState';

const ways: readonly { key: MessageKey; icon: readonly string[] }[] = [
  { key: 'leaderboard.how.ask', icon: icons.arrowUp },
  { key: 'leaderboard.how.upvoted', icon: icons.user },
  { key: 'leaderboard.how.vote', icon: icons.chart },
  { key: 'leaderboard.how.quiz', icon: icons.clock },
  { key: 'leaderboard.how.checkIn', icon: icons.room },
  { key: 'leaderboard.how.contact', icon: icons.wifi },
];

/** The engagement leaderboard: the live top 10, the person's own place, and how points are earned. */
export function createLeaderboardPage(): Page {
  const element = h('div', { class: 'page page-leaderboard' });
  const auth = currentAuth();
  const connection = pageConnection('/leaderboard');
  const badge = connection ? createConnectionBadge(connection) : null;
  const state = auth ? new LeaderboardState(auth.profile.id) : null;
  const me = h('p', { class: 'my-place', 'data-testid': 'leaderboard-me', role: 'status' });
  const list = h('ol', { class: 'leaderboard-list', 'data-testid': 'leaderboard-list' });
  const status = h('div', {});
  let loaded = false;
  let error: unknown = null;
  let refetch: ReturnType<typeof setTimeout> | undefined;

  async function load(): Promise<void> {
    if (!connection || !state) {
      return;
    }
    try {
      state.applyView(await connection.getLeaderboard());
      loaded = true;
      error = null;
    } catch (failure: unknown) {
      error = failure;
    }
    renderBoard();
  }

  function row(entry: LeaderboardEntry): HTMLElement {
    const mine = state?.isMe(entry) ?? false;
    return h(
      'li',
      { class: `leader${mine ? ' is-me' : ''}${entry.rank <= 3 ? ` is-podium rank-${entry.rank}` : ''}`, 'data-testid': 'leaderboard-entry', 'data-rank': entry.rank, 'data-me': mine ? 'true' : 'false' },
      h('span', { class: 'leader-rank' }, formatNumber(entry.rank)),
      h('span', { class: `leader-name${entry.name === null ? ' is-unlisted' : ''}`, dir: 'auto' }, entry.name ?? t('leaderboard.unlisted'), mine ? h('span', { class: 'badge badge-mine' }, t('leaderboard.youMarker')) : null),
      h('span', { class: 'leader-points' }, t('leaderboard.pointsValue', { points: entry.points })),
    );
  }

  function renderBoard(): void {
    if (!state) {
      return;
    }
    if (!loaded) {
      replaceChildren(
        status,
        error
          ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeHubError(error)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void load() }, t('common.retry')))
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    status.replaceChildren();
    me.textContent =
      state.myRank !== null
        ? t('leaderboard.you', { rank: state.myRank, points: state.myPoints })
        : state.myPoints > 0
          ? t('leaderboard.youOutside', { points: state.myPoints })
          : t('leaderboard.noPoints');
    me.dataset.rank = state.myRank === null ? '' : String(state.myRank);
    me.dataset.points = String(state.myPoints);
    me.classList.toggle('has-rank', state.myRank !== null);
    replaceChildren(list, state.top.length === 0 ? h('li', { class: 'empty' }, t('leaderboard.empty')) : state.top.map(row));
  }

  function render(): void {
    replaceChildren(
      element,
      h('div', { class: 'page-toolbar' }, h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.trophy), h('span', {}, t('leaderboard.title')))), badge?.element),
      state
        ? h(
            'section',
            { class: 'card leaderboard-card', 'aria-labelledby': 'leaderboard-top' },
            h('h2', { id: 'leaderboard-top' }, t('leaderboard.intro')),
            me,
            status,
            list,
          )
        : h(
            'section',
            { class: 'card signin-prompt' },
            h('p', {}, t('leaderboard.signIn')),
            h('a', { class: 'button button-primary', href: href({ name: 'signin', next: '/leaderboard' }) }, t('nav.signIn')),
          ),
      h(
        'section',
        { class: 'card how-card', 'aria-labelledby': 'how-title', 'data-testid': 'leaderboard-how' },
        h('h2', { id: 'how-title' }, t('leaderboard.howTitle')),
        h('ul', { class: 'how-list' }, ways.map((way) => h('li', {}, icon(way.icon), h('span', {}, t(way.key))))),
        h('p', { class: 'muted small' }, t('leaderboard.how.caps')),
      ),
    );
    renderBoard();
  }

  const unsubscribe = connection
    ? [
        connection.onConnected(() => void load()),
        connection.onLeaderboardChanged((top) => {
          if (!state) {
            return;
          }
          const hadRank = state.myRank;
          if (state.applyTop(top)) {
            renderBoard();
            if (hadRank !== null && state.myRank === null) {
              // Pushed out of the top 10: ask for the own place again, once things settle.
              clearTimeout(refetch);
              refetch = setTimeout(() => void load(), 3_000);
            }
          }
        }),
      ]
    : [];
  render();
  if (connection?.state === 'connected') {
    void load();
  } else {
    void connection?.start();
  }

  return {
    element,
    refresh: () => {
      badge?.refresh();
      render();
    },
    dispose: () => {
      clearTimeout(refetch);
      badge?.dispose();
      for (const stop of unsubscribe) {
        stop();
      }
    },
  };
}
