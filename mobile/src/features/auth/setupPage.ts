import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { field, select } from '../../app/form';
import type { Page } from '../../app/page';
import { navigate } from '../../app/router';
import { currentLanguage, t } from '../../i18n';
import { accessCodeCard } from './accessCodeCard';
import { setUpForum } from './authApi';
import { saveAuth } from './authStore';
import { countryOptions } from './countries';

/**
 * The first organiser's account (#/setup): the one-time setup code the server printed at its first start, and who
 * they are. They get a personal code to keep, like everyone else, and go on to the organisers' screens.
 */
export function createSetupPage(): Page {
  const element = h('div', { class: 'page page-signin' });
  const form = { setupCode: '', name: '', organisation: '', country: '', email: '' };
  let error: unknown = null;
  let code: string | null = null;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    try {
      const response = await setUpForum({ ...form, email: form.email || null, language: currentLanguage() });
      saveAuth(response);
      code = response.code;
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  const input = (key: keyof typeof form, attrs: Record<string, string> = {}): HTMLInputElement =>
    h('input', { class: 'input', value: form[key], 'data-testid': `setup-${key}`, ...attrs, onInput: (e) => {
      form[key] = (e.target as HTMLInputElement).value;
    } });

  function render(): void {
    if (code) {
      replaceChildren(element, accessCodeCard(code, () => navigate({ name: 'organise', section: 'agenda' })));
      return;
    }
    replaceChildren(
      element,
      h(
        'section',
        { class: 'card signin-card' },
        h('h1', {}, t('setup.title')),
        h('p', { class: 'lead' }, t('setup.intro')),
        error ? h('p', { class: 'notice notice-error', role: 'alert', 'data-testid': 'setup-error' }, describeError(error)) : null,
        h(
          'form',
          { novalidate: true, onSubmit: (e) => void submit(e) },
          field(t('setup.code'), input('setupCode', { autocomplete: 'one-time-code', dir: 'ltr' }), { hint: t('setup.codeHint') }),
          field(t('register.name'), input('name')),
          field(t('register.organisation'), input('organisation')),
          field(t('register.country'), select(countryOptions().map((c) => ({ value: c.code, label: c.name })), form.country, { class: 'input', 'data-testid': 'setup-country', onChange: (e) => {
            form.country = (e.target as HTMLSelectElement).value;
          } }, t('register.countryPlaceholder'))),
          field(t('desk.email'), input('email', { type: 'email', dir: 'ltr' })),
          h('button', { type: 'submit', class: 'button button-primary button-block', 'data-testid': 'setup-submit' }, t('setup.submit')),
        ),
      ),
    );
  }

  render();
  return { element, refresh: render, dispose: () => undefined };
}
