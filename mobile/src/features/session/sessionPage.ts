import type { SessionDetails } from '../../api/contracts';
import { ApiError } from '../../api/http';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { href, navigate } from '../../app/router';
import { t } from '../../i18n';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { closeLiveConnection, liveConnection } from '../../realtime/liveConnection';
import { fetchSession, savedSession } from '../agenda/agendaApi';
import { currentAuth, currentToken, signOut } from '../auth/authStore';
import { createQuestionsPanel, type QuestionsPanel } from '../questions/questionsPanel';
import { sessionHeader } from './sessionHeader';

/** A session: its details, and for signed-in people the live questions (asking, upvoting, moderating). */
export function createSessionPage(sessionId: string): Page {
  const element = h('div', { class: 'page page-session' });
  const headerSlot = h('div', { class: 'session-header-slot' });
  let session: SessionDetails | null = savedSession(sessionId);
  let loadError: unknown = null;
  let disposed = false;

  const auth = currentAuth();
  const connection = auth
    ? liveConnection(currentToken, () => {
        // The server no longer accepts this sign-in: start again from the sign-in page, then come back here.
        void closeLiveConnection();
        signOut();
        navigate({ name: 'signin', next: `/session/${sessionId}` });
      })
    : null;
  const badge = connection ? createConnectionBadge(connection) : null;
  const panel: QuestionsPanel | null =
    connection && auth
      ? createQuestionsPanel(sessionId, connection, auth.profile.id, (updated) => {
          session = updated;
          renderHeader();
        })
      : null;

  fetchSession(sessionId)
    .then((details) => {
      if (!disposed) {
        session = details;
        loadError = null;
        render();
      }
    })
    .catch((error: unknown) => {
      if (!disposed) {
        loadError = error;
        render();
      }
    });

  function renderHeader(): void {
    if (session) {
      // Keep "About this session" as the person left it when the header is redrawn.
      const about = headerSlot.querySelector('details');
      replaceChildren(headerSlot, sessionHeader(session, about ? about.open : null));
    } else if (loadError) {
      replaceChildren(headerSlot, h('div', { class: 'card notice notice-error', role: 'alert' }, describeError(loadError)));
    } else {
      replaceChildren(headerSlot, h('p', { class: 'loading', role: 'status' }, t('common.loading')));
    }
  }

  function render(): void {
    const notFound = loadError instanceof ApiError && loadError.status === 404;
    renderHeader();
    replaceChildren(
      element,
      h(
        'div',
        { class: 'page-toolbar' },
        h('a', { class: 'back-link', href: href({ name: 'agenda' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.back'))),
        badge?.element,
      ),
      h(
        'div',
        { class: 'session-layout' },
        h(
          'div',
          { class: 'session-aside' },
          headerSlot,
          notFound ? null : panel ? panel.ask : signInPrompt(),
        ),
        notFound || !panel ? null : h('div', { class: 'session-main' }, panel.element),
      ),
    );
  }

  function signInPrompt(): HTMLElement {
    return h(
      'section',
      { class: 'card signin-prompt' },
      h('p', {}, t('session.signInToAsk')),
      h('a', { class: 'button button-primary', href: href({ name: 'signin', next: `/session/${sessionId}` }) }, t('nav.signIn')),
    );
  }

  render();
  return {
    element,
    refresh: () => {
      badge?.refresh();
      panel?.refresh();
      render();
    },
    dispose: () => {
      disposed = true;
      badge?.dispose();
      panel?.dispose();
    },
  };
}
