import type { Contact, ContactBookView, ContactRequest, DirectMessage } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';
import { recall, remember } from '../../offline/lastSeen';
import type { LiveConnection } from '../../realtime/liveConnection';
import { takePendingScan } from '../scan/pendingScan';
import { ContactsState } from './contactsState';

export type InboxEvent =
  | { kind: 'contactAdded'; contact: Contact }
  | { kind: 'request'; request: ContactRequest; incoming: boolean }
  | { kind: 'message'; message: DirectMessage; senderName: string | null; own: boolean }
  | { kind: 'scanned'; contact: Contact; created: boolean }
  | { kind: 'scanFailed'; error: unknown };

/**
 * The signed-in person's contact book and unread messages, kept live for the whole app (the bottom bar's counts,
 * the toasts, the contacts and messages pages all read it). Reloaded on every connect; pushes in between.
 */
export class Inbox {
  readonly contacts: ContactsState;
  /** Unread messages per contact id. */
  readonly unread = new Map<string, number>();
  /** The latest message per contact seen live since the app opened, for the conversation list. */
  readonly lastMessages = new Map<string, DirectMessage>();
  loadError: unknown = null;
  /** The contacts shown are the copy kept on this phone: the live book has not come (offline). */
  fromKeptCopy = false;
  /** Offline, and no copy kept on this phone yet. */
  nothingKept = false;
  private viewing: string | null = null;
  private readonly changeListeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: InboxEvent) => void>();
  private readonly stops: (() => void)[];

  constructor(
    readonly connection: LiveConnection,
    readonly myId: string,
    private readonly token: () => string | null,
  ) {
    this.contacts = new ContactsState(myId);
    this.stops = [
      connection.onConnected(() => void this.reload()),
      connection.onContactAdded((contact) => {
        if (this.contacts.applyContact(contact)) {
          this.emit({ kind: 'contactAdded', contact });
        }
        this.changed();
      }),
      connection.onContactRequestChanged((request) => {
        if (this.contacts.applyRequest(request)) {
          this.emit({ kind: 'request', request, incoming: request.toId === myId });
          this.changed();
        }
      }),
      connection.onMessageReceived((message) => this.receive(message)),
    ];
  }

  start(): void {
    if (this.connection.state === 'connected') {
      void this.reload();
    } else {
      void this.connection.start();
      void this.showKeptCopy();
    }
  }

  /** Until the live book comes, the copy kept from last time: contacts are needed most when the Wi-Fi fails. */
  private async showKeptCopy(): Promise<void> {
    const kept = await recall<ContactBookView>(this.myId, 'contacts');
    if (this.contacts.loaded) {
      return;
    }
    if (kept) {
      this.contacts.applyBook(kept);
      this.fromKeptCopy = true;
    } else {
      this.nothingKept = true;
    }
    this.changed();
  }

  dispose(): void {
    for (const stop of this.stops) {
      stop();
    }
    this.changeListeners.clear();
    this.eventListeners.clear();
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onEvent(listener: (event: InboxEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  async reload(): Promise<void> {
    this.contacts.beginLoad();
    try {
      const [book, unread] = await Promise.all([this.connection.getContactBook(), this.fetchUnread()]);
      this.contacts.applyBook(book);
      this.fromKeptCopy = false;
      this.nothingKept = false;
      void remember(this.myId, 'contacts', book);
      this.unread.clear();
      for (const [id, count] of Object.entries(unread)) {
        if (count > 0 && id !== this.viewing) {
          this.unread.set(id, count);
        }
      }
      this.loadError = null;
    } catch (error: unknown) {
      this.loadError = error;
    }
    this.changed();
    await this.scanPending();
  }

  /** Everything unread, for the bottom bar. */
  totalUnread(): number {
    let total = 0;
    for (const count of this.unread.values()) {
      total += count;
    }
    return total;
  }

  /** The conversation on screen: its messages are read as they come, and counted for nobody. */
  setViewing(contactId: string | null): void {
    this.viewing = contactId;
    if (contactId && this.unread.delete(contactId)) {
      this.changed();
    }
  }

  /** A name for a person the book knows (a contact, or someone in a request). */
  nameOf(attendeeId: string): string | null {
    const contact = this.contacts.contacts.get(attendeeId);
    if (contact) {
      return contact.name;
    }
    for (const request of [...this.contacts.incoming.values(), ...this.contacts.outgoing.values()]) {
      if (request.fromId === attendeeId) {
        return request.fromName;
      }
      if (request.toId === attendeeId) {
        return request.toName;
      }
    }
    return null;
  }

  /** Applies the result of the person's own action (a scan, an answer, a block) at once, ahead of any push. */
  applyContact(contact: Contact): void {
    this.contacts.applyContact(contact);
    this.changed();
  }

  applyRequest(request: ContactRequest): void {
    this.contacts.applyRequest(request);
    this.changed();
  }

  applyAnnotation(contact: Contact): void {
    this.contacts.applyAnnotation(contact);
    this.changed();
  }

  setBlocked(attendeeId: string, blocked: boolean): void {
    this.contacts.setBlocked(attendeeId, blocked);
    this.changed();
  }

  /** Records a message this person sent from this device (its push may come later, or never if undelivered). */
  noteSent(message: DirectMessage): void {
    if (message.sequence > 0) {
      this.lastMessages.set(message.toId, message);
      this.changed();
    }
  }

  private receive(message: DirectMessage): void {
    const other = message.fromId === this.myId ? message.toId : message.fromId;
    const known = this.lastMessages.get(other);
    if (!known || known.sequence < message.sequence) {
      this.lastMessages.set(other, message);
    }
    if (message.fromId !== this.myId && other !== this.viewing) {
      this.unread.set(other, (this.unread.get(other) ?? 0) + 1);
    }
    this.emit({ kind: 'message', message, senderName: this.nameOf(message.fromId), own: message.fromId === this.myId });
    this.changed();
  }

  private fetchUnread(): Promise<Record<string, number>> {
    return requestJson<Record<string, number>>('GET', '/api/me/messages/unread', undefined, { token: this.token() });
  }

  /** A badge opened before signing in, whose scan page was left without scanning it. */
  private async scanPending(): Promise<void> {
    const code = takePendingScan();
    if (!code) {
      return;
    }
    try {
      const result = await this.connection.scanBadge(code, null, null);
      this.applyContact(result.contact);
      this.emit({ kind: 'scanned', contact: result.contact, created: result.created });
    } catch (error: unknown) {
      this.emit({ kind: 'scanFailed', error });
    }
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) {
      listener();
    }
  }

  private emit(event: InboxEvent): void {
    for (const listener of [...this.eventListeners]) {
      listener(event);
    }
  }
}

let current: Inbox | null = null;

/** The signed-in person's inbox, or null when nobody is signed in. */
export function currentInbox(): Inbox | null {
  return current;
}

/** Starts (or replaces) the inbox for the person now signed in; null stops it. */
export function setInbox(inbox: Inbox | null): void {
  current?.dispose();
  current = inbox;
  inbox?.start();
}
