import { stakeholderTypes, type IssuedCode, type StakeholderType } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { field, select } from '../../app/form';
import type { Page } from '../../app/page';
import { languageNames, languages, t } from '../../i18n';
import { stakeholderName } from '../../i18n/labels';
import { currentAuth, hasRole } from '../auth/authStore';
import { countryOptions } from '../auth/countries';
import { badgeSheets } from '../badges/badgeSheet';
import { registerWalkIn } from './deskApi';

/**
 * The registration desk (#/desk), for registration staff and organisers: register a walk-in on site, then show
 * their personal code and print their badge with the code on a separate slip. Nothing else.
 */
export function createDeskPage(): Page {
  const element = h('div', { class: 'page page-desk' });
  const auth = currentAuth();
  const allowed = auth !== null && (hasRole(auth.profile, 'RegistrationStaff') || hasRole(auth.profile, 'Organiser'));
  const form = { name: '', organisation: '', title: '', country: '', stakeholderType: '' as StakeholderType | '', language: 'en', email: '', externalId: '' };
  let issued: IssuedCode | null = null;
  let error: unknown = null;
  let busy = false;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    error = null;
    render();
    try {
      issued = await registerWalkIn({
        name: form.name, organisation: form.organisation, title: form.title, country: form.country,
        stakeholderType: (form.stakeholderType || 'CivilSociety') as StakeholderType, language: form.language,
        email: form.email || null, externalId: form.externalId || null,
      });
      document.body.classList.add('print-mode');
    } catch (failure: unknown) {
      error = failure;
    }
    busy = false;
    render();
  }

  function input(key: 'name' | 'organisation' | 'title' | 'email' | 'externalId', attrs: Record<string, string> = {}): HTMLInputElement {
    return h('input', { class: 'input', value: form[key], 'data-testid': `walkin-${key}`, ...attrs, onInput: (e) => {
      form[key] = (e.target as HTMLInputElement).value;
    } });
  }

  function fieldError(name: string): string | null {
    return error instanceof ApiError && error.problem.errors?.[name] ? describeError(error) : null;
  }

  function render(): void {
    if (!allowed) {
      replaceChildren(element, h('p', { class: 'notice notice-error', role: 'alert', 'data-testid': 'desk-refused' }, t('desk.staffOnly')));
      return;
    }
    if (issued) {
      const person = issued;
      replaceChildren(
        element,
        h(
          'section',
          { class: 'card no-print', 'data-testid': 'walkin-issued' },
          h('h1', {}, t('desk.registered', { name: person.profile.name })),
          h('p', { class: 'code-label' }, t('register.yourCode')),
          h('p', { class: 'access-code', dir: 'ltr', 'data-testid': 'walkin-code' }, person.code),
          h('p', { class: 'muted small' }, t('desk.codeHint')),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'walkin-print', onClick: () => window.print() }, t('desk.print')),
            h('button', { type: 'button', class: 'button button-ghost', 'data-testid': 'walkin-another', onClick: () => {
              issued = null;
              Object.assign(form, { name: '', organisation: '', title: '', email: '', externalId: '' });
              document.body.classList.remove('print-mode');
              render();
            } }, t('desk.another')),
          ),
        ),
        badgeSheets([person.badge], 'slips', 'a6'),
      );
      return;
    }
    replaceChildren(
      element,
      h(
        'section',
        { class: 'card desk-card' },
        h('h1', {}, t('desk.title')),
        h('p', { class: 'lead' }, t('desk.intro')),
        error && !(error instanceof ApiError && error.problem.errors) ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(error)) : null,
        h(
          'form',
          { novalidate: true, class: 'form-grid', 'data-testid': 'walkin-form', onSubmit: (e) => void submit(e) },
          field(t('register.name'), input('name', { required: 'true', autocomplete: 'off' }), { error: fieldError('name') }),
          field(t('register.organisation'), input('organisation')),
          field(t('desk.jobTitle'), input('title')),
          field(t('register.country'), select(countryOptions().map((c) => ({ value: c.code, label: c.name })), form.country, { class: 'input', 'data-testid': 'walkin-country', onChange: (e) => {
            form.country = (e.target as HTMLSelectElement).value;
          } }, t('register.countryPlaceholder')), { error: fieldError('country') }),
          field(t('register.stakeholderType'), select(stakeholderTypes.map((s) => ({ value: s, label: stakeholderName(s) })), form.stakeholderType, { class: 'input', 'data-testid': 'walkin-stakeholder', onChange: (e) => {
            form.stakeholderType = (e.target as HTMLSelectElement).value as StakeholderType;
          } }, t('register.stakeholderPlaceholder')), { error: fieldError('stakeholderType') }),
          field(t('header.language'), select(languages.map((l) => ({ value: l, label: languageNames[l] })), form.language, { class: 'input', onChange: (e) => {
            form.language = (e.target as HTMLSelectElement).value;
          } })),
          field(t('desk.email'), input('email', { type: 'email', dir: 'ltr' }), { hint: t('desk.emailHint') }),
          field(t('desk.externalId'), input('externalId', { dir: 'ltr' }), { hint: t('desk.externalIdHint') }),
          h('button', { type: 'submit', class: 'button button-primary', disabled: busy, 'data-testid': 'walkin-submit' }, busy ? t('register.submitting') : t('desk.submit')),
        ),
      ),
    );
  }

  render();
  return { element, refresh: render, dispose: () => document.body.classList.remove('print-mode') };
}
