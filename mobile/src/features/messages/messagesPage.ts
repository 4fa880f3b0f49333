import type { Contact, DirectMessage } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { currentLocale, formatNumber, t } from '../../i18n';
import { formatMessageTime } from '../../i18n/format';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { currentInbox, type Inbox } from '../contacts/inbox';
import { avatar } from '../people/personView';

/** Conversations: every contact, those with unread or recent messages first, live as messages arrive. */
export function createMessagesPage(): Page {
  const element = h('div', { class: 'page page-narrow page-messages' });
  const auth = currentAuth();
  const connection = pageConnection('/messages');
  const inbox = currentInbox();
  if (!auth || !connection || !inbox) {
    const render = (): void => replaceChildren(element, signInPrompt(t('messages.signIn'), '/messages'));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const book: Inbox = inbox;
  const myId = auth.profile.id;
  const searchId = uid('messages-search');
  let query = '';
  const list = h('ul', { class: 'conversation-list', 'data-testid': 'conversation-list' });
  const status = h('div', {});

  function ordered(): Contact[] {
    const contacts = book.contacts.search(query, currentLocale());
    const rank = (c: Contact): [number, string] => [book.unread.get(c.attendeeId) ?? 0, book.lastMessages.get(c.attendeeId)?.sentAt ?? ''];
    return contacts.sort((a, b) => {
      const [unreadA, lastA] = rank(a);
      const [unreadB, lastB] = rank(b);
      return Number(unreadB > 0) - Number(unreadA > 0) || lastB.localeCompare(lastA);
    });
  }

  function preview(message: DirectMessage | undefined): string {
    if (!message) {
      return t('messages.startConversation');
    }
    return message.fromId === myId ? t('messages.youWrote', { text: message.text }) : message.text;
  }

  function renderList(): void {
    if (!book.contacts.loaded) {
      replaceChildren(status, book.loadError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeHubError(book.loadError)) : h('p', { class: 'loading', role: 'status' }, t('common.loading')));
      list.replaceChildren();
      return;
    }
    const contacts = ordered();
    replaceChildren(
      status,
      book.contacts.contacts.size === 0
        ? h('div', { class: 'empty empty-rich' }, h('p', {}, t('messages.noContacts')), h('a', { class: 'button button-primary', href: href({ name: 'people' }) }, icon(icons.people), h('span', {}, t('contacts.findPeople'))))
        : contacts.length === 0
          ? h('p', { class: 'empty' }, t('contacts.noMatch'))
          : null,
    );
    replaceChildren(
      list,
      contacts.map((contact) => {
        const unread = book.unread.get(contact.attendeeId) ?? 0;
        const last = book.lastMessages.get(contact.attendeeId);
        return h(
          'li',
          {},
          h(
            'a',
            { class: `conversation-row${unread > 0 ? ' has-unread' : ''}`, href: href({ name: 'messages', contactId: contact.attendeeId }), 'data-testid': 'conversation', 'data-id': contact.attendeeId, 'data-unread': unread },
            avatar(contact.name),
            h(
              'span',
              { class: 'conversation-text' },
              h('span', { class: 'conversation-name', dir: 'auto' }, contact.name),
              h('span', { class: 'conversation-preview', dir: 'auto', 'data-testid': 'conversation-preview' }, preview(last)),
            ),
            h(
              'span',
              { class: 'conversation-side' },
              last ? h('time', { class: 'conversation-time', datetime: last.sentAt }, formatMessageTime(last.sentAt)) : null,
              unread > 0 ? h('span', { class: 'nav-count', 'data-testid': 'conversation-unread', 'aria-label': t('nav.unreadMessages', { count: unread }) }, formatNumber(unread)) : null,
            ),
          ),
        );
      }),
    );
  }

  function render(): void {
    replaceChildren(
      element,
      h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.message), h('span', {}, t('messages.title')))),
      h('p', { class: 'lead' }, t('messages.intro')),
      h(
        'section',
        { class: 'card' },
        h(
          'div',
          { class: 'search-field' },
          h('label', { class: 'sr-only', for: searchId }, t('contacts.search')),
          icon(icons.search),
          h('input', {
            id: searchId,
            type: 'search',
            class: 'input',
            placeholder: t('contacts.searchPlaceholder'),
            value: query,
            onInput: (e) => {
              query = (e.target as HTMLInputElement).value;
              renderList();
            },
          }),
        ),
        status,
        list,
      ),
    );
    renderList();
  }

  const stop = book.onChange(renderList);
  render();
  void connection.start();
  return {
    element,
    refresh: render,
    dispose: stop,
  };
}
