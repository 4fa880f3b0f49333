import { describe, expect, it } from 'vitest';
import type { QuestionQueueSnapshot, QuestionView, SessionDetails } from '../../api/generated/contracts';
import { QueueState } from './queueState';

const session: SessionDetails = {
  id: 's001',
  title: 'Opening',
  description: '',
  format: 'HighLevelPolicySession',
  room: 'Room A',
  start: '2025-07-07T09:00:00+02:00',
  end: '2025-07-07T10:00:00+02:00',
  actionLines: ['C1'],
  sdgs: [9],
  track: null,
  speakers: [],
  moderatorIds: [],
  questionMode: 'PreModerated',
  status: 'Live',
  day: '2025-07-07',
};

function question(id: number, change: Partial<QuestionView> = {}): QuestionView {
  return {
    id,
    sessionId: 's001',
    text: `Question ${id}`,
    authorId: 'a1',
    authorName: 'Ana',
    origin: 'OnSite',
    status: 'Approved',
    pinned: false,
    upvotes: 0,
    askedAt: `2025-07-07T09:0${id}:00+02:00`,
    revision: 1,
    editedAt: null,
    ...change,
  };
}

function snapshot(questions: QuestionView[], change: Partial<QuestionQueueSnapshot> = {}): QuestionQueueSnapshot {
  return { session, questions, myUpvotes: [], myQuestions: [], isModerator: false, version: 10, ...change };
}

describe('QueueState', () => {
  it('orders pinned first, then approved by upvotes then age, then answered', () => {
    const state = new QueueState(
      snapshot([
        question(1, { upvotes: 5 }),
        question(2, { upvotes: 9, status: 'Answered' }),
        question(3, { upvotes: 5 }),
        question(4, { upvotes: 7 }),
        question(5, { pinned: true }),
        question(6, { status: 'Pending' }),
      ]),
    );
    expect(state.published().map((q) => q.id)).toEqual([5, 4, 1, 3, 2]);
    expect(state.pinned()?.id).toBe(5);
    expect(state.pending().map((q) => q.id)).toEqual([6]);
  });

  it('keeps the higher revision when a delta is older', () => {
    const state = new QueueState(snapshot([question(1, { revision: 5, upvotes: 3 })]));
    state.applyDelta({ sessionId: 's001', version: 11, changed: [question(1, { revision: 4, upvotes: 1 })], removed: [], deleted: [] });
    expect(state.questions.get(1)?.upvotes).toBe(3);
    state.applyDelta({ sessionId: 's001', version: 12, changed: [question(1, { revision: 6, upvotes: 8 })], removed: [], deleted: [] });
    expect(state.questions.get(1)?.upvotes).toBe(8);
  });

  it('removes the ids a delta lists and ignores other sessions', () => {
    const state = new QueueState(snapshot([question(1), question(2)]));
    expect(state.applyDelta({ sessionId: 's002', version: 11, changed: [], removed: [1], deleted: [] })).toBe(false);
    expect(state.questions.size).toBe(2);
    state.applyDelta({ sessionId: 's001', version: 11, changed: [], removed: [1], deleted: [] });
    expect([...state.questions.keys()]).toEqual([2]);
  });

  it('keeps my own question when the public audience loses it', () => {
    const state = new QueueState(snapshot([question(1), question(2)], { myQuestions: [2] }));
    state.applyDelta({ sessionId: 's001', version: 11, changed: [], removed: [1, 2], deleted: [] });
    expect([...state.questions.keys()]).toEqual([2]);
    state.applyDelta({ sessionId: 's001', version: 11, changed: [question(2, { status: 'Dismissed', revision: 2 })], removed: [], deleted: [] });
    expect(state.ownUnpublished().map((q) => q.status)).toEqual(['Dismissed']);
  });

  it('applies upvote receipts to the count and to my upvotes', () => {
    const state = new QueueState(snapshot([question(1, { upvotes: 2 })]));
    state.applyReceipt({ sessionId: 's001', questionId: 1, upvoted: true, upvotes: 3 });
    expect(state.myUpvotes.has(1)).toBe(true);
    expect(state.questions.get(1)?.upvotes).toBe(3);
    state.applyReceipt({ sessionId: 's001', questionId: 1, upvoted: false, upvotes: 2 });
    expect(state.myUpvotes.has(1)).toBe(false);
  });

  it('lists my own pending and dismissed questions', () => {
    const state = new QueueState(
      snapshot([question(1, { status: 'Pending' }), question(2, { status: 'Dismissed' }), question(3, { status: 'Pending' })], {
        myQuestions: [1, 2],
      }),
    );
    expect(state.ownUnpublished().map((q) => q.id)).toEqual([1, 2]);
    state.addOwn(question(4, { status: 'Pending', askedAt: '2025-07-07T09:30:00+02:00' }));
    expect(state.ownUnpublished().map((q) => q.id)).toEqual([1, 2, 4]);
  });

  it('drops deleted questions for everyone, the asker included, and ignores late changes to them', () => {
    const state = new QueueState(snapshot([question(1), question(2)], { myQuestions: [2], myUpvotes: [1] }));
    state.applyDelta({ sessionId: 's001', version: 11, changed: [], removed: [], deleted: [1, 2] });
    expect(state.questions.size).toBe(0);
    expect(state.myQuestions.has(2)).toBe(false);
    expect(state.myUpvotes.has(1)).toBe(false);
    state.applyDelta({ sessionId: 's001', version: 12, changed: [question(2, { revision: 9 })], removed: [], deleted: [] });
    expect(state.questions.size).toBe(0);
  });

  it('replaces an edited question by revision and keeps its upvotes', () => {
    const state = new QueueState(snapshot([question(1, { upvotes: 4 })], { myQuestions: [1] }));
    state.upsert(question(1, { text: 'Sharper', upvotes: 4, revision: 2, editedAt: '2025-07-07T09:10:00+02:00' }));
    expect(state.questions.get(1)?.text).toBe('Sharper');
    expect(state.questions.get(1)?.editedAt).not.toBeNull();
    expect(state.questions.get(1)?.upvotes).toBe(4);
  });
});
