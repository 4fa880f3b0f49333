import type { SessionPresence } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import { href } from '../../app/router';
import { formatNumber, t } from '../../i18n';
import { currentOutbox } from '../../offline/outbox';
import { describeHubError } from '../../realtime/hubError';
import type { LiveConnection } from '../../realtime/liveConnection';
import { avatar } from '../people/personView';
import { PresenceState } from './presenceState';
import { listedByChoice, rememberListedChoice } from './visibilityChoice';

export interface WhoIsHere {
  readonly element: HTMLElement;
  refresh(): void;
  dispose(): void;
}

/** How many listed people show before "Show all". */
const shortList = 12;

/**
 * "Who is here" on a session page: how many are checked in on site and remote (live), checking in (listed or not)
 * and out, and the people who chose to be listed, each a way to their page.
 */
export function createWhoIsHere(sessionId: string, connection: LiveConnection, myId: string): WhoIsHere {
  const element = h('section', { class: 'card who-card', 'aria-labelledby': `who-${sessionId}`, 'data-testid': 'who-is-here' });
  const state = new PresenceState(sessionId);
  let listed = listedByChoice();
  let busy = false;
  let error: unknown = null;
  let showAll = false;
  let listOpen = false;
  // Closed when the session opens, so its questions and the ask box come first; the counts stay in the summary.
  let open = false;

  async function load(): Promise<void> {
    try {
      state.applyOwn(await connection.getPresence(sessionId));
      error = null;
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  async function change(checkIn: boolean): Promise<void> {
    if (busy) {
      return;
    }
    busy = true;
    error = null;
    render();
    const outbox = currentOutbox();
    if (checkIn && outbox && (await outbox.mustQueue())) {
      await outbox.enqueue({ kind: 'checkIn', sessionId, visible: listed });
      busy = false;
      render();
      return;
    }
    try {
      state.applyOwn(checkIn ? await connection.checkIn(sessionId, listed) : await connection.checkOut(sessionId));
    } catch (failure: unknown) {
      error = failure;
    }
    busy = false;
    render();
    element.querySelector<HTMLElement>(checkIn ? '[data-testid="presence-checkout"]' : '[data-testid="presence-checkin"]')?.focus();
  }

  function count(kind: 'onsite' | 'remote', value: number, label: string): HTMLElement {
    return h(
      'span',
      { class: `presence-count count-${kind}`, 'data-testid': `presence-${kind}`, 'data-count': value },
      h('span', { class: 'presence-number' }, formatNumber(value)),
      h('span', { class: 'presence-label' }, label),
    );
  }

  function checkInWaiting(): boolean {
    return currentOutbox()?.waiting().some((e) => e.kind === 'checkIn' && e.sessionId === sessionId) ?? false;
  }

  function controls(): HTMLElement {
    if (!state.checkedIn && checkInWaiting()) {
      return h('p', { class: 'presence-me', 'data-testid': 'presence-checkin-waiting' }, icon(icons.mapPin), h('span', {}, t('presence.checkInWaiting')));
    }
    if (state.checkedIn) {
      return h(
        'div',
        { class: 'presence-controls' },
        h('p', { class: 'presence-me', 'data-testid': 'presence-checked-in' }, icon(icons.check), h('span', {}, state.isListed(myId) ? t('presence.checkedInListed') : t('presence.checkedInHidden'))),
        h('button', { type: 'button', class: 'button button-ghost button-small', disabled: busy, 'data-testid': 'presence-checkout', onClick: () => void change(false) }, t('presence.checkOut')),
      );
    }
    const boxId = uid('listed');
    return h(
      'div',
      { class: 'presence-controls' },
      h('button', { type: 'button', class: 'button button-primary button-small', disabled: busy, 'data-testid': 'presence-checkin', onClick: () => void change(true) }, icon(icons.mapPin), h('span', {}, t('presence.checkIn'))),
      h(
        'label',
        { class: 'checkbox', for: boxId },
        h('input', {
          id: boxId,
          type: 'checkbox',
          checked: listed,
          'data-testid': 'presence-listed',
          onChange: (e) => {
            listed = (e.target as HTMLInputElement).checked;
            rememberListedChoice(listed);
          },
        }),
        h('span', {}, t('presence.showMe')),
      ),
    );
  }

  /** Compact on purpose: on a phone it sits between the ask box and the questions. */
  function render(): void {
    element.dataset.loaded = String(state.loaded);
    const people = state.visible;
    const shown = showAll ? people : people.slice(0, shortList);
    const list =
      people.length > 0
        ? h(
            'details',
            {
              class: 'present-details',
              open: listOpen,
              onToggle: (e) => {
                listOpen = (e.target as HTMLDetailsElement).open;
              },
            },
            h('summary', { 'data-testid': 'presence-list-toggle' }, h('span', {}, t('presence.listed')), h('span', { class: 'tab-count' }, formatNumber(people.length))),
            h(
              'ul',
              { class: 'present-list', 'data-testid': 'presence-list' },
              shown.map((person) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { class: `present-person${person.attendeeId === myId ? ' is-me' : ''}`, href: href({ name: 'person', id: person.attendeeId }), 'data-testid': 'presence-person', 'data-id': person.attendeeId },
                    avatar(person.name),
                    h('span', { dir: 'auto' }, person.name),
                  ),
                ),
              ),
            ),
            people.length > shortList && !showAll
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'button button-link button-small',
                    onClick: () => {
                      showAll = true;
                      render();
                    },
                  },
                  t('presence.showAll', { count: people.length }),
                )
              : null,
          )
        : null;
    element.dataset.open = String(open);
    replaceChildren(
      element,
      h(
        'details',
        {
          class: 'who-details',
          open,
          onToggle: (e) => {
            open = (e.target as HTMLDetailsElement).open;
            element.dataset.open = String(open);
          },
        },
        h(
          'summary',
          { class: 'who-head', 'data-testid': 'who-toggle' },
          h('h2', { id: `who-${sessionId}` }, icon(icons.people), h('span', {}, t('presence.title'))),
          h('div', { class: 'presence-counts', role: 'status' }, count('onsite', state.onSite, t('presence.onSite')), count('remote', state.remote, t('presence.remote'))),
        ),
        error ? h('p', { class: 'notice notice-error', role: 'alert' }, describeHubError(error)) : null,
        controls(),
        list,
      ),
    );
  }

  const outbox = currentOutbox();
  const stops = [
    ...(outbox
      ? [
          outbox.onChange(render),
          outbox.onEvent((event) => {
            if (event.kind === 'sent' && event.entry.kind === 'checkIn' && event.entry.sessionId === sessionId) {
              state.applyOwn(event.result as SessionPresence);
              render();
            }
          }),
        ]
      : []),
    connection.onConnected(() => void load()),
    connection.onPresenceChanged((presence) => {
      if (state.applyPush(presence)) {
        render();
      }
    }),
  ];
  render();
  if (connection.state === 'connected') {
    void load();
  }
  return {
    element,
    refresh: render,
    dispose: () => {
      for (const stop of stops) {
        stop();
      }
    },
  };
}
