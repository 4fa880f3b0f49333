import { stakeholderTypes, type StakeholderType } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { field, select } from '../../app/form';
import { currentLanguage, t } from '../../i18n';
import { stakeholderName } from '../../i18n/labels';
import { fetchForum, registerRemote } from './authApi';
import { saveAuth } from './authStore';
import { countryOptions } from './countries';

type RegistrationField = 'name' | 'organisation' | 'country' | 'stakeholderType';

interface State {
  name: string;
  organisation: string;
  country: string;
  stakeholderType: StakeholderType | '';
  registering: boolean;
  error: unknown;
  missing: Set<RegistrationField>;
  closed: boolean;
}

/**
 * Self-registration for remote participants (name, organisation, country, stakeholder type; the UI language goes
 * along). Shows the organisers' "closed" state up front when the forum says so, or when the server refuses with
 * auth.registration_closed.
 */
export function createRegisterCard(onRegistered: (code: string) => void): { element: HTMLElement; refresh(): void; dispose(): void } {
  const element = h('section', { class: 'card register-card', 'aria-labelledby': 'register-title' });
  const state: State = {
    name: '',
    organisation: '',
    country: '',
    stakeholderType: '',
    registering: false,
    error: null,
    missing: new Set(),
    closed: false,
  };
  let disposed = false;

  fetchForum()
    .then((forum) => {
      if (!disposed && !forum.selfRegistrationOpen) {
        state.closed = true;
        render();
      }
    })
    .catch(() => undefined);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (state.registering) {
      return;
    }
    state.missing = new Set((['name', 'organisation', 'country', 'stakeholderType'] as const).filter((f) => !state[f].trim()));
    if (state.missing.size > 0 || state.stakeholderType === '') {
      state.error = null;
      render();
      element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    state.registering = true;
    state.error = null;
    render();
    try {
      const response = await registerRemote({
        name: state.name.trim(),
        organisation: state.organisation.trim(),
        country: state.country,
        stakeholderType: state.stakeholderType,
        language: currentLanguage(),
      });
      saveAuth(response);
      if (!disposed) {
        onRegistered(response.code);
      }
      return;
    } catch (error: unknown) {
      if (error instanceof ApiError && error.code === 'auth.registration_closed') {
        state.closed = true;
      } else {
        state.error = error;
      }
    }
    state.registering = false;
    if (!disposed) {
      render();
      element.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  function render(): void {
    const heading = h('h2', { id: 'register-title', tabindex: '-1' }, t('register.title'));
    if (state.closed) {
      element.dataset.testid = 'registration-closed';
      replaceChildren(
        element,
        heading,
        h('div', { class: 'notice notice-warning', role: 'status' }, h('strong', {}, t('register.closedTitle')), h('p', {}, t('error.auth.registration_closed'))),
      );
      return;
    }
    const missing = (f: RegistrationField): string | null => (state.missing.has(f) ? t('common.required') : null);
    const text = (f: 'name' | 'organisation', autocomplete: string): HTMLInputElement =>
      h('input', {
        type: 'text',
        class: 'input',
        name: f,
        autocomplete,
        value: state[f],
        'data-testid': `register-${f}`,
        onInput: (e) => {
          state[f] = (e.target as HTMLInputElement).value;
        },
      });
    const country = select(
      countryOptions().map((c) => ({ value: c.code, label: c.name })),
      state.country,
      {
        class: 'input',
        name: 'country',
        autocomplete: 'country',
        'data-testid': 'register-country',
        onChange: (e) => {
          state.country = (e.target as HTMLSelectElement).value;
        },
      },
      t('register.countryPlaceholder'),
    );
    const stakeholder = select(
      stakeholderTypes.map((s) => ({ value: s, label: stakeholderName(s) })),
      state.stakeholderType,
      {
        class: 'input',
        name: 'stakeholderType',
        'data-testid': 'register-stakeholder',
        onChange: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          state.stakeholderType = stakeholderTypes.find((s) => s === value) ?? '';
        },
      },
      t('register.stakeholderPlaceholder'),
    );
    replaceChildren(
      element,
      heading,
      h('p', { class: 'lead' }, t('register.intro')),
      h(
        'form',
        { novalidate: true, onSubmit: (e) => void submit(e) },
        field(t('register.name'), text('name', 'name'), { error: missing('name') }),
        field(t('register.organisation'), text('organisation', 'organization'), { error: missing('organisation') }),
        h(
          'div',
          { class: 'field-row' },
          field(t('register.country'), country, { error: missing('country') }),
          field(t('register.stakeholderType'), stakeholder, { error: missing('stakeholderType') }),
        ),
        state.error ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(state.error)) : null,
        h(
          'button',
          { type: 'submit', class: 'button button-secondary button-block', disabled: state.registering, 'data-testid': 'register-submit' },
          state.registering ? t('register.submitting') : t('register.submit'),
        ),
      ),
    );
  }

  render();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
    },
  };
}
