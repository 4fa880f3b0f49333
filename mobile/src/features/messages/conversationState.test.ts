import { describe, expect, it } from 'vitest';
import type { DirectMessage } from '../../api/generated/contracts';
import { ConversationState } from './conversationState';

function message(sequence: number, fromId = 'you', text = `m${sequence}`): DirectMessage {
  return { conversationId: 'me|you', sequence, fromId, toId: fromId === 'me' ? 'you' : 'me', text, sentAt: `2025-07-08T09:${String(sequence % 60).padStart(2, '0')}:00Z` };
}

const range = (from: number, to: number): DirectMessage[] => Array.from({ length: to - from + 1 }, (_, i) => message(from + i, (from + i) % 2 ? 'you' : 'me'));
const sequences = (state: ConversationState): number[] => state.messages().map((m) => m.sequence);

describe('ConversationState', () => {
  it('merges the newest page and older pages, oldest first, each message once', () => {
    const state = new ConversationState('me', 'you');
    state.applyPage({ messages: range(31, 60), hasOlder: true, unread: 0 }, null);
    expect(state.hasOlder).toBe(true);
    expect(state.oldestSequence()).toBe(31);
    state.applyPage({ messages: range(1, 30), hasOlder: false, unread: 0 }, 31);
    expect(sequences(state)).toEqual(range(1, 60).map((m) => m.sequence));
    expect(state.hasOlder).toBe(false);
    // Reconnecting reloads the newest page: nothing doubles, and the older pages stay.
    state.applyPage({ messages: range(41, 62), hasOlder: true, unread: 0 }, null);
    expect(sequences(state)).toEqual(range(1, 62).map((m) => m.sequence));
    expect(state.hasOlder).toBe(false);
  });

  it('replaces what it held when the newest page leaves a hole', () => {
    const state = new ConversationState('me', 'you');
    state.applyPage({ messages: range(1, 10), hasOlder: false, unread: 0 }, null);
    state.applyPage({ messages: range(71, 100), hasOlder: true, unread: 0 }, null);
    expect(state.oldestSequence()).toBe(71);
    expect(state.messages()).toHaveLength(30);
    expect(state.hasOlder).toBe(true);
  });

  it('takes live messages once, whether the receipt or the push comes first', () => {
    const state = new ConversationState('me', 'you');
    state.applyPage({ messages: [], hasOlder: false, unread: 0 }, null);
    expect(state.hasOlder).toBe(false);
    expect(state.applyMessage(message(1, 'me'))).toBe(true);
    expect(state.applyMessage(message(1, 'me'))).toBe(false);
    expect(state.applyMessage(message(2, 'you'))).toBe(true);
    expect(state.applyMessage({ ...message(3, 'someone'), toId: 'me' })).toBe(false);
    expect(sequences(state)).toEqual([1, 2]);
    expect(state.newestIncoming()).toBe(2);
    expect(state.isMine(state.messages()[0]!)).toBe(true);
  });

  it('keeps an undelivered message for its sender after the others', () => {
    const state = new ConversationState('me', 'you');
    state.applyPage({ messages: range(1, 2), hasOlder: false, unread: 0 }, null);
    state.applyMessage(message(0, 'me', 'not delivered'));
    state.applyMessage(message(3, 'you'));
    expect(state.messages().map((m) => m.text)).toEqual(['m1', 'm2', 'm3', 'not delivered']);
  });
});
