import { h, icon, replaceChildren } from './dom';
import { icons } from './icons';
import { href, navigate, parseRoute, returnPath, type Route } from './router';
import type { Page } from './page';
import { currentLanguage, isLanguage, languageNames, languages, onLanguageChange, setLanguage, t } from '../i18n';
import { createAgendaPage } from '../features/agenda/agendaPage';
import { currentAuth, onAuthChange, signOut } from '../features/auth/authStore';
import { createSignInPage } from '../features/auth/signInPage';
import { createLeaderboardPage } from '../features/leaderboard/leaderboardPage';
import { createPrizesPage } from '../features/prizes/prizesPage';
import { createRoomPage } from '../features/room/roomPage';
import { createSessionPage } from '../features/session/sessionPage';
import { closeLiveConnection } from '../realtime/liveConnection';

/** The app frame: header (brand, language, account), the routed page, and the wiring between them. */
export function startShell(root: HTMLElement): void {
  const header = h('header', { class: 'app-header', 'data-testid': 'app-header' });
  const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' });
  const bottomNav = h('nav', { class: 'bottom-nav', 'data-testid': 'bottom-nav' });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  replaceChildren(root, skip, header, main, bottomNav);

  let page: Page | null = null;
  let route: Route = parseRoute(location.hash);

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
            setLanguage(value);
          }
        },
      },
      languages.map((lang) => h('option', { value: lang, lang, selected: lang === currentLanguage() }, languageNames[lang])),
    );
    replaceChildren(
      header,
      h(
        'div',
        { class: 'header-inner' },
        h(
          'a',
          { class: 'brand', href: href({ name: 'agenda' }) },
          h('img', { class: 'brand-logo', src: `${import.meta.env.BASE_URL}icons/icon.svg`, alt: '', width: 32, height: 32 }),
          h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tagline' }, t('app.tagline'))),
        ),
        h(
          'nav',
          { class: 'header-actions', 'aria-label': t('nav.main') },
          navLinks().map(({ target, label, testId }) =>
            h('a', { class: `nav-link${isCurrent(target) ? ' is-current' : ''}`, href: href(target), 'aria-current': isCurrent(target) ? 'page' : null, 'data-testid': `nav-${testId}` }, label),
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
                h('span', { class: 'avatar', title: t('header.signedInAs', { name: auth.profile.name }), 'data-testid': 'account-name' }, initials(auth.profile.name)),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'icon-button',
                    'aria-label': t('nav.signOut'),
                    title: t('nav.signOut'),
                    'data-testid': 'sign-out',
                    onClick: () => {
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

  function isCurrent(target: Route): boolean {
    return target.name === route.name || (target.name === 'agenda' && route.name === 'session');
  }

  /** On a phone the header has no room for links: the same ones sit in a bar at the bottom, in thumb's reach. */
  function renderBottomNav(): void {
    bottomNav.setAttribute('aria-label', t('nav.main'));
    replaceChildren(
      bottomNav,
      navLinks().map(({ target, label, icon: paths, testId }) =>
        h(
          'a',
          { class: `bottom-link${isCurrent(target) ? ' is-current' : ''}`, href: href(target), 'aria-current': isCurrent(target) ? 'page' : null, 'data-testid': `bottom-${testId}` },
          icon(paths),
          h('span', {}, label),
        ),
      ),
    );
  }

  function applyMode(): void {
    // The room screen is for a projector: no app chrome around it.
    const room = route.name === 'room';
    root.classList.toggle('is-room', room);
    document.body.classList.toggle('room-mode', room);
    header.hidden = room;
    bottomNav.hidden = room;
  }

  function mount(moveFocus: boolean): void {
    page?.dispose();
    page = createPage(route);
    replaceChildren(main, page.element);
    applyMode();
    renderHeader();
    renderBottomNav();
    if (moveFocus) {
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
    }
  }

  window.addEventListener('hashchange', () => {
    route = parseRoute(location.hash);
    mount(true);
  });
  onLanguageChange(() => {
    renderHeader();
    renderBottomNav();
    page?.refresh();
  });
  onAuthChange(() => {
    renderHeader();
  });
  mount(false);
}

function navLinks(): { target: Route; label: string; icon: readonly string[]; testId: string }[] {
  return [
    { target: { name: 'agenda' }, label: t('nav.agenda'), icon: icons.calendar, testId: 'agenda' },
    { target: { name: 'leaderboard' }, label: t('nav.leaderboard'), icon: icons.trophy, testId: 'leaderboard' },
    { target: { name: 'prizes' }, label: t('nav.prizes'), icon: icons.award, testId: 'prizes' },
  ];
}

function createPage(route: Route): Page {
  switch (route.name) {
    case 'agenda':
      return createAgendaPage();
    case 'session':
      return createSessionPage(route.id);
    case 'room':
      return createRoomPage(route.id);
    case 'leaderboard':
      return createLeaderboardPage();
    case 'prizes':
      return createPrizesPage();
    case 'signin':
      return createSignInPage(route.next);
    case 'notFound':
      return notFoundPage();
  }
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
