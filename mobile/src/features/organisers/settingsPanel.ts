import type { ExcludedPerson, PersonListing } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { fetchExcluded, fetchForumInfo, searchPeople, setExcluded, setSelfRegistration } from './organiserApi';

/** The forum's switches: remote self-registration on or off, and the people (staff) left out of the leaderboard. */
export function createSettingsPanel(): Page {
  const element = h('section', { class: 'organise-panel', 'data-testid': 'settings-panel' });
  let open: boolean | null = null;
  let excluded: ExcludedPerson[] = [];
  let found: PersonListing[] = [];
  let error: unknown = null;

  async function load(): Promise<void> {
    try {
      open = (await fetchForumInfo()).selfRegistrationOpen;
      excluded = await fetchExcluded();
      error = null;
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  async function act(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      await load();
    } catch (failure: unknown) {
      error = failure;
      render();
    }
  }

  function render(): void {
    replaceChildren(
      element,
      h('h2', {}, t('settings.heading')),
      error ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(error)) : null,
      h(
        'label',
        { class: 'switch' },
        h('input', { type: 'checkbox', role: 'switch', checked: open === true, disabled: open === null, 'data-testid': 'self-registration', onChange: (e) => {
          const value = (e.target as HTMLInputElement).checked;
          void act(() => setSelfRegistration(value));
        } }),
        h('span', {}, t('settings.selfRegistration')),
      ),
      h('p', { class: 'muted small' }, t('settings.selfRegistrationHint')),
      h('h3', {}, t('settings.excludedHeading')),
      h('p', { class: 'muted small' }, t('settings.excludedHint')),
      excluded.length === 0
        ? h('p', { class: 'muted', 'data-testid': 'excluded-none' }, t('settings.excludedNone'))
        : h('ul', { class: 'plain-list', 'data-testid': 'excluded-list' }, excluded.map((person) =>
            h('li', { class: 'room-row' }, h('span', {}, person.name ?? person.attendeeId),
              h('button', { type: 'button', class: 'button button-ghost button-small', onClick: () => void act(() => setExcluded(person.attendeeId, false)) }, t('settings.include'))))),
      h('input', { type: 'search', class: 'input', placeholder: t('settings.findPerson'), 'aria-label': t('settings.findPerson'), 'data-testid': 'exclude-search', onInput: (e) => {
        const text = (e.target as HTMLInputElement).value;
        void searchPeople(text, false, 0, 8).then((page) => {
          found = text ? page.people : [];
          render();
          const box = element.querySelector<HTMLInputElement>('[data-testid="exclude-search"]');
          if (box) {
            box.value = text;
            box.focus();
          }
        });
      } }),
      h('ul', { class: 'plain-list' }, found.map((person) =>
        h('li', { class: 'room-row' }, h('span', {}, `${person.profile.name} · ${person.profile.organisation}`),
          h('button', { type: 'button', class: 'button button-secondary button-small', 'data-testid': 'exclude-person', onClick: () => void act(() => setExcluded(person.profile.id, true)) }, t('settings.exclude'))))),
    );
  }

  void load();
  render();
  return { element, refresh: render, dispose: () => undefined };
}
