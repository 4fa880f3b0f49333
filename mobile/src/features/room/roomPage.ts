import { publicOrigin } from '../../api/forumInfo';
import type { QuestionView, SessionDetails } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { formatNumber, t } from '../../i18n';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { describeHubError } from '../../realtime/hubError';
import { fetchSession, savedSession } from '../agenda/agendaApi';
import { secondsLeft } from '../polls/ballot';
import { createPollSync } from '../polls/pollSync';
import type { PollEntry } from '../polls/pollsState';
import { createResultsChart, type ResultsChart } from '../polls/resultsChart';
import { createQueueSync } from '../questions/queueSync';
import { qrCodeSvg } from './qrCode';

/**
 * The room screen, for the projector: session title, the pinned question, the current poll with its live
 * results when they may be shown, and a QR code to join. Large type on a dark background, readable from the
 * back of a hall. Needs a signed-in account (the moderator's, on the projector laptop).
 */
export function createRoomPage(sessionId: string): Page {
  const element = h('div', { class: 'room', 'data-testid': 'room-screen' });
  const connection = pageConnection(`/room/${sessionId}`);
  // The forum's public address, not the one this laptop reached the server at (often a bind or loopback address).
  let origin = location.origin;
  const joinUrl = (): string => `${origin}/#/session/${encodeURIComponent(sessionId)}`;
  const checkInUrl = (): string => `${origin}/#/checkin/${encodeURIComponent(sessionId)}`;
  let session: SessionDetails | null = savedSession(sessionId);
  let pinned: QuestionView | undefined;
  let joinError: unknown = null;
  let disposed = false;

  const title = h('h1', { class: 'room-title', dir: 'auto', 'data-testid': 'room-title' });
  const meta = h('p', { class: 'room-meta' });
  const pinnedBox = h('section', { class: 'room-pinned', 'data-testid': 'room-pinned', hidden: true });
  const pollBox = h('section', { class: 'room-poll', 'data-testid': 'room-poll' });
  const joinBox = h('aside', { class: 'room-join' });
  const corner = h('div', { class: 'room-corner' });
  const badge = connection ? createConnectionBadge(connection) : null;
  let chart: { pollId: string; chart: ResultsChart; element: HTMLElement } | null = null;
  let countdownTimer: ReturnType<typeof setInterval> | undefined;

  if (!connection) {
    const render = (): void =>
      replaceChildren(
        element,
        h(
          'div',
          { class: 'room-signin' },
          h('p', {}, t('room.signIn')),
          h('a', { class: 'button button-primary', href: href({ name: 'signin', next: `/room/${sessionId}` }), 'data-testid': 'room-signin' }, t('nav.signIn')),
        ),
      );
    render();
    return { element, refresh: render, dispose: () => undefined };
  }

  fetchSession(sessionId)
    .then((details) => {
      if (!disposed && !session) {
        session = details;
        renderTitle();
      }
    })
    .catch(() => undefined);

  // Questions first: JoinSession puts this connection in the session's group before the polls are listed.
  const queueSync = createQueueSync(sessionId, connection, {
    joined(queue) {
      session = queue.session;
      pinned = queue.pinned();
      joinError = null;
      renderTitle();
      renderPinned();
    },
    failed(error) {
      joinError = error;
      renderTitle();
    },
    changed(queue) {
      pinned = queue.pinned();
      renderPinned();
    },
    session(queue) {
      session = queue.session;
      renderTitle();
    },
  });
  const pollSync = createPollSync(sessionId, connection, () => renderPoll());

  function renderTitle(): void {
    title.textContent = session?.title ?? t('common.loading');
    meta.textContent = session ? `${session.room}` : '';
    if (joinError) {
      meta.textContent = describeHubError(joinError);
    }
  }

  function renderPinned(): void {
    pinnedBox.hidden = !pinned;
    if (!pinned) {
      pinnedBox.replaceChildren();
      return;
    }
    replaceChildren(
      pinnedBox,
      h('h2', { class: 'room-label' }, icon(icons.pin), h('span', {}, t('question.pinned'))),
      h('p', { class: 'room-question', dir: 'auto', 'data-testid': 'room-pinned-text' }, pinned.text),
      h('p', { class: 'room-author', dir: 'auto' }, pinned.authorName ?? t('question.anonymous')),
    );
  }

  function renderPoll(): void {
    const entry: PollEntry | undefined = pollSync.state?.current();
    if (!entry) {
      chart = null;
      clearInterval(countdownTimer);
      countdownTimer = undefined;
      replaceChildren(pollBox, h('p', { class: 'room-idle' }, t('room.idle')));
      pollBox.dataset.pollId = '';
      return;
    }
    const poll = entry.poll;
    if (chart?.pollId !== poll.id) {
      const created = createResultsChart(poll.definition, { room: true });
      chart = { pollId: poll.id, chart: created, element: created.element };
      const status = h('p', { class: 'room-poll-status', 'data-testid': 'room-poll-status' });
      const waiting = h('p', { class: 'room-waiting', 'data-testid': 'room-poll-waiting' });
      const countdown = h('p', { class: 'room-countdown', 'data-testid': 'room-countdown', role: 'timer' });
      replaceChildren(
        pollBox,
        h('div', { class: 'room-poll-head' }, h('span', { class: 'room-label' }, icon(icons.chart), h('span', {}, t(`poll.kind.${poll.definition.kind}`))), status, countdown),
        h('h2', { class: 'room-poll-question', dir: 'auto', 'data-testid': 'room-poll-question' }, poll.definition.question),
        waiting,
        created.element,
      );
    }
    pollBox.dataset.pollId = poll.id;
    pollBox.dataset.status = poll.status;
    const visible = poll.resultsVisible && entry.results !== null;
    chart.element.hidden = !visible;
    if (visible) {
      chart.chart.update(entry.results, poll.status === 'Closed' ? poll.definition.correctOption : null);
    }
    const status = pollBox.querySelector<HTMLElement>('[data-testid="room-poll-status"]');
    if (status) {
      status.textContent = poll.status === 'Open' ? t('room.voteNow') : t('poll.status.Closed');
      status.classList.toggle('is-open', poll.status === 'Open');
    }
    const waiting = pollBox.querySelector<HTMLElement>('[data-testid="room-poll-waiting"]');
    if (waiting) {
      waiting.hidden = visible;
      const votes = entry.results?.voters;
      waiting.textContent = votes !== undefined ? `${t('room.votesSoFar', { count: votes })} · ${t('poll.resultsAfterClose')}` : t('poll.resultsAfterClose');
    }
    syncCountdown(entry);
  }

  function syncCountdown(entry: PollEntry): void {
    const running = entry.poll.status === 'Open' && entry.poll.deadline !== null;
    const tick = (): void => {
      const countdown = pollBox.querySelector<HTMLElement>('[data-testid="room-countdown"]');
      const left = secondsLeft(entry.poll.deadline, entry.poll.definition.countdownSeconds, Date.now());
      if (countdown) {
        countdown.hidden = !running || left === null;
        countdown.textContent = left === null ? '' : left > 0 ? formatNumber(left) : t('poll.timeUp');
        countdown.classList.toggle('is-urgent', left !== null && left <= 5);
      }
    };
    clearInterval(countdownTimer);
    countdownTimer = running ? setInterval(tick, 250) : undefined;
    tick();
  }

  /** Two codes side by side: the large one opens the session, the smaller one checks the person in as well. */
  function renderJoin(): void {
    const join = joinUrl();
    const checkIn = checkInUrl();
    const checkInQr = qrCodeSvg(checkIn, t('room.checkInQrLabel', { url: checkIn }));
    checkInQr.setAttribute('data-testid', 'room-checkin-qr');
    replaceChildren(
      joinBox,
      h(
        'div',
        { class: 'room-codes' },
        h('p', { class: 'room-join-title room-code-title' }, t('room.join')),
        h('p', { class: 'room-join-title room-code-title room-code-second' }, t('room.checkIn')),
        h('div', { class: 'qr-frame' }, qrCodeSvg(join, t('room.qrLabel', { url: join }))),
        h(
          'div',
          { class: 'room-code-checkin room-code-second', 'data-testid': 'room-checkin' },
          h('div', { class: 'qr-frame' }, checkInQr),
          h('p', { class: 'room-code-hint' }, t('room.checkInHint')),
        ),
      ),
      h('p', { class: 'room-url', dir: 'ltr', 'data-testid': 'room-url' }, breakable(join.replace(/^https?:\/\//, ''))),
    );
  }

  function render(): void {
    replaceChildren(
      corner,
      h('a', { class: 'room-exit', href: href({ name: 'session', id: sessionId }), 'data-testid': 'room-exit' }, icon(icons.back, 'icon icon-back'), h('span', {}, t('room.exit'))),
      badge?.element,
    );
    replaceChildren(
      element,
      h('header', { class: 'room-header' }, h('div', { class: 'room-brand' }, h('img', { src: `${import.meta.env.BASE_URL}icons/icon.svg`, alt: '', width: 48, height: 48 }), h('span', {}, t('app.tagline'))), corner),
      h('div', { class: 'room-heading' }, title, meta),
      // The poll takes the stage; the way to join and the question on screen share the side.
      h('div', { class: 'room-grid' }, h('div', { class: 'room-stage' }, pollBox), h('div', { class: 'room-side' }, joinBox, pinnedBox)),
    );
    renderTitle();
    renderPinned();
    renderJoin();
    chart = null;
    renderPoll();
  }

  render();
  void publicOrigin().then((published) => {
    if (!disposed && published !== origin) {
      origin = published;
      renderJoin();
    }
  });
  return {
    element,
    refresh: () => {
      badge?.refresh();
      render();
    },
    dispose: () => {
      disposed = true;
      clearInterval(countdownTimer);
      badge?.dispose();
      pollSync.dispose();
      queueSync.dispose();
    },
  };
}

/** A URL that may wrap only after a slash, never inside a name or the session id. */
function breakable(url: string): (string | HTMLElement)[] {
  return url.split(/(?<=\/)/).flatMap((part, index) => (index === 0 ? [part] : [h('wbr', {}), part]));
}
