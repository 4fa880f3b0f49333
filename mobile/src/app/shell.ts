import { h, icon, replaceChildren } from './dom';
import { icons } from './icons';
import { href, navigate, parseRoute, returnPath, routeFromPath, type Route } from './router';
import type { Page } from './page';
import { pageConnection } from './pageConnection';
import { dismissToastsFor, showToast, toastRegion } from './toast';
import { formatNumber, currentLanguage, isLanguage, languageNames, languages, onLanguageChange, setLanguage, t } from '../i18n';
import { currentAuth, currentToken, hasRole, onAuthChange, signOut } from '../features/auth/authStore';
import { currentInbox, Inbox, setInbox } from '../features/contacts/inbox';
import { inboxToasts } from '../features/contacts/inboxToasts';
import { closeLiveConnection, type ConnectionState } from '../realtime/liveConnection';
import { currentOutbox, Outbox, setOutbox } from '../offline/outbox';

/** The app frame: header (brand, language, account), the routed page, and the wiring between them. */
export function startShell(root: HTMLElement): void {
  const header = h('header', { class: 'app-header', 'data-testid': 'app-header' });
  const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' });
  const bottomNav = h('nav', { class: 'bottom-nav', 'data-testid': 'bottom-nav' });
  // Whatever the screen, a person signed in sees when live updates stop (and that what they do is kept meanwhile).
  const connectionBanner = h('div', { class: 'connection-banner', role: 'status', 'data-testid': 'app-connection', hidden: true });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  replaceChildren(root, skip, header, connectionBanner, main, bottomNav, toastRegion());

  let page: Page | null = null;
  let route: Route = (location.hash ? null : routeFromPath(location.pathname)) ?? parseRoute(location.hash);
  let stopInbox: (() => void)[] = [];
  let connectionState: ConnectionState | null = null;

  /** The person's contacts and messages stay live on every screen: counts in the bars, toasts for news. */
  function startInbox(): void {
    for (const stop of stopInbox) {
      stop();
    }
    stopInbox = [];
    const auth = currentAuth();
    const connection = auth ? pageConnection('/contacts') : null;
    if (!auth || !connection) {
      setInbox(null);
      setOutbox(null);
      showConnection(null);
      return;
    }
    const outbox = new Outbox(connection, auth.profile.id);
    stopInbox.push(
      connection.onState(showConnection),
      outbox.onChange(() => showConnection(connectionState)),
      outbox.onEvent((event) => {
        if (event.kind === 'refused') {
          showToast(t('offline.refused', { reason: event.entry.refusal ?? '' }), { kind: 'error', duration: 20_000 });
          void outbox.dismiss(event.entry.operationId);
        }
      }),
    );
    setOutbox(outbox);
    showConnection(connection.state);
    const inbox = new Inbox(connection, auth.profile.id, currentToken);
    stopInbox.push(inbox.onChange(updateCounts), inbox.onEvent(inboxToasts(() => route)));
    setInbox(inbox);
    updateCounts();
  }

  /**
   * Shown while signed in and not connected (a first connect right after opening is not worth a banner), and while
   * what was done offline is being sent.
   */
  function showConnection(state: ConnectionState | null): void {
    connectionState = state;
    const down = state === 'reconnecting' || state === 'disconnected';
    const waiting = state === null ? 0 : (currentOutbox()?.waiting().length ?? 0);
    connectionBanner.hidden = !down && waiting === 0;
    connectionBanner.dataset.state = state ?? 'none';
    connectionBanner.textContent = down ? t('connection.offlineKept') : waiting > 0 ? t('offline.sending', { count: waiting }) : '';
  }

  /** The pending requests and unread messages in the header and bottom bar, updated in place. */
  function updateCounts(): void {
    const inbox = currentInbox();
    const counts = { contacts: inbox?.contacts.pendingIncoming() ?? 0, messages: inbox?.totalUnread() ?? 0 };
    for (const badge of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const kind = badge.dataset.countFor === 'messages' ? 'messages' : 'contacts';
      const count = counts[kind];
      badge.hidden = count === 0;
      badge.textContent = count > 99 ? `${formatNumber(99)}+` : formatNumber(count);
      badge.dataset.count = String(count);
      badge.setAttribute('aria-label', kind === 'messages' ? t('nav.unreadMessages', { count }) : t('nav.pendingRequests', { count }));
    }
  }

  function renderHeader(): void {
    skip.textContent = t('app.skipToContent');
    document.title = t('app.name');
    const auth = currentAuth();
    const picker = h(
      'select',
      {
        class: 'lang-select',
        'aria-label': t('header.language'),
        'data-testid': 'lang-picker',
        onChange: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          if (isLanguage(value)) {
            void setLanguage(value).catch(() => showToast(t('app.notDownloaded'), { kind: 'error' }));
          }
        },
      },
      languages.map((lang) => h('option', { value: lang, lang, selected: lang === currentLanguage() }, languageNames[lang])),
    );
    const links = navLinks(auth !== null, 'header');
    replaceChildren(
      header,
      h(
        'div',
        // Staff carry one or two links more than attendees: on a laptop their labels give way to icons sooner.
        { class: `header-inner${links.some((link) => link.staff) ? ' is-crowded' : ''}` },
        h(
          'a',
          { class: 'brand', href: href({ name: 'agenda' }) },
          h('img', { class: 'brand-logo', src: `${import.meta.env.BASE_URL}icons/icon.svg`, alt: '', width: 32, height: 32 }),
          h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tagline' }, t('app.tagline'))),
        ),
        h(
          'nav',
          { class: 'header-actions', 'aria-label': t('nav.main') },
          links.map(({ target, label, icon: paths, testId, count }) =>
            h(
              'a',
              {
                class: `nav-link${isCurrent(target, 'header') ? ' is-current' : ''}`,
                href: href(target),
                'aria-current': isCurrent(target, 'header') ? 'page' : null,
                title: label,
                'data-testid': `nav-${testId}`,
              },
              icon(paths),
              h('span', { class: 'nav-label' }, label),
              count ? countBadge(count, `nav-count-${count}`) : null,
            ),
          ),
          h(
            'label',
            { class: 'lang' },
            icon(icons.globe),
            h('span', { class: 'lang-name', 'aria-hidden': 'true' }, languageNames[currentLanguage()]),
            h('span', { class: 'lang-code', 'aria-hidden': 'true' }, currentLanguage().toUpperCase()),
            icon(icons.chevronDown, 'icon icon-small'),
            picker,
          ),
          auth
            ? h(
                'div',
                { class: 'account' },
                h(
                  'a',
                  { class: 'avatar-link', href: href({ name: 'me' }), title: t('header.signedInAs', { name: auth.profile.name }), 'data-testid': 'nav-me' },
                  // The initials are a picture of the person; the link's name is what it opens (no aria-label that
                  // would differ from the visible text).
                  h('span', { class: 'avatar', 'aria-hidden': 'true', 'data-testid': 'account-name' }, initials(auth.profile.name)),
                  h('span', { class: 'sr-only' }, t('nav.me')),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'icon-button',
                    'aria-label': t('nav.signOut'),
                    title: t('nav.signOut'),
                    'data-testid': 'sign-out',
                    onClick: () => {
                      // One tap next to the avatar must not end a session the person cannot get back without their code.
                      if (!window.confirm(t('nav.signOutConfirm'))) {
                        return;
                      }
                      void closeLiveConnection();
                      signOut();
                      navigate({ name: 'signin', next: null });
                    },
                  },
                  icon(icons.signOut, 'icon icon-sign-out'),
                ),
              )
            : route.name === 'signin'
              ? null
              : h(
                  'a',
                  { class: 'button button-primary button-small nav-signin', href: href({ name: 'signin', next: nextPath() }), 'data-testid': 'nav-signin' },
                  icon(icons.user),
                  h('span', { class: 'nav-signin-text' }, t('nav.signIn')),
                ),
        ),
      ),
    );
  }

  function nextPath(): string | null {
    return returnPath(route);
  }

  function isCurrent(target: Route, place: 'header' | 'bottom'): boolean {
    const sections: Partial<Record<Route['name'], Route['name'][]>> = {
      agenda: ['session', 'checkin'],
      people: ['person'],
      contacts: ['scan'],
      organise: ['outcome', 'operations'],
      // On a phone the leaderboard and the prizes are found through "Me".
      me: place === 'bottom' ? ['badge', 'profile', 'myData', 'leaderboard', 'prizes'] : ['badge', 'profile', 'myData'],
    };
    return target.name === route.name || (sections[target.name]?.includes(route.name) ?? false);
  }

  /** On a phone the header has no room for links: the same ones sit in a bar at the bottom, in thumb's reach. */
  function renderBottomNav(): void {
    bottomNav.setAttribute('aria-label', t('nav.main'));
    replaceChildren(
      bottomNav,
      navLinks(currentAuth() !== null, 'bottom').map(({ target, label, icon: paths, testId, count }) =>
        h(
          'a',
          { class: `bottom-link${isCurrent(target, 'bottom') ? ' is-current' : ''}`, href: href(target), 'aria-current': isCurrent(target, 'bottom') ? 'page' : null, 'data-testid': `bottom-${testId}` },
          h('span', { class: 'bottom-icon' }, icon(paths), count ? countBadge(count, `bottom-count-${count}`) : null),
          h('span', {}, label),
        ),
      ),
    );
    updateCounts();
  }

  function applyMode(): void {
    // The room screen is for a projector and the print view for paper: no app chrome around either.
    const room = route.name === 'room';
    const print = route.name === 'printBadges';
    root.classList.toggle('is-room', room);
    document.body.classList.toggle('room-mode', room);
    document.body.classList.toggle('print-view', print);
    header.hidden = room || print;
    bottomNav.hidden = room || print;
  }

  let mounting = 0;

  function mount(moveFocus: boolean): void {
    const attempt = ++mounting;
    applyMode();
    renderHeader();
    renderBottomNav();
    updateCounts();
    main.setAttribute('aria-busy', 'true');
    const show = (next: Page): void => {
      if (attempt !== mounting) {
        // The person moved on while this screen was being fetched.
        next.dispose();
        return;
      }
      page?.dispose();
      page = next;
      replaceChildren(main, next.element);
      main.removeAttribute('aria-busy');
      if (moveFocus) {
        window.scrollTo(0, 0);
        main.focus({ preventScroll: true });
      }
    };
    loadPage(route).then(show, () => show(notDownloadedPage(() => mount(moveFocus))));
  }

  window.addEventListener('hashchange', () => {
    route = parseRoute(location.hash);
    dismissToastsFor(href(route));
    mount(true);
  });
  onLanguageChange(() => {
    showConnection(connectionState);
    renderHeader();
    renderBottomNav();
    page?.refresh();
  });
  onAuthChange(() => {
    startInbox();
    renderHeader();
    renderBottomNav();
  });
  startInbox();
  mount(false);
}

type CountKind = 'contacts' | 'messages';

interface NavItem {
  target: Route;
  label: string;
  icon: readonly string[];
  testId: string;
  count?: CountKind;
  /** A link only organisers or registration staff have. */
  staff?: boolean;
}

/**
 * The main links. Signed in, the phone's bottom bar holds five (the networking side and "Me", which leads on to
 * the badge, the profile, the leaderboard and the prizes); the header on a wider screen holds them all.
 */
function navLinks(signedIn: boolean, place: 'header' | 'bottom'): NavItem[] {
  const agenda: NavItem = { target: { name: 'agenda' }, label: t('nav.agenda'), icon: icons.calendar, testId: 'agenda' };
  const leaderboard: NavItem = { target: { name: 'leaderboard' }, label: t('nav.leaderboard'), icon: icons.trophy, testId: 'leaderboard' };
  const prizes: NavItem = { target: { name: 'prizes' }, label: t('nav.prizes'), icon: icons.award, testId: 'prizes' };
  if (!signedIn) {
    return [agenda, leaderboard, prizes];
  }
  const profile = currentAuth()?.profile;
  const staff: NavItem[] = profile && place === 'header'
    ? [
        ...(hasRole(profile, 'Organiser') ? [{ target: { name: 'organise', section: 'agenda' } as Route, label: t('nav.organise'), icon: icons.calendar, testId: 'organise', staff: true }] : []),
        ...(hasRole(profile, 'Organiser') || hasRole(profile, 'RegistrationStaff') ? [{ target: { name: 'desk' } as Route, label: t('nav.desk'), icon: icons.user, testId: 'desk', staff: true }] : []),
      ]
    : [];
  const networking: NavItem[] = [
    { target: { name: 'people' }, label: t('nav.people'), icon: icons.people, testId: 'people' },
    { target: { name: 'contacts' }, label: t('nav.contacts'), icon: icons.contacts, testId: 'contacts', count: 'contacts' },
    { target: { name: 'messages', contactId: null }, label: t('nav.messages'), icon: icons.message, testId: 'messages', count: 'messages' },
  ];
  return place === 'bottom'
    ? [agenda, ...networking, { target: { name: 'me' }, label: t('nav.me'), icon: icons.user, testId: 'me' }]
    : [agenda, ...networking, leaderboard, prizes, ...staff];
}

function countBadge(kind: CountKind, testId: string): HTMLElement {
  return h('span', { class: 'nav-count', hidden: true, 'data-count-for': kind, 'data-testid': testId });
}

/**
 * Each screen is a chunk of its own, fetched when first opened (and precached by the service worker for offline
 * use), so the first download holds the shell and not every feature.
 */
async function loadPage(route: Route): Promise<Page> {
  switch (route.name) {
    case 'agenda':
      return (await import('../features/agenda/agendaPage')).createAgendaPage();
    case 'session':
      return (await import('../features/session/sessionPage')).createSessionPage(route.id);
    case 'room':
      return (await import('../features/room/roomPage')).createRoomPage(route.id);
    case 'leaderboard':
      return (await import('../features/leaderboard/leaderboardPage')).createLeaderboardPage();
    case 'prizes':
      return (await import('../features/prizes/prizesPage')).createPrizesPage();
    case 'me':
      return (await import('../features/me/mePage')).createMePage();
    case 'badge':
      return (await import('../features/me/badgePage')).createBadgePage();
    case 'profile':
      return (await import('../features/me/profilePage')).createProfilePage();
    case 'myData':
      return (await import('../features/me/myDataPage')).createMyDataPage();
    case 'scan':
      return (await import('../features/scan/scanPage')).createScanPage(route.token);
    case 'contacts':
      return (await import('../features/contacts/contactsPage')).createContactsPage();
    case 'people':
      return (await import('../features/people/peoplePage')).createPeoplePage();
    case 'person':
      return (await import('../features/people/personPage')).createPersonPage(route.id);
    case 'messages':
      return route.contactId
        ? (await import('../features/messages/conversationPage')).createConversationPage(route.contactId)
        : (await import('../features/messages/messagesPage')).createMessagesPage();
    case 'checkin':
      return (await import('../features/presence/checkInPage')).createCheckInPage(route.sessionId);
    case 'signin':
      return (await import('../features/auth/signInPage')).createSignInPage(route.next, route.code ?? null);
    case 'organise': {
      const organisers = await import('../features/organisers/organiserPage');
      return organisers.isOrganiserSection(route.section) ? organisers.createOrganiserPage(route.section) : notFoundPage();
    }
    case 'outcome':
      return (await import('../features/outcome/outcomePage')).createOutcomePage();
    case 'operations':
      return (await import('../features/operations/operationsPage')).createOperationsPage();
    case 'desk':
      return (await import('../features/desk/deskPage')).createDeskPage();
    case 'setup':
      return (await import('../features/auth/setupPage')).createSetupPage();
    case 'printBadges': {
      const badges = await import('../features/badges/printBadgesPage');
      return badges.createPrintBadgesPage(badges.parsePrintRequest(route.query));
    }
    case 'notFound':
      return notFoundPage();
  }
}

/** A screen whose chunk could not be fetched: offline before it was ever downloaded. */
function notDownloadedPage(retry: () => void): Page {
  const element = h('div', { class: 'page' });
  const render = (): void =>
    replaceChildren(
      element,
      h('div', { class: 'card', role: 'alert' }, h('p', {}, t('app.notDownloaded')), h('button', { type: 'button', class: 'button button-primary', onClick: retry }, t('common.retry'))),
    );
  render();
  return { element, refresh: render, dispose: () => undefined };
}

function notFoundPage(): Page {
  const element = h('div', { class: 'page' });
  const render = (): void =>
    replaceChildren(
      element,
      h('div', { class: 'card' }, h('p', {}, t('page.notFound')), h('a', { class: 'button button-primary', href: href({ name: 'agenda' }) }, t('nav.back'))),
    );
  render();
  return { element, refresh: render, dispose: () => undefined };
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
