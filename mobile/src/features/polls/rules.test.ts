import { describe, expect, it } from 'vitest';
import { ballotProblem, ballotSummary, choiceBallot, quizOutcome, ratingBallot, secondsLeft, wordBallot } from './ballot';
import { draftErrors, emptyDraft, toDraft } from './draftRules';
import { draft } from './testData';

describe('ballots', () => {
  it('checks a ballot as the server does', () => {
    expect(ballotProblem(draft(), choiceBallot([1]))).toBeNull();
    expect(ballotProblem(draft(), choiceBallot([0, 1]))).toBe('poll.too_many_choices');
    expect(ballotProblem(draft(), choiceBallot([3]))).toBe('poll.invalid_option');
    expect(ballotProblem(draft({ kind: 'MultipleChoice', maxChoices: 2 }), choiceBallot([2, 0]))).toBeNull();
    expect(ballotProblem(draft({ kind: 'MultipleChoice', maxChoices: 2 }), choiceBallot([]))).toBe('poll.too_many_choices');
    expect(ballotProblem(draft({ kind: 'Rating' }), ratingBallot(6))).toBe('poll.rating_out_of_range');
    expect(ballotProblem(draft({ kind: 'WordCloud' }), wordBallot('   '))).toBe('poll.invalid_answer');
    expect(ballotProblem(draft({ kind: 'WordCloud' }), wordBallot('x'.repeat(41)))).toBe('poll.invalid_answer');
    expect(wordBallot('  trust ').text).toBe('trust');
    const openText = draft({ kind: 'OpenText', options: [] });
    expect(ballotProblem(openText, wordBallot('x'.repeat(280)))).toBeNull();
    expect(ballotProblem(openText, wordBallot('x'.repeat(281)))).toBe('poll.invalid_answer');
  });

  it('says what one voted for and whether a closed quiz was right', () => {
    expect(ballotSummary(draft(), choiceBallot([2, 0]))).toBe('C2, C7');
    expect(ballotSummary(draft({ kind: 'Rating' }), ratingBallot(4))).toBe('4');
    const quiz = draft({ kind: 'Quiz', correctOption: 1 });
    expect(quizOutcome(quiz, choiceBallot([1]))).toBe(true);
    expect(quizOutcome(quiz, choiceBallot([0]))).toBe(false);
    expect(quizOutcome(draft({ kind: 'Quiz', correctOption: null }), choiceBallot([0]))).toBeNull();
  });

  it('counts down whole seconds, never beyond the countdown', () => {
    const deadline = '2025-07-08T10:00:30Z';
    expect(secondsLeft(deadline, 30, Date.parse('2025-07-08T10:00:00.200Z'))).toBe(30);
    expect(secondsLeft(deadline, 30, Date.parse('2025-07-08T10:00:29.001Z'))).toBe(1);
    expect(secondsLeft(deadline, 30, Date.parse('2025-07-08T10:01:00Z'))).toBe(0);
    expect(secondsLeft(deadline, 30, Date.parse('2025-07-08T09:59:00Z'))).toBe(30);
    expect(secondsLeft(null, 30, 0)).toBeNull();
  });
});

describe('poll drafts', () => {
  it('sends only what the kind uses, trimmed', () => {
    const form = { ...emptyDraft(), question: '  Which? ', options: [' a ', 'b'], correctOption: 1 };
    expect(toDraft(form)).toMatchObject({ question: 'Which?', options: ['a', 'b'], correctOption: null, maxChoices: 1 });
    expect(toDraft({ ...form, kind: 'Rating' }).options).toEqual([]);
    expect(toDraft({ ...form, kind: 'Quiz' }).correctOption).toBe(1);
  });

  it('finds the mistakes the server would refuse', () => {
    expect(draftErrors(toDraft({ ...emptyDraft(), question: 'Q', options: ['a', 'b'] }))).toEqual({});
    const errors = draftErrors(toDraft({ ...emptyDraft(), question: ' ', options: ['a', ''] }));
    expect(Object.keys(errors).sort()).toEqual(['options', 'question']);
    expect(draftErrors(toDraft({ ...emptyDraft(), question: 'Q', options: ['a'] })).options?.key).toBe('poll.formError.options');
    expect(draftErrors(toDraft({ ...emptyDraft(), kind: 'MultipleChoice', question: 'Q', options: ['a', 'b'], maxChoices: 3 })).maxChoices).toBeDefined();
    expect(draftErrors(toDraft({ ...emptyDraft(), kind: 'Rating', question: 'Q', ratingMin: 5, ratingMax: 5 })).rating).toBeDefined();
    const quiz = draftErrors(toDraft({ ...emptyDraft(), kind: 'Quiz', question: 'Q', options: ['a', 'b'], countdownSeconds: 2 }));
    expect(Object.keys(quiz).sort()).toEqual(['correct', 'countdown']);
    expect(draftErrors(toDraft({ ...emptyDraft(), kind: 'WordCloud', question: 'Q', options: [] }))).toEqual({});
  });
});
