import type { DirectoryEntry, Suggestion } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { t } from '../../i18n';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { currentInbox } from '../contacts/inbox';
import { matchReasonText } from './matchReasonText';
import { searchDirectory } from './peopleApi';
import { personRow } from './personView';

const pageSize = 20;

/**
 * People: search the directory (name, organisation, country) and "People you should meet", the matchmaking's
 * suggestions with the reasons, worded from what the server says the two share. Each person opens their page, to send a request.
 */
export function createPeoplePage(): Page {
  const element = h('div', { class: 'page page-people' });
  const auth = currentAuth();
  const connection = pageConnection('/people');
  if (!auth || !connection) {
    const render = (): void => replaceChildren(element, signInPrompt(t('people.signIn'), '/people'));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const live = connection;
  const token = auth.token;
  const myId = auth.profile.id;
  const searchId = uid('people-search');
  let query = '';
  let results: DirectoryEntry[] = [];
  let searching = false;
  let searchError: unknown = null;
  let hasMore = false;
  let controller: AbortController | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let suggestions: Suggestion[] | null = null;
  let suggestionsError: unknown = null;

  const resultsBox = h('section', { class: 'card', 'aria-labelledby': 'directory-title', 'data-testid': 'directory' });
  const suggestionsBox = h('section', { class: 'card suggestions-card', 'aria-labelledby': 'suggestions-title', 'data-testid': 'suggestions' });

  async function search(append: boolean): Promise<void> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    searching = true;
    searchError = null;
    renderResults();
    try {
      const found = await searchDirectory(token, query.trim(), append ? results.length : 0, pageSize + 1, own.signal);
      if (own.signal.aborted) {
        return;
      }
      hasMore = found.length > pageSize;
      const page = found.slice(0, pageSize);
      results = append ? [...results, ...page.filter((p) => !results.some((r) => r.attendeeId === p.attendeeId))] : page;
    } catch (error: unknown) {
      if (own.signal.aborted) {
        return;
      }
      searchError = error;
    }
    searching = false;
    renderResults();
  }

  async function loadSuggestions(): Promise<void> {
    try {
      suggestions = await live.getSuggestions(8);
      suggestionsError = null;
    } catch (error: unknown) {
      suggestionsError = error;
    }
    renderSuggestions();
  }

  /** What the person already is to me: a contact, or someone I asked. */
  function relation(id: string): HTMLElement | null {
    const book = currentInbox()?.contacts;
    if (id === myId) {
      return h('span', { class: 'badge badge-mine' }, t('person.you'));
    }
    if (book?.contacts.has(id)) {
      return h('span', { class: 'badge badge-contact', 'data-testid': 'relation' }, t('person.isContact'));
    }
    if (book?.pendingTo(id)) {
      return h('span', { class: 'badge badge-request status-pending', 'data-testid': 'relation' }, t('person.requestSent'));
    }
    return null;
  }

  function renderResults(): void {
    const searchingText = query.trim() ? t('people.results') : t('people.everyone');
    replaceChildren(
      resultsBox,
      h('h2', { id: 'directory-title' }, searchingText),
      searchError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(searchError)) : null,
      results.length === 0 && !searching && !searchError ? h('p', { class: 'empty' }, t('people.noResults')) : null,
      h('ul', { class: 'person-list', 'data-testid': 'directory-list' }, results.map((entry) => personRow(entry, relation(entry.attendeeId), 'directory-person'))),
      searching ? h('p', { class: 'loading', role: 'status' }, t('common.loading')) : null,
      hasMore && !searching
        ? h('button', { type: 'button', class: 'button button-ghost button-block', 'data-testid': 'directory-more', onClick: () => void search(true) }, t('people.more'))
        : null,
    );
  }

  function renderSuggestions(): void {
    replaceChildren(
      suggestionsBox,
      h('h2', { id: 'suggestions-title' }, icon(icons.sparkle), h('span', {}, t('people.suggestions'))),
      h('p', { class: 'muted small' }, t('people.suggestionsHint')),
      suggestionsError
        ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeHubError(suggestionsError)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void loadSuggestions() }, t('common.retry')))
        : suggestions === null
          ? h('p', { class: 'loading', role: 'status' }, t('common.loading'))
          : suggestions.length === 0
            ? h('p', { class: 'empty' }, h('span', {}, t('people.noSuggestions')), ' ', h('a', { href: href({ name: 'profile' }) }, t('people.completeProfile')))
            : h(
                'ul',
                { class: 'person-list', 'data-testid': 'suggestion-list' },
                suggestions.map((suggestion) =>
                  personRow(
                    suggestion.person,
                    h(
                      'ul',
                      { class: 'reasons', 'aria-label': t('people.why') },
                      suggestion.reasons.map((reason) => h('li', { 'data-testid': 'suggestion-reason' }, matchReasonText(reason))),
                    ),
                    'suggestion',
                  ),
                ),
              ),
    );
  }

  function render(): void {
    const input = h('input', {
      id: searchId,
      type: 'search',
      class: 'input',
      placeholder: t('people.searchPlaceholder'),
      autocomplete: 'off',
      'data-testid': 'people-search',
      value: query,
      onInput: (e) => {
        query = (e.target as HTMLInputElement).value;
        clearTimeout(debounce);
        debounce = setTimeout(() => {
          void search(false);
          renderOrder();
        }, 300);
      },
    });
    replaceChildren(
      element,
      h('div', { class: 'page-toolbar' }, h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.people), h('span', {}, t('people.title')))), h('a', { class: 'button button-secondary button-small', href: href({ name: 'scan', token: null }) }, icon(icons.scan), h('span', {}, t('contacts.scan')))),
      h('div', { class: 'search-field search-large' }, h('label', { class: 'sr-only', for: searchId }, t('people.search')), icon(icons.search), input),
      h('div', { class: 'people-layout', 'data-testid': 'people-layout' }),
    );
    renderOrder();
    renderResults();
    renderSuggestions();
  }

  /** Suggestions lead while nothing is searched; a search puts its results first. */
  function renderOrder(): void {
    const layout = element.querySelector('[data-testid="people-layout"]');
    if (layout) {
      replaceChildren(layout, query.trim() ? [resultsBox, suggestionsBox] : [suggestionsBox, resultsBox]);
    }
  }

  const stops = [live.onConnected(() => void loadSuggestions()), currentInbox()?.onChange(renderResults) ?? (() => undefined)];
  render();
  void search(false);
  if (live.state === 'connected') {
    void loadSuggestions();
  } else {
    void live.start();
  }
  return {
    element,
    refresh: render,
    dispose: () => {
      clearTimeout(debounce);
      controller?.abort();
      for (const stop of stops) {
        stop();
      }
    },
  };
}
