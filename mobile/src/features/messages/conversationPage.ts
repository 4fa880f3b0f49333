import { networkingLimits, type DirectMessage } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { t } from '../../i18n';
import { formatMessageTime } from '../../i18n/format';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { currentOutbox } from '../../offline/outbox';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { currentInbox, type Inbox } from '../contacts/inbox';
import { fetchPerson } from '../people/peopleApi';
import { avatar } from '../people/personView';
import { ConversationState } from './conversationState';

const pageSize = 30;

/**
 * A conversation with a contact: the newest messages, older ones on request, new ones live, and a composer
 * (2,000 characters). Messages shown are marked read.
 */
export function createConversationPage(contactId: string): Page {
  const element = h('div', { class: 'page page-narrow page-conversation' });
  const auth = currentAuth();
  const connection = pageConnection(`/messages/${contactId}`);
  const inbox = currentInbox();
  if (!auth || !connection || !inbox) {
    const render = (): void => replaceChildren(element, signInPrompt(t('messages.signIn'), `/messages/${contactId}`));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const live = connection;
  const book: Inbox = inbox;
  const state = new ConversationState(auth.profile.id, contactId);
  const connectionBadge = createConnectionBadge(live);
  const composerId = uid('composer');
  let name = book.nameOf(contactId);
  let loading = false;
  let loadError: unknown = null;
  let loadingOlder = false;
  let text = '';
  let sending = false;
  let sendError: string | null = null;
  let markedUpTo = 0;
  let drawnStanding = '';
  let disposed = false;

  const title = h('h1', { class: 'conversation-title', 'data-testid': 'conversation-name' });
  const olderBox = h('div', { class: 'older' });
  const list = h('ol', { class: 'message-list', 'data-testid': 'message-list', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const statusBox = h('div', {});
  const composerBox = h('div', { class: 'composer-slot' });

  if (!name) {
    fetchPerson(auth.token, contactId)
      .then((card) => {
        name = card.name;
        renderTitle();
      })
      .catch(() => undefined);
  }

  async function loadNewest(): Promise<void> {
    loading = true;
    renderMessages('auto');
    try {
      state.applyPage(await live.getMessages(contactId, null, pageSize), null);
      loadError = null;
    } catch (error: unknown) {
      loadError = error;
    }
    loading = false;
    if (!disposed) {
      renderMessages('end');
      markRead();
    }
  }

  async function loadOlder(): Promise<void> {
    const before = state.oldestSequence();
    if (loadingOlder || before === null) {
      return;
    }
    loadingOlder = true;
    renderOlder();
    // Keep the message that was first in view where it is while older ones are put above it.
    const anchorSelector = `[data-seq="${before}"]`;
    const top = list.querySelector(anchorSelector)?.getBoundingClientRect().top ?? null;
    try {
      state.applyPage(await live.getMessages(contactId, before, pageSize), before);
    } catch (error: unknown) {
      loadError = error;
    }
    loadingOlder = false;
    renderMessages('keep');
    const anchor = list.querySelector(anchorSelector);
    if (anchor && top !== null) {
      window.scrollBy(0, anchor.getBoundingClientRect().top - top);
    }
  }

  function markRead(): void {
    const newest = state.newestIncoming();
    if (newest === null || newest <= markedUpTo || document.visibilityState !== 'visible') {
      return;
    }
    markedUpTo = newest;
    live.markMessagesRead(contactId, newest).catch(() => {
      markedUpTo = 0;
    });
  }

  async function send(event: Event): Promise<void> {
    event.preventDefault();
    const body = text.trim();
    if (sending || body.length === 0) {
      return;
    }
    if (body.length > networkingLimits.maxMessageLength) {
      sendError = t('error.message.invalid', { max: networkingLimits.maxMessageLength });
      renderComposer();
      return;
    }
    sending = true;
    sendError = null;
    renderComposer();
    const outbox = currentOutbox();
    if (outbox && (await outbox.mustQueue())) {
      // Kept on the phone and shown as waiting; sent, once, when the connection is back.
      await outbox.enqueue({ kind: 'message', contactId, text: body });
      text = '';
      sending = false;
      renderMessages('end');
      renderComposer();
      element.querySelector<HTMLTextAreaElement>(`#${composerId}`)?.focus();
      return;
    }
    try {
      const sent = await live.sendMessage(contactId, body);
      state.applyMessage(sent);
      book.noteSent(sent);
      text = '';
      renderMessages('end');
    } catch (error: unknown) {
      sendError = describeHubError(error);
    }
    sending = false;
    renderComposer();
    element.querySelector<HTMLTextAreaElement>(`#${composerId}`)?.focus();
  }

  function nearBottom(): boolean {
    return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160;
  }

  function messageItem(message: DirectMessage): HTMLElement {
    const mine = state.isMine(message);
    return h(
      'li',
      { class: `message ${mine ? 'is-mine' : 'is-theirs'}`, 'data-testid': 'message', 'data-seq': message.sequence, 'data-mine': String(mine) },
      h('p', { class: 'message-text', dir: 'auto', 'data-testid': 'message-text' }, message.text),
      h('time', { class: 'message-time', datetime: message.sentAt }, formatMessageTime(message.sentAt)),
    );
  }

  /** Messages written offline to this contact, after the sent ones until they go. */
  function waitingMessages(): HTMLElement[] {
    const waiting = currentOutbox()?.waiting() ?? [];
    return waiting.flatMap((entry) =>
      entry.kind === 'message' && entry.contactId === contactId
        ? [
            h(
              'li',
              { class: 'message is-mine is-waiting', 'data-testid': 'message-waiting' },
              h('p', { class: 'message-text', dir: 'auto', 'data-testid': 'message-text' }, entry.text),
              h('span', { class: 'message-time' }, t('offline.waiting')),
            ),
          ]
        : [],
    );
  }

  function renderOlder(): void {
    replaceChildren(
      olderBox,
      state.hasOlder
        ? h('button', { type: 'button', class: 'button button-ghost button-small', disabled: loadingOlder, 'data-testid': 'load-older', onClick: () => void loadOlder() }, loadingOlder ? t('common.loading') : t('messages.loadOlder'))
        : state.loaded && state.messages().length > 0
          ? h('p', { class: 'muted small' }, t('messages.beginning'))
          : null,
    );
  }

  /** Draws the messages; `scroll` says whether to show the newest ('end'), follow them if near ('auto') or stay ('keep'). */
  function renderMessages(scroll: 'end' | 'auto' | 'keep'): void {
    const stick = scroll === 'end' || (scroll === 'auto' && nearBottom());
    renderOlder();
    const messages = state.messages();
    replaceChildren(
      statusBox,
      loadError ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeHubError(loadError)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void loadNewest() }, t('common.retry'))) : null,
      loading && !state.loaded ? h('p', { class: 'loading', role: 'status' }, t('common.loading')) : null,
      state.loaded && messages.length === 0 ? h('p', { class: 'empty', 'data-testid': 'conversation-empty' }, t('messages.empty', { name: name ?? t('person.someone') })) : null,
    );
    replaceChildren(list, messages.map(messageItem), waitingMessages());
    if (stick) {
      requestAnimationFrame(() => window.scrollTo(0, document.documentElement.scrollHeight));
    }
  }

  function composerStanding(): string {
    return `${book.contacts.loaded}|${book.contacts.contacts.has(contactId)}`;
  }

  function renderComposer(): void {
    drawnStanding = composerStanding();
    const isContact = book.contacts.contacts.has(contactId);
    if (book.contacts.loaded && !isContact) {
      replaceChildren(
        composerBox,
        h('div', { class: 'notice notice-info', 'data-testid': 'not-a-contact' }, h('p', {}, t('error.contact.not_a_contact')), h('a', { class: 'button button-secondary button-small', href: href({ name: 'person', id: contactId }) }, t('messages.toProfile'))),
      );
      return;
    }
    const counter = h('span', { class: 'counter', 'data-testid': 'composer-counter' });
    const send_ = h('button', { type: 'submit', class: 'button button-primary composer-send', disabled: sending || text.trim().length === 0, 'aria-label': t('messages.send'), 'data-testid': 'composer-send' }, icon(icons.send, 'icon icon-send'), h('span', { class: 'composer-send-text' }, t('messages.send')));
    const update = (): void => {
      counter.textContent = t('ask.counter', { count: text.length, max: networkingLimits.maxMessageLength });
      counter.classList.toggle('is-over', text.length > networkingLimits.maxMessageLength);
      send_.disabled = sending || text.trim().length === 0;
    };
    const area = h('textarea', {
      id: composerId,
      class: 'input textarea composer-input',
      rows: 2,
      dir: 'auto',
      placeholder: t('messages.placeholder'),
      'data-testid': 'composer',
      value: text,
      onInput: (e) => {
        text = (e.target as HTMLTextAreaElement).value;
        update();
      },
      onKeydown: (e) => {
        const key = e as KeyboardEvent;
        if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
          void send(e);
        }
      },
    });
    update();
    replaceChildren(
      composerBox,
      h(
        'form',
        { class: 'composer', novalidate: true, 'data-testid': 'composer-form', onSubmit: (e) => void send(e) },
        h('label', { class: 'sr-only', for: composerId }, t('messages.placeholder')),
        h('div', { class: 'composer-row' }, area, send_),
        h('div', { class: 'composer-foot' }, sendError ? h('p', { class: 'field-error', role: 'alert', 'data-testid': 'composer-error' }, sendError) : h('span', { class: 'field-hint' }, t('messages.sendHint')), counter),
      ),
    );
  }

  function renderTitle(): void {
    replaceChildren(
      title,
      avatar(name ?? '?'),
      h('a', { href: href({ name: 'person', id: contactId }), dir: 'auto', 'data-testid': 'conversation-person' }, name ?? t('common.loading')),
    );
  }

  function render(): void {
    renderTitle();
    replaceChildren(
      element,
      h('div', { class: 'page-toolbar' }, h('a', { class: 'back-link', href: href({ name: 'messages', contactId: null }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.messages'))), connectionBadge.element),
      title,
      h('section', { class: 'card conversation-card' }, olderBox, statusBox, list),
      composerBox,
    );
    renderMessages('end');
    renderComposer();
  }

  const onVisible = (): void => markRead();
  document.addEventListener('visibilitychange', onVisible);
  book.setViewing(contactId);
  const outbox = currentOutbox();
  const stops = [
    ...(outbox
      ? [
          outbox.onChange(() => renderMessages('auto')),
          outbox.onEvent((event) => {
            if (event.kind === 'sent' && event.entry.kind === 'message' && event.entry.contactId === contactId) {
              const sent = event.result as DirectMessage;
              state.applyMessage(sent);
              book.noteSent(sent);
              renderMessages('auto');
            }
          }),
        ]
      : []),
    live.onConnected(() => void loadNewest()),
    live.onMessageReceived((message) => {
      if (state.applyMessage(message)) {
        renderMessages('auto');
        markRead();
      }
    }),
    book.onChange(() => {
      const known = book.nameOf(contactId);
      if (known && known !== name) {
        name = known;
        renderTitle();
      }
      // The composer is drawn again only when being a contact changes, never while someone types for nothing.
      const standing = composerStanding();
      if (standing !== drawnStanding && !sending) {
        renderComposer();
      }
    }),
  ];
  render();
  if (live.state === 'connected') {
    void loadNewest();
  } else {
    void live.start();
  }
  return {
    element,
    refresh: () => {
      connectionBadge.refresh();
      render();
    },
    dispose: () => {
      disposed = true;
      book.setViewing(null);
      document.removeEventListener('visibilitychange', onVisible);
      connectionBadge.dispose();
      for (const stop of stops) {
        stop();
      }
    },
  };
}
