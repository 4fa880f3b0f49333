import type { Contact, ContactRequest, RequestStatus } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { downloadWithToken } from '../../app/download';
import { describeError } from '../../app/errors';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { currentLocale, formatNumber, t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { requestStatusName } from '../../i18n/labels';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { describeHubError } from '../../realtime/hubError';
import type { LiveConnection } from '../../realtime/liveConnection';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { avatar } from '../people/personView';
import { fetchPerson } from '../people/peopleApi';
import { KeyedList } from '../questions/keyedList';
import { currentInbox, type Inbox } from './inbox';
import { createNotesEditor } from './notesEditor';

/**
 * The contact book: requests waiting for an answer, contacts with their private notes and tags (searchable),
 * requests sent and their answers, blocked people, and the export as vCard or CSV. Live: new contacts and
 * requests appear without a reload.
 */
export function createContactsPage(): Page {
  const element = h('div', { class: 'page page-contacts' });
  const auth = currentAuth();
  const connection = pageConnection('/contacts');
  const inbox = currentInbox();
  if (!auth || !connection || !inbox) {
    const render = (): void => replaceChildren(element, signInPrompt(t('contacts.signIn'), '/contacts'));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const live: LiveConnection = connection;
  const book: Inbox = inbox;
  const token = auth.token;
  const connectionBadge = createConnectionBadge(live);
  const searchId = uid('contacts-search');
  let query = '';
  let actionError: string | null = null;
  let exportError: unknown = null;
  const answering = new Set<string>();
  /** Names of blocked people, looked up once (the book holds only their ids). */
  const blockedNames = new Map<string, string>();

  const incomingBox = h('section', { class: 'card requests-card', 'aria-labelledby': 'incoming-title', 'data-testid': 'incoming-requests' });
  const contactsHeading = h('h2', { id: 'contacts-title' });
  const contactsStatus = h('div', {});
  const list = h('ul', { class: 'contact-list', 'data-testid': 'contact-list' });
  const rows = new KeyedList<Contact, string>(list, (c) => c.attendeeId, (c) => JSON.stringify(c), contactItem);
  const outgoingBox = h('section', { class: 'card', 'aria-labelledby': 'outgoing-title', 'data-testid': 'outgoing-requests' });
  const blockedBox = h('section', { class: 'card', 'aria-labelledby': 'blocked-title', 'data-testid': 'blocked-people' });
  const errorBox = h('div', { 'aria-live': 'assertive' });

  function contactItem(contact: Contact): HTMLElement {
    const notes = createNotesEditor(contact, live);
    return h(
      'li',
      { class: 'contact-item', 'data-testid': 'contact-item', 'data-id': contact.attendeeId },
      h(
        'div',
        { class: 'contact-head' },
        avatar(contact.name),
        h(
          'div',
          { class: 'contact-text' },
          h('a', { class: 'contact-name', href: href({ name: 'person', id: contact.attendeeId }), dir: 'auto', 'data-testid': 'contact-name' }, contact.name),
          h('span', { class: 'contact-meta' }, t(contact.source === 'Badge' ? 'contacts.sinceBadge' : 'contacts.sinceRequest', { date: formatDateTime(contact.since) })),
        ),
        h(
          'a',
          {
            class: 'icon-action',
            href: href({ name: 'messages', contactId: contact.attendeeId }),
            'aria-label': t('contacts.messageTo', { name: contact.name }),
            title: t('person.message'),
            'data-testid': 'contact-message',
          },
          icon(icons.message),
        ),
      ),
      notes.element,
    );
  }

  async function answer(request: ContactRequest, status: Exclude<RequestStatus, 'Pending'>): Promise<void> {
    if (answering.has(request.id)) {
      return;
    }
    answering.add(request.id);
    actionError = null;
    renderIncoming();
    try {
      book.applyRequest(await live.respondToContactRequest(request.id, status));
    } catch (error: unknown) {
      actionError = describeHubError(error);
    }
    answering.delete(request.id);
    renderAll();
  }

  async function unblock(attendeeId: string): Promise<void> {
    actionError = null;
    try {
      await live.setBlocked(attendeeId, false);
      book.setBlocked(attendeeId, false);
    } catch (error: unknown) {
      actionError = describeHubError(error);
      renderAll();
    }
  }

  async function exportAs(kind: 'vcf' | 'csv'): Promise<void> {
    exportError = null;
    try {
      await downloadWithToken(`/api/me/contacts.${kind}`, token, `wsis-contacts.${kind}`);
    } catch (error: unknown) {
      exportError = error;
    }
    renderAll();
  }

  function renderIncoming(): void {
    const requests = book.contacts.incomingList();
    incomingBox.hidden = requests.length === 0;
    replaceChildren(
      incomingBox,
      h('h2', { id: 'incoming-title' }, t('contacts.incoming'), h('span', { class: 'tab-count' }, formatNumber(requests.length))),
      h(
        'ul',
        { class: 'request-list' },
        requests.map((request) =>
          h(
            'li',
            { class: 'request-item', 'data-testid': 'request-incoming', 'data-id': request.id, 'data-from': request.fromId },
            h(
              'div',
              { class: 'contact-head' },
              avatar(request.fromName),
              h(
                'div',
                { class: 'contact-text' },
                h('a', { class: 'contact-name', href: href({ name: 'person', id: request.fromId }), dir: 'auto' }, request.fromName),
                h('span', { class: 'contact-meta' }, formatDateTime(request.sentAt)),
              ),
            ),
            request.message ? h('blockquote', { class: 'request-message', dir: 'auto' }, request.message) : null,
            h(
              'div',
              { class: 'actions' },
              h('button', { type: 'button', class: 'button button-primary button-small', disabled: answering.has(request.id), 'data-testid': 'request-accept', onClick: () => void answer(request, 'Accepted') }, icon(icons.check), h('span', {}, t('contacts.accept'))),
              h('button', { type: 'button', class: 'button button-ghost button-small', disabled: answering.has(request.id), 'data-testid': 'request-decline', onClick: () => void answer(request, 'Declined') }, t('contacts.decline')),
              h('button', { type: 'button', class: 'button button-link button-small', disabled: answering.has(request.id), 'data-testid': 'request-ignore', title: t('contacts.ignoreHint'), onClick: () => void answer(request, 'Ignored') }, t('contacts.ignore')),
            ),
          ),
        ),
      ),
    );
  }

  function renderContacts(): void {
    const all = book.contacts.contacts.size;
    const found = book.contacts.search(query, currentLocale());
    replaceChildren(contactsHeading, t('contacts.yours'), h('span', { class: 'tab-count', 'data-testid': 'contact-count' }, formatNumber(all)));
    if (!book.contacts.loaded) {
      rows.update([]);
      replaceChildren(
        contactsStatus,
        book.loadError
          ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeHubError(book.loadError)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void book.reload() }, t('common.retry')))
          : book.nothingKept
            ? h('p', { class: 'notice notice-info', 'data-testid': 'contacts-offline' }, t('offline.nothingKept'))
            : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      );
      return;
    }
    replaceChildren(
      contactsStatus,
      book.fromKeptCopy ? h('p', { class: 'notice notice-info', 'data-testid': 'contacts-offline' }, t('offline.lastSeen')) : null,
      all === 0
        ? h('div', { class: 'empty empty-rich' }, h('p', {}, t('contacts.empty')), h('a', { class: 'button button-primary', href: href({ name: 'scan', token: null }) }, icon(icons.scan), h('span', {}, t('contacts.scan'))))
        : found.length === 0
          ? h('p', { class: 'empty' }, t('contacts.noMatch'))
          : null,
    );
    rows.update(found);
  }

  function renderOutgoing(): void {
    const requests = book.contacts.outgoingList();
    outgoingBox.hidden = requests.length === 0;
    replaceChildren(
      outgoingBox,
      h('h2', { id: 'outgoing-title' }, t('contacts.outgoing')),
      h(
        'ul',
        { class: 'request-list compact' },
        requests.map((request) =>
          h(
            'li',
            { class: 'request-row', 'data-testid': 'request-outgoing', 'data-id': request.id, 'data-status': request.status },
            h('a', { class: 'contact-name', href: href({ name: 'person', id: request.toId }), dir: 'auto' }, request.toName),
            h('span', { class: 'contact-meta' }, formatDateTime(request.sentAt)),
            // An ignored request looks pending to its sender, as the recipient meant.
            h('span', { class: `badge badge-request status-${request.status === 'Ignored' ? 'pending' : request.status.toLowerCase()}`, 'data-testid': 'request-status' }, requestStatusName(request.status === 'Ignored' ? 'Pending' : request.status)),
          ),
        ),
      ),
    );
  }

  function renderBlocked(): void {
    const ids = [...book.contacts.blocked];
    blockedBox.hidden = ids.length === 0;
    for (const id of ids) {
      if (!blockedNames.has(id)) {
        blockedNames.set(id, book.nameOf(id) ?? '');
        if (!blockedNames.get(id)) {
          fetchPerson(token, id)
            .then((card) => {
              blockedNames.set(id, card.name);
              renderBlocked();
            })
            .catch(() => undefined);
        }
      }
    }
    replaceChildren(
      blockedBox,
      h('h2', { id: 'blocked-title' }, t('contacts.blocked')),
      h('p', { class: 'muted small' }, t('contacts.blockedHint')),
      h(
        'ul',
        { class: 'request-list compact' },
        ids.map((id) =>
          h(
            'li',
            { class: 'request-row', 'data-testid': 'blocked-item', 'data-id': id },
            h('a', { class: 'contact-name', href: href({ name: 'person', id }), dir: 'auto' }, blockedNames.get(id) || t('person.someone')),
            h('button', { type: 'button', class: 'button button-ghost button-small', 'data-testid': 'unblock', onClick: () => void unblock(id) }, t('person.unblock')),
          ),
        ),
      ),
    );
  }

  function renderAll(): void {
    replaceChildren(
      errorBox,
      actionError ? h('p', { class: 'notice notice-error', role: 'alert' }, actionError) : null,
      exportError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(exportError)) : null,
    );
    renderIncoming();
    renderContacts();
    renderOutgoing();
    renderBlocked();
  }

  function render(): void {
    rows.clear();
    const search = h('input', {
      id: searchId,
      type: 'search',
      class: 'input',
      placeholder: t('contacts.searchPlaceholder'),
      'data-testid': 'contacts-search',
      value: query,
      onInput: (e) => {
        query = (e.target as HTMLInputElement).value;
        renderContacts();
      },
    });
    replaceChildren(
      element,
      h('div', { class: 'page-toolbar' }, h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.contacts), h('span', {}, t('contacts.title')))), connectionBadge.element),
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button button-primary', href: href({ name: 'scan', token: null }), 'data-testid': 'contacts-scan' }, icon(icons.scan), h('span', {}, t('contacts.scan'))),
        h('a', { class: 'button button-secondary', href: href({ name: 'badge' }), 'data-testid': 'contacts-badge' }, icon(icons.qr), h('span', {}, t('me.badge'))),
        h('a', { class: 'button button-secondary', href: href({ name: 'people' }) }, icon(icons.people), h('span', {}, t('contacts.findPeople'))),
      ),
      errorBox,
      h(
        'div',
        { class: 'contacts-layout' },
        h(
          'div',
          { class: 'contacts-main' },
          incomingBox,
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'contacts-title' },
            contactsHeading,
            h('div', { class: 'search-field' }, h('label', { class: 'sr-only', for: searchId }, t('contacts.search')), icon(icons.search), search),
            contactsStatus,
            list,
          ),
        ),
        h(
          'div',
          { class: 'contacts-side' },
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'export-title' },
            h('h2', { id: 'export-title' }, t('contacts.export')),
            h('p', { class: 'muted small' }, t('contacts.exportHint')),
            h(
              'div',
              { class: 'actions' },
              h('button', { type: 'button', class: 'button button-secondary button-small', 'data-testid': 'export-vcf', onClick: () => void exportAs('vcf') }, icon(icons.download), h('span', {}, t('contacts.exportVcf'))),
              h('button', { type: 'button', class: 'button button-secondary button-small', 'data-testid': 'export-csv', onClick: () => void exportAs('csv') }, icon(icons.download), h('span', {}, t('contacts.exportCsv'))),
            ),
          ),
          outgoingBox,
          blockedBox,
        ),
      ),
    );
    renderAll();
  }

  const stop = book.onChange(renderAll);
  render();
  void live.start();
  return {
    element,
    refresh: () => {
      connectionBadge.refresh();
      render();
    },
    dispose: () => {
      stop();
      connectionBadge.dispose();
    },
  };
}
