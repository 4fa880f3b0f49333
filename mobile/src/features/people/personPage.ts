import { networkingLimits, type ProfileCard } from '../../api/generated/contracts';
import { ApiError } from '../../api/http';
import { h, icon, replaceChildren, type Child } from '../../app/dom';
import { describeError } from '../../app/errors';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { languageName } from '../../i18n/labels';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { currentInbox } from '../contacts/inbox';
import { createNotesEditor } from '../contacts/notesEditor';
import { fetchPerson } from './peopleApi';
import { affiliation, avatar, interestChips, participationBadge } from './personView';

/**
 * A person as I may see them (fields they keep from me are left out), with what I can do: send a request with a
 * short message, answer theirs, message them once we are contacts, or block them.
 */
export function createPersonPage(personId: string): Page {
  const element = h('div', { class: 'page page-narrow page-person' });
  const auth = currentAuth();
  const connection = pageConnection(`/person/${personId}`);
  const inbox = currentInbox();
  if (!auth || !connection || !inbox) {
    const render = (): void => replaceChildren(element, signInPrompt(t('people.signIn'), `/person/${personId}`));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const live = connection;
  const book = inbox;
  const token = auth.token;
  const isMe = personId === auth.profile.id;
  let card: ProfileCard | null = null;
  let loadError: unknown = null;
  let message = '';
  let sending = false;
  let actionError: string | null = null;
  let confirmingBlock = false;
  let disposed = false;
  const actionsBox = h('section', { class: 'card person-actions', 'aria-live': 'polite', 'data-testid': 'person-actions' });
  let notes: ReturnType<typeof createNotesEditor> | null = null;

  async function load(): Promise<void> {
    try {
      card = await fetchPerson(token, personId);
      loadError = null;
    } catch (error: unknown) {
      loadError = error;
    }
    if (!disposed) {
      render();
    }
  }

  async function act(action: () => Promise<void>): Promise<void> {
    actionError = null;
    sending = true;
    renderActions();
    try {
      await action();
    } catch (error: unknown) {
      actionError = describeHubError(error);
    }
    sending = false;
    renderActions();
  }

  const sendRequest = (event: Event): void => {
    event.preventDefault();
    const text = message.trim();
    if (text.length > networkingLimits.maxRequestMessageLength) {
      actionError = t('person.requestTooLong', { max: networkingLimits.maxRequestMessageLength });
      renderActions();
      return;
    }
    void act(async () => {
      book.applyRequest(await live.sendContactRequest(personId, text));
      message = '';
    });
  };

  function requestForm(): HTMLElement {
    const id = uid('request');
    const counter = h('span', { class: 'counter', 'data-testid': 'request-counter' });
    const update = (): void => {
      counter.textContent = t('ask.counter', { count: message.length, max: networkingLimits.maxRequestMessageLength });
      counter.classList.toggle('is-over', message.length > networkingLimits.maxRequestMessageLength);
    };
    update();
    return h(
      'form',
      { class: 'request-form', novalidate: true, onSubmit: sendRequest },
      h('label', { for: id, class: 'form-label' }, t('person.requestLabel')),
      h('textarea', {
        id,
        class: 'input textarea',
        rows: 3,
        dir: 'auto',
        placeholder: t('person.requestPlaceholder'),
        'data-testid': 'request-message',
        value: message,
        onInput: (e) => {
          message = (e.target as HTMLTextAreaElement).value;
          update();
        },
      }),
      h('div', { class: 'field-foot' }, h('p', { class: 'field-hint' }, t('person.requestHint')), counter),
      h('button', { type: 'submit', class: 'button button-primary', disabled: sending, 'data-testid': 'send-request' }, icon(icons.send), h('span', {}, sending ? t('person.sending') : t('person.sendRequest'))),
    );
  }

  function blockControls(): Child {
    if (isMe) {
      return null;
    }
    if (book.contacts.blocked.has(personId)) {
      return h(
        'div',
        { class: 'block-box' },
        h('p', { class: 'notice notice-warning', 'data-testid': 'person-blocked' }, t('person.blockedNote')),
        h('button', { type: 'button', class: 'button button-ghost button-small', disabled: sending, 'data-testid': 'unblock', onClick: () => void act(async () => {
          await live.setBlocked(personId, false);
          book.setBlocked(personId, false);
        }) }, t('person.unblock')),
      );
    }
    if (confirmingBlock) {
      return h(
        'div',
        { class: 'confirm-box', role: 'alertdialog', 'aria-labelledby': 'block-confirm' },
        h('p', { id: 'block-confirm' }, t('person.blockConfirm', { name: card?.name ?? '' })),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'button button-danger button-small', disabled: sending, 'data-testid': 'block-confirm', onClick: () => void act(async () => {
            await live.setBlocked(personId, true);
            book.setBlocked(personId, true);
            confirmingBlock = false;
          }) }, icon(icons.block), h('span', {}, t('person.block'))),
          h('button', { type: 'button', class: 'button button-ghost button-small', onClick: () => {
            confirmingBlock = false;
            renderActions();
          } }, t('common.cancel')),
        ),
      );
    }
    return h('button', { type: 'button', class: 'button button-link button-small block-link', 'data-testid': 'block', onClick: () => {
      confirmingBlock = true;
      renderActions();
    } }, icon(icons.block, 'icon icon-small'), h('span', {}, t('person.block')));
  }

  function renderActions(): void {
    if (!card) {
      actionsBox.hidden = true;
      return;
    }
    actionsBox.hidden = false;
    const contact = book.contacts.contacts.get(personId);
    const incoming = book.contacts.pendingFrom(personId);
    const outgoing = book.contacts.pendingTo(personId);
    const blocked = book.contacts.blocked.has(personId);
    let main: Child;
    if (isMe) {
      main = h('div', {}, h('p', {}, t('person.thisIsYou')), h('a', { class: 'button button-secondary', href: href({ name: 'profile' }), 'data-testid': 'edit-profile' }, icon(icons.edit), h('span', {}, t('me.profile'))));
    } else if (contact || card.isContact) {
      if (contact) {
        if (!notes) {
          notes = createNotesEditor(contact, live, 'person');
        } else {
          notes.update(contact);
        }
      }
      main = h(
        'div',
        { class: 'person-contact' },
        h('p', { class: 'contact-meta', 'data-testid': 'person-is-contact' }, icon(icons.check), h('span', {}, contact ? t(contact.source === 'Badge' ? 'contacts.sinceBadge' : 'contacts.sinceRequest', { date: formatDateTime(contact.since) }) : t('person.isContact'))),
        h('a', { class: 'button button-primary', href: href({ name: 'messages', contactId: personId }), 'data-testid': 'person-message' }, icon(icons.message), h('span', {}, t('person.message'))),
        notes ? h('div', { class: 'person-notes' }, h('h3', {}, t('notes.private')), notes.element) : null,
      );
    } else if (incoming) {
      main = h(
        'div',
        { class: 'person-incoming' },
        h('p', {}, h('strong', {}, t('person.wantsToConnect', { name: card.name }))),
        incoming.message ? h('blockquote', { class: 'request-message', dir: 'auto' }, incoming.message) : null,
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'button button-primary button-small', disabled: sending, 'data-testid': 'request-accept', onClick: () => void act(async () => {
            book.applyRequest(await live.respondToContactRequest(incoming.id, 'Accepted'));
          }) }, icon(icons.check), h('span', {}, t('contacts.accept'))),
          h('button', { type: 'button', class: 'button button-ghost button-small', disabled: sending, 'data-testid': 'request-decline', onClick: () => void act(async () => {
            book.applyRequest(await live.respondToContactRequest(incoming.id, 'Declined'));
          }) }, t('contacts.decline')),
        ),
      );
    } else if (outgoing) {
      main = h('p', { class: 'notice notice-info', 'data-testid': 'request-pending' }, t('person.requestPending', { date: formatDateTime(outgoing.sentAt) }));
    } else if (blocked) {
      main = null;
    } else {
      main = requestForm();
    }
    replaceChildren(actionsBox, main, actionError ? h('p', { class: 'notice notice-error', role: 'alert', 'data-testid': 'person-error' }, actionError) : null, blockControls());
  }

  function section(title: string, ...children: Child[]): HTMLElement {
    return h('section', { class: 'person-section' }, h('h2', {}, title), children);
  }

  function render(): void {
    const back = h('div', { class: 'page-toolbar' }, h('a', { class: 'back-link', href: href({ name: 'people' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.people'))));
    if (!card) {
      const notFound = loadError instanceof ApiError && loadError.status === 404;
      replaceChildren(
        element,
        back,
        loadError
          ? h('div', { class: 'card notice notice-error', role: 'alert', 'data-testid': 'person-error' }, h('p', {}, notFound ? t('error.person.not_found') : describeError(loadError)), notFound ? null : h('button', { type: 'button', class: 'button button-secondary', onClick: () => void load() }, t('common.retry')))
          : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    const person = card;
    const hidden = !person.isContact && !isMe && (person.bio === null || person.links === null);
    const interests = interestChips(person.actionLines ?? [], person.sdgs ?? [], person.tracks ?? []);
    renderActions();
    replaceChildren(
      element,
      back,
      h(
        'section',
        { class: 'card person-card', 'data-testid': 'person-card', 'data-id': person.attendeeId },
        h(
          'div',
          { class: 'person-head' },
          avatar(person.name, true),
          h(
            'div',
            {},
            h('h1', { dir: 'auto', 'data-testid': 'person-title' }, person.name),
            person.title ? h('p', { class: 'person-job', dir: 'auto' }, person.title) : null,
            h('p', { class: 'muted', dir: 'auto' }, affiliation(person)),
            h('div', { class: 'badges' }, participationBadge(person.participation), person.isContact ? h('span', { class: 'badge badge-contact' }, t('person.isContact')) : null),
          ),
        ),
        interests ? section(t('profile.interests'), interests) : null,
        person.languages && person.languages.length > 0 ? section(t('profile.languages'), h('p', {}, person.languages.map(languageName).join(' · '))) : null,
        person.bio ? section(t('profile.bio'), h('p', { class: 'person-bio', dir: 'auto', 'data-testid': 'person-bio' }, person.bio)) : null,
        person.links && person.links.length > 0
          ? section(
              t('profile.links'),
              h('ul', { class: 'link-list' }, person.links.map((link) => h('li', {}, h('a', { href: link, target: '_blank', rel: 'noopener noreferrer nofollow', dir: 'ltr' }, icon(icons.link, 'icon icon-small'), h('span', {}, link.replace(/^https?:\/\//, '')))))),
            )
          : null,
        hidden ? h('p', { class: 'muted small with-icon' }, icon(icons.shield, 'icon icon-small'), h('span', {}, t('person.moreForContacts'))) : null,
      ),
      actionsBox,
    );
  }

  const stops = [
    book.onChange(() => {
      const becameContact = card && !card.isContact && book.contacts.contacts.has(personId);
      if (becameContact) {
        // A contact may see more of the profile.
        void load();
      } else {
        renderActions();
      }
    }),
  ];
  render();
  void load();
  void live.start();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
      for (const stop of stops) {
        stop();
      }
    },
  };
}
