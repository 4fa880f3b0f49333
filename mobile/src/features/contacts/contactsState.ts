import type { Contact, ContactBookView, ContactRequest, RequestStatus } from '../../api/generated/contracts';

/** How far a request has come: it only ever moves forward, from Pending to an answer. */
const progress: Readonly<Record<RequestStatus, number>> = { Pending: 0, Accepted: 1, Declined: 1, Ignored: 1 };

type Push = { kind: 'contact'; contact: Contact } | { kind: 'request'; request: ContactRequest };

/**
 * A person's contact book as this client holds it: the snapshot (GetContactBook) with the pushes that follow
 * (ContactAdded, ContactRequestChanged). Pushes carry whole records, so applying one twice changes nothing; a
 * push that arrives while a snapshot is on its way is applied again on top of it, and a request never goes
 * back to Pending, so an older snapshot cannot undo a newer answer.
 */
export class ContactsState {
  readonly contacts = new Map<string, Contact>();
  /** Pending requests to the person. */
  readonly incoming = new Map<string, ContactRequest>();
  /** The person's own requests, with their answers. */
  readonly outgoing = new Map<string, ContactRequest>();
  readonly blocked = new Set<string>();
  loaded = false;
  private pushesDuringLoad: Push[] | null = null;

  constructor(readonly myId: string) {}

  /** A snapshot is on its way: pushes from now on are kept to be applied on top of it. */
  beginLoad(): void {
    this.pushesDuringLoad = [];
  }

  applyBook(view: ContactBookView): void {
    const heldOutgoing = new Map(this.outgoing);
    this.contacts.clear();
    this.incoming.clear();
    this.outgoing.clear();
    this.blocked.clear();
    for (const contact of view.contacts) {
      this.contacts.set(contact.attendeeId, contact);
    }
    for (const request of view.incoming) {
      if (request.status === 'Pending' && !this.contacts.has(request.fromId)) {
        this.incoming.set(request.id, request);
      }
    }
    for (const request of view.outgoing) {
      const held = heldOutgoing.get(request.id);
      this.outgoing.set(request.id, held && progress[held.status] > progress[request.status] ? held : request);
    }
    for (const id of view.blocked) {
      this.blocked.add(id);
    }
    const replay = this.pushesDuringLoad ?? [];
    this.pushesDuringLoad = null;
    this.loaded = true;
    for (const push of replay) {
      if (push.kind === 'contact') {
        this.applyContact(push.contact);
      } else {
        this.applyRequest(push.request);
      }
    }
  }

  /** A new contact (pushed, or the result of a scan); returns whether it is new to this client. */
  applyContact(contact: Contact): boolean {
    this.pushesDuringLoad?.push({ kind: 'contact', contact });
    const isNew = !this.contacts.has(contact.attendeeId);
    this.contacts.set(contact.attendeeId, contact);
    // Becoming contacts settles every pending request between the two, either way.
    for (const [id, request] of this.incoming) {
      if (request.fromId === contact.attendeeId) {
        this.incoming.delete(id);
      }
    }
    for (const [id, request] of this.outgoing) {
      if (request.toId === contact.attendeeId && request.status === 'Pending') {
        this.outgoing.set(id, { ...request, status: 'Accepted' });
      }
    }
    return isNew;
  }

  /** A request made or answered, sent by the person or to them; returns whether anything changed. */
  applyRequest(request: ContactRequest): boolean {
    this.pushesDuringLoad?.push({ kind: 'request', request });
    if (request.fromId === this.myId) {
      const held = this.outgoing.get(request.id);
      if (held && (held.status === request.status || progress[held.status] > progress[request.status])) {
        return false;
      }
      this.outgoing.set(request.id, request);
      return true;
    }
    if (request.toId === this.myId) {
      if (request.status === 'Pending') {
        if (this.incoming.has(request.id) || this.contacts.has(request.fromId) || this.blocked.has(request.fromId)) {
          return false;
        }
        this.incoming.set(request.id, request);
        return true;
      }
      // Answered (here or on another device): it leaves the list.
      return this.incoming.delete(request.id);
    }
    return false;
  }

  /** The person blocked or unblocked someone; blocking drops their pending requests. */
  setBlocked(attendeeId: string, blocked: boolean): void {
    if (blocked) {
      this.blocked.add(attendeeId);
      for (const [id, request] of this.incoming) {
        if (request.fromId === attendeeId) {
          this.incoming.delete(id);
        }
      }
    } else {
      this.blocked.delete(attendeeId);
    }
  }

  /** A contact's note and tags as stored. */
  applyAnnotation(contact: Contact): void {
    if (this.contacts.has(contact.attendeeId)) {
      this.contacts.set(contact.attendeeId, contact);
    }
  }

  pendingIncoming(): number {
    return this.incoming.size;
  }

  /** Incoming requests, newest first. */
  incomingList(): ContactRequest[] {
    return [...this.incoming.values()].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }

  /** Sent requests, newest first. */
  outgoingList(): ContactRequest[] {
    return [...this.outgoing.values()].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }

  /** The pending request this person sent to `attendeeId`, if any. */
  pendingTo(attendeeId: string): ContactRequest | undefined {
    return [...this.outgoing.values()].find((r) => r.toId === attendeeId && r.status === 'Pending');
  }

  /** The pending request `attendeeId` sent to this person, if any. */
  pendingFrom(attendeeId: string): ContactRequest | undefined {
    return [...this.incoming.values()].find((r) => r.fromId === attendeeId);
  }

  /**
   * Contacts whose name, note or tags contain every word of `query` (case and accents ignored), sorted by name
   * for `locale`.
   */
  search(query: string, locale: string): Contact[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const collator = new Intl.Collator(locale);
    return [...this.contacts.values()]
      .filter((contact) => {
        const haystack = fold([contact.name, contact.note, ...contact.tags].join(' '));
        return words.every((word) => haystack.includes(word));
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }
}

/** Lower case without accents, so "jose" finds "José". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Tags as typed ("lead, follow up,,Lead"): trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(fold(tag))) {
      seen.add(fold(tag));
      tags.push(tag);
    }
  }
  return tags;
}
