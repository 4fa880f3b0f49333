import type { IssuedCode, PeoplePage, PersonListing } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { downloadWithToken } from '../../app/download';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { participationName } from '../../i18n/labels';
import { currentToken } from '../auth/authStore';
import { countryName } from '../auth/countries';
import { reissueCode, revokePerson, searchPeople } from './organiserApi';

/**
 * Everyone registered: find a person, revoke them or reissue their code (the new code is shown once, the old one
 * and every sign-in made with it stop working), and download everyone's codes for the mail merge.
 */
export function createPeoplePanel(): Page {
  const element = h('section', { class: 'organise-panel', 'data-testid': 'people-panel' });
  let text = '';
  let includeRevoked = false;
  let page: PeoplePage | null = null;
  let issued: IssuedCode | null = null;
  let error: unknown = null;
  let searching = 0;

  async function search(): Promise<void> {
    const mine = ++searching;
    try {
      const found = await searchPeople(text, includeRevoked);
      if (mine === searching) {
        page = found;
        error = null;
      }
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  async function act(action: () => Promise<void>): Promise<void> {
    try {
      await action();
      await search();
    } catch (failure: unknown) {
      error = failure;
      render();
    }
  }

  function render(): void {
    const box = h('input', { type: 'search', class: 'input', value: text, placeholder: t('people.searchHint'), 'aria-label': t('people.searchHint'), 'data-testid': 'people-search', onInput: (e) => {
      text = (e.target as HTMLInputElement).value;
      void search();
    } });
    replaceChildren(
      element,
      h('h2', {}, t('people.heading')),
      h(
        'div',
        { class: 'toolbar' },
        box,
        h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: includeRevoked, onChange: (e) => {
          includeRevoked = (e.target as HTMLInputElement).checked;
          void search();
        } }), h('span', {}, t('people.includeRevoked'))),
        h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'codes-export', onClick: () => void act(() =>
          downloadWithToken('/api/organiser/registration/codes.csv', currentToken() ?? '', 'wsisconnect-codes.csv')) }, t('people.exportCodes')),
      ),
      h('p', { class: 'muted small' }, t('people.exportHint')),
      error ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(error)) : null,
      issued ? issuedCard(issued, () => { issued = null; render(); }) : null,
      page ? h('p', { class: 'muted', role: 'status', 'data-testid': 'people-total' }, t('people.total', { count: page.total })) : null,
      page ? table(page.people) : h('p', { class: 'loading' }, t('common.loading')),
    );
  }

  function table(people: PersonListing[]): HTMLElement {
    return h(
      'table',
      { class: 'data-table', 'data-testid': 'people-table' },
      h('thead', {}, h('tr', {}, [t('people.name'), t('people.externalId'), t('people.organisation'), t('people.country'), t('people.participation'), t('people.status'), ''].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        people.map((person) =>
          h(
            'tr',
            { 'data-testid': 'person-row', 'data-attendee': person.profile.id, class: person.status === 'Revoked' ? 'is-revoked' : '' },
            h('td', {}, person.profile.name),
            h('td', { dir: 'ltr' }, person.externalId ?? '—'),
            h('td', {}, person.profile.organisation),
            h('td', {}, countryName(person.profile.country)),
            h('td', {}, participationName(person.profile.participation)),
            h('td', {}, t(`people.statusName.${person.status}`)),
            h(
              'td',
              { class: 'row-actions' },
              h('button', { type: 'button', class: 'button button-secondary button-small', 'data-testid': 'person-reissue', onClick: () => void act(async () => {
                if (window.confirm(t('people.reissueConfirm', { name: person.profile.name }))) {
                  issued = await reissueCode(person.profile.id);
                }
              }) }, t('people.reissue')),
              person.status === 'Active'
                ? h('button', { type: 'button', class: 'button button-ghost button-small', 'data-testid': 'person-revoke', onClick: () => void act(async () => {
                    if (window.confirm(t('people.revokeConfirm', { name: person.profile.name }))) {
                      await revokePerson(person.profile.id);
                    }
                  }) }, t('people.revoke'))
                : null,
            ),
          ),
        ),
      ),
    );
  }

  void search();
  render();
  return { element, refresh: render, dispose: () => undefined };
}

function issuedCard(issued: IssuedCode, close: () => void): HTMLElement {
  return h(
    'div',
    { class: 'notice notice-success issued-code', role: 'status', 'data-testid': 'issued-code' },
    h('p', {}, t('people.newCodeFor', { name: issued.profile.name })),
    h('p', { class: 'access-code', dir: 'ltr', 'data-testid': 'issued-code-value' }, issued.code),
    h('p', { class: 'small', dir: 'ltr' }, issued.signInLink),
    h('button', { type: 'button', class: 'button button-ghost button-small', onClick: close }, t('people.done')),
  );
}

