import { ApiError } from '../../api/http';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { field } from '../../app/form';
import type { Page } from '../../app/page';
import { navigateToPath } from '../../app/router';
import { t } from '../../i18n';
import { participationName } from '../../i18n/labels';
import { closeLiveConnection } from '../../realtime/liveConnection';
import { accessCodeCard } from './accessCodeCard';
import { exchangeCode, fetchForum } from './authApi';
import { currentAuth, saveAuth, signOut } from './authStore';
import { createRegisterCard } from './registerCard';

/** Sign-in with a personal access code, and self-registration for remote participants; `next` is where to go after. */
export function createSignInPage(next: string | null, linkCode: string | null = null): Page {
  const element = h('div', { class: 'page page-signin' });
  const state = { code: linkCode ?? '', signingIn: false, error: null as unknown, newCode: null as string | null, needsSetup: false };
  const register = createRegisterCard((code) => {
    state.newCode = code;
    render();
    element.querySelector<HTMLElement>('[data-testid="new-code"]')?.focus();
  });
  let disposed = false;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (state.signingIn) {
      return;
    }
    if (!state.code.trim()) {
      state.error = new ApiError(400, { code: 'validation.invalid' });
      render();
      focusCode();
      return;
    }
    state.signingIn = true;
    state.error = null;
    render();
    try {
      saveAuth(await exchangeCode(state.code));
      if (!disposed) {
        navigateToPath(next);
      }
    } catch (error: unknown) {
      state.error = error;
      state.signingIn = false;
      render();
      focusCode();
    }
  }

  function render(): void {
    if (state.newCode) {
      replaceChildren(element, accessCodeCard(state.newCode, () => navigateToPath(next)));
    } else if (currentAuth()) {
      replaceChildren(element, signedInCard());
    } else {
      register.refresh();
      replaceChildren(element, signInCard(), register.element);
    }
  }

  function signInCard(): HTMLElement {
    const input = h('input', {
      type: 'text',
      name: 'code',
      autocomplete: 'one-time-code',
      autocapitalize: 'characters',
      spellcheck: 'false',
      class: 'input input-code',
      value: state.code,
      'data-testid': 'signin-code',
      onInput: (e) => {
        state.code = (e.target as HTMLInputElement).value;
      },
    });
    return h(
      'section',
      { class: 'card signin-card', 'aria-labelledby': 'signin-title' },
      h('h1', { id: 'signin-title' }, t('signin.title')),
      h('p', { class: 'lead' }, t('signin.intro')),
      state.needsSetup
        ? h('p', { class: 'notice notice-warning' }, t('setup.offer'), ' ', h('a', { href: '#/setup', 'data-testid': 'setup-link' }, t('setup.title')))
        : null,
      h(
        'form',
        { novalidate: true, onSubmit: (e) => void submit(e) },
        field(t('signin.codeLabel'), input, { hint: t('signin.codeHint'), error: state.error ? describeError(state.error) : null }),
        h(
          'button',
          { type: 'submit', class: 'button button-primary button-block', disabled: state.signingIn, 'data-testid': 'signin-submit' },
          state.signingIn ? t('signin.submitting') : t('signin.submit'),
        ),
      ),
    );
  }

  function signedInCard(): HTMLElement {
    const profile = currentAuth()?.profile;
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'signed-in-title' },
      h('h1', { id: 'signed-in-title' }, t('signin.signedInTitle')),
      profile
        ? h(
            'div',
            { class: 'profile' },
            h('p', { class: 'profile-name' }, profile.name),
            profile.organisation ? h('p', { class: 'muted' }, profile.organisation) : null,
            h('p', { class: 'muted' }, t('profile.participation', { participation: participationName(profile.participation) })),
          )
        : null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button button-primary', onClick: () => navigateToPath(next) }, t('signin.toAgenda')),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-ghost',
            onClick: () => {
              void closeLiveConnection();
              signOut();
              render();
            },
          },
          t('nav.signOut'),
        ),
      ),
    );
  }

  function focusCode(): void {
    element.querySelector<HTMLElement>('[data-testid="signin-code"]')?.focus();
  }

  render();
  fetchForum()
    .then((forum) => {
      state.needsSetup = forum.needsSetup;
      if (!disposed && forum.needsSetup) {
        render();
      }
    })
    .catch(() => undefined);
  if (linkCode && !currentAuth()) {
    // A personal sign-in link: the code leaves the address bar (and the history) before it is used.
    history.replaceState(null, '', `${location.pathname}${location.search}#/signin`);
    void submit(new Event('submit'));
  }
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
      register.dispose();
    },
  };
}
