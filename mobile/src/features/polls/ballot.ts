import { pollLimits, type Ballot, type PollDraft } from '../../api/generated/contracts';

/** A ballot choosing options (single, multiple choice and quiz). */
export function choiceBallot(options: readonly number[]): Ballot {
  return { options: [...options].sort((a, b) => a - b), rating: null, text: null };
}

export function ratingBallot(rating: number): Ballot {
  return { options: [], rating, text: null };
}

export function wordBallot(text: string): Ballot {
  return { options: [], rating: null, text: text.trim() };
}

/** The stable code of what is wrong with `ballot` for this poll (the server's own checks), or null. */
export function ballotProblem(definition: PollDraft, ballot: Ballot): string | null {
  switch (definition.kind) {
    case 'SingleChoice':
    case 'Quiz':
    case 'MultipleChoice': {
      const max = definition.kind === 'MultipleChoice' ? definition.maxChoices : 1;
      if (ballot.options.length === 0 || ballot.options.length > max || new Set(ballot.options).size !== ballot.options.length) {
        return 'poll.too_many_choices';
      }
      return ballot.options.every((i) => Number.isInteger(i) && i >= 0 && i < definition.options.length) ? null : 'poll.invalid_option';
    }
    case 'Rating':
      return ballot.rating !== null && ballot.rating >= definition.ratingMin && ballot.rating <= definition.ratingMax ? null : 'poll.rating_out_of_range';
    case 'WordCloud':
    case 'OpenText': {
      const length = (ballot.text ?? '').trim().length;
      return length > 0 && length <= answerMaxLength(definition) ? null : 'poll.invalid_answer';
    }
  }
}

/** The longest free answer a poll takes: a word-cloud word or an open-text answer. */
export function answerMaxLength(definition: PollDraft): number {
  return definition.kind === 'OpenText' ? pollLimits.maxTextLength : pollLimits.maxWordLength;
}

/** A ballot in words: the options chosen, the rating or the answer. */
export function ballotSummary(definition: PollDraft, ballot: Ballot): string {
  switch (definition.kind) {
    case 'Rating':
      return ballot.rating === null ? '' : String(ballot.rating);
    case 'WordCloud':
    case 'OpenText':
      return ballot.text ?? '';
    default:
      return ballot.options.map((i) => definition.options[i] ?? '').filter(Boolean).join(', ');
  }
}

/** Whether a closed quiz was answered right; null when it is not a quiz, not answered, or the answer is not known yet. */
export function quizOutcome(definition: PollDraft, ballot: Ballot | null): boolean | null {
  if (definition.kind !== 'Quiz' || !ballot || definition.correctOption === null) {
    return null;
  }
  return ballot.options.length === 1 && ballot.options[0] === definition.correctOption;
}

/** Whole seconds left until `deadline` (never more than the countdown, whatever the clocks say), 0 once past. */
export function secondsLeft(deadline: string | null, countdownSeconds: number, now: number): number | null {
  if (!deadline) {
    return null;
  }
  const left = Math.ceil((Date.parse(deadline) - now) / 1000);
  return Math.max(0, Math.min(countdownSeconds, left));
}
