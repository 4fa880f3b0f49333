import { pollLimits, type PollDraft, type PollKind, type ResultsVisibility } from '../../api/generated/contracts';
import type { MessageKey, Params } from '../../i18n';

/** What the moderator is filling in; turned into a PollDraft by `toDraft`. */
export interface DraftForm {
  question: string;
  kind: PollKind;
  options: string[];
  maxChoices: number;
  ratingMin: number;
  ratingMax: number;
  correctOption: number | null;
  countdownSeconds: number;
  visibility: ResultsVisibility;
  allowChange: boolean;
}

export type DraftField = 'question' | 'options' | 'maxChoices' | 'rating' | 'correct' | 'countdown';

export interface DraftError {
  key: MessageKey;
  params?: Params;
}

export function emptyDraft(): DraftForm {
  return {
    question: '',
    kind: 'SingleChoice',
    options: ['', ''],
    maxChoices: 2,
    ratingMin: 1,
    ratingMax: 5,
    correctOption: null,
    countdownSeconds: 30,
    visibility: 'Live',
    allowChange: true,
  };
}

export function hasOptions(kind: PollKind): boolean {
  return kind === 'SingleChoice' || kind === 'MultipleChoice' || kind === 'Quiz';
}

/** The draft as the hub takes it: trimmed, with only the fields its kind uses. */
export function toDraft(form: DraftForm): PollDraft {
  const options = hasOptions(form.kind) ? form.options.map((o) => o.trim()) : [];
  return {
    question: form.question.trim(),
    kind: form.kind,
    options,
    maxChoices: form.kind === 'MultipleChoice' ? form.maxChoices : 1,
    ratingMin: form.ratingMin,
    ratingMax: form.ratingMax,
    correctOption: form.kind === 'Quiz' ? form.correctOption : null,
    countdownSeconds: form.countdownSeconds,
    visibility: form.visibility,
    allowChange: form.allowChange,
  };
}

/** The same rules as the server's (PollDraft's documentation), so a moderator learns of a mistake at once. */
export function draftErrors(draft: PollDraft): Partial<Record<DraftField, DraftError>> {
  const errors: Partial<Record<DraftField, DraftError>> = {};
  if (draft.question.length === 0 || draft.question.length > pollLimits.maxQuestionLength) {
    errors.question = { key: 'poll.formError.question', params: { max: pollLimits.maxQuestionLength } };
  }
  if (hasOptions(draft.kind)) {
    const count = draft.options.length;
    const bad = draft.options.some((o) => o.length === 0 || o.length > pollLimits.maxOptionLength);
    if (count < pollLimits.minOptions || count > pollLimits.maxOptions || bad) {
      errors.options = { key: 'poll.formError.options', params: { min: pollLimits.minOptions, max: pollLimits.maxOptions, length: pollLimits.maxOptionLength } };
    }
  }
  if (draft.kind === 'MultipleChoice' && (draft.maxChoices < 1 || draft.maxChoices > draft.options.length)) {
    errors.maxChoices = { key: 'poll.formError.maxChoices', params: { max: draft.options.length } };
  }
  if (
    draft.kind === 'Rating' &&
    !(Number.isInteger(draft.ratingMin) && Number.isInteger(draft.ratingMax) && draft.ratingMin >= pollLimits.ratingLowest && draft.ratingMax <= pollLimits.ratingHighest && draft.ratingMax > draft.ratingMin)
  ) {
    errors.rating = { key: 'poll.formError.rating', params: { min: pollLimits.ratingLowest, max: pollLimits.ratingHighest } };
  }
  if (draft.kind === 'Quiz') {
    if (draft.correctOption === null || draft.correctOption < 0 || draft.correctOption >= draft.options.length) {
      errors.correct = { key: 'poll.formError.correct' };
    }
    if (!(draft.countdownSeconds >= pollLimits.minCountdownSeconds && draft.countdownSeconds <= pollLimits.maxCountdownSeconds)) {
      errors.countdown = { key: 'poll.formError.countdown', params: { min: pollLimits.minCountdownSeconds, max: pollLimits.maxCountdownSeconds } };
    }
  }
  return errors;
}
