import { h, icon, replaceChildren } from './dom';
import { icons } from './icons';
import { href, navigate, parseRoute, type Route } from './router';
import type { Page } from './page';
import { currentLanguage, isLanguage, languageNames, languages, onLanguageChange, setLanguage, t } from '../i18n';
import { createAgendaPage } from '../features/agenda/agendaPage';
import { currentAuth, onAuthChange, signOut } from '../features/auth/authStore';
import { createSignInPage } from '../features/auth/signInPage';
import { createSessionPage } from '../features/session/sessionPage';
import { closeLiveConnection } from '../realtime/liveConnection';

/** The app frame: header (brand, language, account), the routed page, and the wiring between them. */
export function startShell(root: HTMLElement): void {
  const header = h('header', { class: 'app-header', 'data-testid': 'app-header' });
  const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  replaceChildren(root, skip, header, main);

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
          h('a', { class: `nav-link${route.name === 'agenda' ? ' is-current' : ''}`, href: href({ name: 'agenda' }), 'aria-current': route.name === 'agenda' ? 'page' : null }, t('nav.agenda')),
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
    return route.name === 'session' ? `/session/${route.id}` : null;
  }

  function mount(moveFocus: boolean): void {
    page?.dispose();
    page = createPage(route);
    replaceChildren(main, page.element);
    renderHeader();
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
    page?.refresh();
  });
  onAuthChange(() => {
    renderHeader();
  });
  mount(false);
}

function createPage(route: Route): Page {
  switch (route.name) {
    case 'agenda':
      return createAgendaPage();
    case 'session':
      return createSessionPage(route.id);
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
