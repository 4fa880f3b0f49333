import { describe, expect, it } from 'vitest';
import type { Contact, ContactRequest } from '../../api/generated/contracts';
import { ContactsState, fold, parseTags } from './contactsState';

const contact = (attendeeId: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  attendeeId,
  name,
  since: '2025-07-08T09:00:00Z',
  source: 'Badge',
  note: '',
  tags: [],
  ...extra,
});

const request = (id: string, fromId: string, toId: string, status: ContactRequest['status'] = 'Pending', sentAt = '2025-07-08T09:00:00Z'): ContactRequest => ({
  id,
  fromId,
  fromName: fromId.toUpperCase(),
  toId,
  toName: toId.toUpperCase(),
  message: 'Hello',
  sentAt,
  status,
});

describe('ContactsState', () => {
  it('takes a snapshot and counts pending incoming requests', () => {
    const state = new ContactsState('me');
    state.applyBook({ contacts: [contact('a', 'Ana')], incoming: [request('r1', 'b', 'me'), request('r2', 'c', 'me')], outgoing: [request('r3', 'me', 'd')], blocked: ['x'] });
    expect(state.loaded).toBe(true);
    expect(state.pendingIncoming()).toBe(2);
    expect(state.pendingTo('d')?.id).toBe('r3');
    expect(state.blocked.has('x')).toBe(true);
  });

  it('adds a pushed contact once and settles the requests between the two', () => {
    const state = new ContactsState('me');
    state.applyBook({ contacts: [], incoming: [request('r1', 'b', 'me')], outgoing: [request('r2', 'me', 'c')], blocked: [] });
    expect(state.applyContact(contact('b', 'Bo'))).toBe(true);
    expect(state.applyContact(contact('b', 'Bo'))).toBe(false);
    expect(state.pendingIncoming()).toBe(0);
    state.applyContact(contact('c', 'Cy', { source: 'Request' }));
    expect(state.outgoing.get('r2')?.status).toBe('Accepted');
    expect(state.contacts.size).toBe(2);
  });

  it('adds incoming requests and drops them once answered anywhere', () => {
    const state = new ContactsState('me');
    state.applyBook({ contacts: [], incoming: [], outgoing: [], blocked: ['blocked'] });
    expect(state.applyRequest(request('r1', 'b', 'me'))).toBe(true);
    expect(state.applyRequest(request('r1', 'b', 'me'))).toBe(false);
    expect(state.applyRequest(request('r9', 'blocked', 'me'))).toBe(false);
    expect(state.pendingIncoming()).toBe(1);
    expect(state.applyRequest(request('r1', 'b', 'me', 'Ignored'))).toBe(true);
    expect(state.pendingIncoming()).toBe(0);
  });

  it('moves a sent request forward only', () => {
    const state = new ContactsState('me');
    state.applyBook({ contacts: [], incoming: [], outgoing: [], blocked: [] });
    expect(state.applyRequest(request('r1', 'me', 'b'))).toBe(true);
    expect(state.applyRequest(request('r1', 'me', 'b', 'Declined'))).toBe(true);
    expect(state.applyRequest(request('r1', 'me', 'b', 'Pending'))).toBe(false);
    expect(state.outgoing.get('r1')?.status).toBe('Declined');
  });

  it('applies pushes that arrived while a snapshot was on its way on top of it', () => {
    const state = new ContactsState('me');
    state.beginLoad();
    state.applyContact(contact('b', 'Bo'));
    state.applyRequest(request('r1', 'c', 'me'));
    state.applyRequest(request('r2', 'me', 'd', 'Accepted'));
    // The snapshot was taken before those pushes.
    state.applyBook({ contacts: [contact('a', 'Ana')], incoming: [], outgoing: [request('r2', 'me', 'd')], blocked: [] });
    expect([...state.contacts.keys()].sort()).toEqual(['a', 'b']);
    expect(state.pendingIncoming()).toBe(1);
    expect(state.outgoing.get('r2')?.status).toBe('Accepted');
    // After the snapshot pushes apply directly and are not kept.
    state.applyContact(contact('e', 'Eve'));
    state.applyBook({ contacts: [], incoming: [], outgoing: [], blocked: [] });
    expect(state.contacts.size).toBe(0);
  });

  it('blocking drops the pending requests from that person', () => {
    const state = new ContactsState('me');
    state.applyBook({ contacts: [], incoming: [request('r1', 'b', 'me')], outgoing: [], blocked: [] });
    state.setBlocked('b', true);
    expect(state.pendingIncoming()).toBe(0);
    expect(state.blocked.has('b')).toBe(true);
    state.setBlocked('b', false);
    expect(state.blocked.size).toBe(0);
  });

  it('searches names, notes and tags, accents and case ignored, sorted by name', () => {
    const state = new ContactsState('me');
    state.applyBook({
      contacts: [contact('a', 'José Álvarez', { note: 'Met at the e-health café' }), contact('b', 'Amina Diallo', { tags: ['Lead', 'Senegal'] }), contact('c', 'Zhang Wei')],
      incoming: [],
      outgoing: [],
      blocked: [],
    });
    expect(state.search('', 'en').map((c) => c.name)).toEqual(['Amina Diallo', 'José Álvarez', 'Zhang Wei']);
    expect(state.search('jose', 'en').map((c) => c.attendeeId)).toEqual(['a']);
    expect(state.search('E-HEALTH cafe', 'en').map((c) => c.attendeeId)).toEqual(['a']);
    expect(state.search('lead', 'en').map((c) => c.attendeeId)).toEqual(['b']);
    expect(state.search('nobody', 'en')).toEqual([]);
  });

  it('reads typed tags', () => {
    expect(parseTags(' lead, follow up,,Lead ,  ')).toEqual(['lead', 'follow up']);
    expect(fold('Ÿés')).toBe('yes');
  });
});
