import type { SessionDetails } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { formatNumber, t } from '../../i18n';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { fetchSession, savedSession } from '../agenda/agendaApi';
import { currentAuth, hasRole } from '../auth/authStore';
import { createPollsPanel, type PollsPanel } from '../polls/pollsPanel';
import { createWhoIsHere, type WhoIsHere } from '../presence/whoIsHere';
import { createQuestionsPanel, type QuestionsPanel } from '../questions/questionsPanel';
import { sessionHeader } from './sessionHeader';

export type SessionTab = 'questions' | 'polls';

/** The tab each session was left on, so coming back from the agenda lands where one was. */
const lastTab = new Map<string, SessionTab>();

/** A session: its details, and for signed-in people the live questions and polls (and their moderation). */
export function createSessionPage(sessionId: string): Page {
  const element = h('div', { class: 'page page-session' });
  const headerSlot = h('div', { class: 'session-header-slot' });
  const toolbarExtra = h('div', { class: 'toolbar-extra' });
  let session: SessionDetails | null = savedSession(sessionId);
  let loadError: unknown = null;
  let disposed = false;
  let tab: SessionTab = lastTab.get(sessionId) ?? 'questions';

  const tabButtons = new Map<SessionTab, { button: HTMLButtonElement; count: HTMLElement }>();
  const layout = h('div', { class: 'session-layout', 'data-tab': tab });

  const auth = currentAuth();
  const connection = pageConnection(`/session/${sessionId}`);
  const badge = connection ? createConnectionBadge(connection) : null;
  let moderator = auth !== null && (hasRole(auth.profile, 'Organiser') || (session?.moderatorIds.includes(auth.profile.id) ?? false));
  // The questions panel joins the session first: the polls are listed after it, in the session's group.
  const panel: QuestionsPanel | null =
    connection && auth
      ? createQuestionsPanel(
          sessionId,
          connection,
          auth.profile.id,
          (updated) => {
            session = updated;
            renderHeader();
          },
          (isModerator) => {
            moderator = isModerator;
            polls?.setModerator(isModerator);
            renderToolbar();
          },
        )
      : null;
  const polls: PollsPanel | null = connection ? createPollsPanel(sessionId, connection, moderator, () => renderTabs()) : null;
  const who: WhoIsHere | null = connection && auth ? createWhoIsHere(sessionId, connection, auth.profile.id) : null;

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

  function renderToolbar(): void {
    replaceChildren(
      toolbarExtra,
      moderator && connection
        ? h(
            'a',
            {
              class: 'button button-secondary button-small room-link',
              href: href({ name: 'room', id: sessionId }),
              target: '_blank',
              rel: 'noopener',
              title: t('session.roomScreenHint'),
              'data-testid': 'room-link',
            },
            icon(icons.screen),
            h('span', {}, t('session.roomScreen')),
          )
        : null,
      badge?.element,
    );
  }

  function selectTab(next: SessionTab, focus: boolean): void {
    tab = next;
    lastTab.set(sessionId, next);
    layout.dataset.tab = next;
    if (panel) {
      panel.element.hidden = next !== 'questions';
    }
    if (polls) {
      polls.element.hidden = next !== 'polls';
    }
    for (const [name, { button }] of tabButtons) {
      const selected = name === next;
      button.setAttribute('aria-selected', selected ? 'true' : 'false');
      button.tabIndex = selected ? 0 : -1;
      if (selected && focus) {
        button.focus();
      }
    }
  }

  function renderTabs(): void {
    const open = polls?.openCount() ?? 0;
    const pollsTab = tabButtons.get('polls');
    if (pollsTab) {
      pollsTab.count.hidden = open === 0;
      pollsTab.count.textContent = formatNumber(open);
      pollsTab.count.setAttribute('aria-label', t('session.openPolls', { count: open }));
      pollsTab.button.classList.toggle('has-live', open > 0);
    }
  }

  function tabList(): HTMLElement {
    tabButtons.clear();
    const order: SessionTab[] = ['questions', 'polls'];
    const buttons = order.map((name) => {
      const count = h('span', { class: 'tab-count tab-live', hidden: true, 'data-testid': `session-tab-${name}-count` });
      const button = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'tab',
          id: `session-tab-${name}`,
          'aria-controls': `session-panel-${name}`,
          'data-testid': `session-tab-${name}`,
          onClick: () => selectTab(name, false),
        },
        icon(name === 'questions' ? icons.arrowUp : icons.chart),
        h('span', {}, name === 'questions' ? t('session.questions') : t('session.polls')),
        count,
      );
      tabButtons.set(name, { button, count });
      return button;
    });
    const list = h('div', { class: 'tabs session-tabs', role: 'tablist', 'aria-label': t('session.tabs') }, buttons);
    list.addEventListener('keydown', (event) => {
      const rtl = document.documentElement.dir === 'rtl';
      const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
      if (step) {
        event.preventDefault();
        selectTab(tab === 'questions' ? 'polls' : 'questions', true);
      }
    });
    return list;
  }

  function render(): void {
    const notFound = loadError instanceof ApiError && loadError.status === 404;
    renderHeader();
    renderToolbar();
    if (panel) {
      panel.element.id = 'session-panel-questions';
      panel.element.setAttribute('role', 'tabpanel');
      panel.element.setAttribute('aria-labelledby', 'session-tab-questions');
    }
    if (polls) {
      polls.element.id = 'session-panel-polls';
      polls.element.setAttribute('role', 'tabpanel');
      polls.element.setAttribute('aria-labelledby', 'session-tab-polls');
    }
    replaceChildren(
      layout,
      h('div', { class: 'session-aside' }, headerSlot, notFound ? null : panel ? panel.ask : signInPrompt(), notFound ? null : who?.element),
      notFound || !panel ? null : h('div', { class: 'session-main' }, polls ? tabList() : null, panel.element, polls?.element),
    );
    replaceChildren(
      element,
      h(
        'div',
        { class: 'page-toolbar' },
        h('a', { class: 'back-link', href: href({ name: 'agenda' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.back'))),
        toolbarExtra,
      ),
      layout,
    );
    selectTab(tab, false);
    renderTabs();
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
      polls?.refresh();
      who?.refresh();
      render();
    },
    dispose: () => {
      disposed = true;
      badge?.dispose();
      polls?.dispose();
      panel?.dispose();
      who?.dispose();
    },
  };
}
