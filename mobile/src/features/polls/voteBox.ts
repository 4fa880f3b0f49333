import type { Ballot, PollDraft, VoteReceipt } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { messageForCode } from '../../app/errors';
import { icons } from '../../app/icons';
import { formatNumber, t } from '../../i18n';
import { describeHubError, parseHubError } from '../../realtime/hubError';
import type { PollEntry } from './pollsState';
import { answerMaxLength, ballotProblem, ballotSummary, choiceBallot, quizOutcome, ratingBallot, secondsLeft, wordBallot } from './ballot';

export interface VoteBox {
  readonly element: HTMLElement;
  /**
   * Draws again only when something the box shows changed (typing and selections survive result pushes).
   * `canVote`: connected, or offline with somewhere to keep the vote; `waiting`: a vote kept offline for this poll.
   */
  update(entry: PollEntry, canVote: boolean, waiting: Ballot | null): void;
  refresh(): void;
  dispose(): void;
}

/**
 * Where a person votes: a control per kind (one tap for single choice, rating and quiz; checkboxes with a
 * counter for multiple choice; a short text for word clouds), then the receipt, "Change vote" when allowed,
 * and for a closed quiz whether the answer was right and the points it earned.
 */
export function createVoteBox(first: PollEntry, vote: (ballot: Ballot) => Promise<VoteReceipt | null>): VoteBox {
  const element = h('div', { class: 'vote-box', 'data-testid': 'poll-vote' });
  let entry = first;
  let connected = false;
  let waiting: Ballot | null = null;
  let editing = false;
  let sending = false;
  let error: { code: string } | { hub: unknown } | null = null;
  let selection = new Set<number>();
  let word = '';
  let signature = '';
  let countdown: HTMLElement | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const definition = (): PollDraft => entry.poll.definition;
  const isOpen = (): boolean => entry.poll.status === 'Open' && !timeUp();

  function timeUp(): boolean {
    return secondsLeft(entry.poll.deadline, definition().countdownSeconds, Date.now()) === 0;
  }

  async function send(ballot: Ballot): Promise<void> {
    if (sending) {
      return;
    }
    const problem = ballotProblem(definition(), ballot);
    if (problem) {
      error = { code: problem };
      render(true);
      return;
    }
    sending = true;
    error = null;
    render(true);
    try {
      await vote(ballot);
      editing = false;
      word = '';
    } catch (failure: unknown) {
      error = { hub: failure };
    }
    sending = false;
    render(true);
  }

  function render(force = false): void {
    const next = JSON.stringify([entry.poll.status, entry.poll.definition.correctOption, entry.myBallot, waiting, entry.myQuizPoints, editing, sending, error !== null, connected, timeUp()]);
    if (!force && next === signature) {
      return;
    }
    signature = next;
    const hadFocus = element.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.testid : undefined;
    const ballot = entry.myBallot ?? waiting;
    const votingNow = isOpen() && (!ballot || editing);
    replaceChildren(element, votingNow ? controls() : receipt(ballot), errorLine());
    syncTimer();
    if (hadFocus) {
      element.querySelector<HTMLElement>(`[data-testid="${hadFocus}"]`)?.focus();
    }
  }

  function errorLine(): HTMLElement | null {
    if (!error) {
      return null;
    }
    const code = 'code' in error ? error.code : parseHubError(error.hub).code;
    // The same code speaks of a word (40 characters) or an open-text answer (280): name the right limit.
    const text =
      code === 'poll.invalid_answer'
        ? t('error.poll.invalid_answer', { max: answerMaxLength(definition()) })
        : 'code' in error
          ? (messageForCode(error.code) ?? t('error.generic'))
          : describeHubError(error.hub);
    return h('p', { class: 'field-error', role: 'alert', 'data-testid': 'poll-error' }, text);
  }

  function controls(): HTMLElement {
    const def = definition();
    const disabled = sending || !connected;
    const cancel = editing
      ? h('button', { type: 'button', class: 'button button-link button-small', 'data-testid': 'poll-keep-vote', onClick: () => { editing = false; error = null; render(true); } }, t('poll.keepVote'))
      : null;
    switch (def.kind) {
      case 'SingleChoice':
      case 'Quiz': {
        const chosen = entry.myBallot?.options[0];
        countdown = def.kind === 'Quiz' ? h('p', { class: 'countdown', 'data-testid': 'poll-countdown', role: 'timer' }) : null;
        return h(
          'div',
          { class: 'vote-controls' },
          h('p', { class: 'vote-hint muted small' }, def.kind === 'Quiz' ? t('poll.quizHint') : t('poll.chooseOne')),
          countdown,
          h(
            'div',
            { class: 'choice-list', role: 'group', 'aria-label': def.question },
            def.options.map((option, index) =>
              h(
                'button',
                {
                  type: 'button',
                  class: `choice${chosen === index ? ' is-chosen' : ''}`,
                  'aria-pressed': chosen === index ? 'true' : 'false',
                  disabled,
                  'data-testid': 'poll-option',
                  'data-index': index,
                  onClick: () => void send(choiceBallot([index])),
                },
                h('span', { class: 'choice-mark', 'aria-hidden': 'true' }),
                h('span', { class: 'choice-text' }, h('bdi', {}, option)),
              ),
            ),
          ),
          cancel,
        );
      }
      case 'MultipleChoice': {
        const counter = h('span', { class: 'choice-counter', 'data-testid': 'poll-choice-counter', 'aria-live': 'polite' });
        const submit = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'poll-submit', onClick: () => void send(choiceBallot([...selection])) }, sending ? t('poll.sending') : t('poll.submit'));
        const inputs: HTMLInputElement[] = [];
        const sync = (): void => {
          counter.textContent = t('poll.chosen', { count: selection.size, max: def.maxChoices });
          submit.disabled = disabled || selection.size === 0;
          for (const input of inputs) {
            input.disabled = disabled || (!input.checked && selection.size >= def.maxChoices);
          }
        };
        const list = h(
          'div',
          { class: 'choice-list', role: 'group', 'aria-label': def.question },
          def.options.map((option, index) => {
            const input = h('input', {
              type: 'checkbox',
              checked: selection.has(index),
              'data-testid': 'poll-option',
              'data-index': index,
              onChange: (e) => {
                if ((e.target as HTMLInputElement).checked) {
                  selection.add(index);
                } else {
                  selection.delete(index);
                }
                sync();
              },
            });
            inputs.push(input);
            return h('label', { class: 'choice choice-check' }, input, h('span', { class: 'choice-text' }, h('bdi', {}, option)));
          }),
        );
        sync();
        return h('div', { class: 'vote-controls' }, h('p', { class: 'vote-hint muted small' }, t('poll.chooseUpTo', { max: def.maxChoices })), list, h('div', { class: 'vote-row' }, counter, cancel, submit));
      }
      case 'Rating': {
        const chosen = entry.myBallot?.rating;
        const values: number[] = [];
        for (let value = def.ratingMin; value <= def.ratingMax; value += 1) {
          values.push(value);
        }
        return h(
          'div',
          { class: 'vote-controls' },
          h('p', { class: 'vote-hint muted small' }, t('poll.rateFrom', { min: def.ratingMin, max: def.ratingMax })),
          h(
            'div',
            { class: 'rating-scale', role: 'group', 'aria-label': def.question },
            values.map((value) =>
              h(
                'button',
                { type: 'button', class: `rating${chosen === value ? ' is-chosen' : ''}`, 'aria-pressed': chosen === value ? 'true' : 'false', disabled, 'data-testid': 'poll-rating', 'data-value': value, onClick: () => void send(ratingBallot(value)) },
                formatNumber(value),
              ),
            ),
          ),
          cancel,
        );
      }
      case 'WordCloud':
      case 'OpenText': {
        const max = answerMaxLength(def);
        const long = def.kind === 'OpenText';
        const counter = h('span', { class: 'ask-counter', 'data-testid': 'poll-word-counter' });
        const submit = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'poll-submit' }, sending ? t('poll.sending') : t('poll.submit'));
        const sync = (): void => {
          counter.textContent = t('ask.counter', { count: word.trim().length, max });
          submit.disabled = disabled || word.trim().length === 0;
        };
        const attrs = {
          class: 'input',
          maxlength: max,
          dir: 'auto',
          autocomplete: 'off',
          placeholder: long ? t('poll.textPlaceholder') : t('poll.wordPlaceholder'),
          'aria-label': t('poll.wordLabel'),
          'data-testid': 'poll-word-input',
          onInput: (e: Event) => {
            word = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
            sync();
          },
        };
        const input = long ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: 'text' });
        input.value = word;
        sync();
        return h(
          'form',
          { class: 'vote-controls', novalidate: true, onSubmit: (e) => { e.preventDefault(); void send(wordBallot(word)); } },
          long ? h('p', { class: 'vote-hint muted small' }, t('poll.openTextHint')) : null,
          input,
          h('div', { class: 'vote-row' }, counter, cancel, submit),
        );
      }
    }
  }

  function receipt(ballot: Ballot | null): HTMLElement | null {
    const def = definition();
    countdown = null;
    if (!ballot) {
      if (entry.poll.status === 'Open' && timeUp()) {
        return h('p', { class: 'notice notice-info', 'data-testid': 'poll-time-up' }, t('poll.timeUp'));
      }
      return null;
    }
    const outcome = entry.poll.status === 'Closed' ? quizOutcome(def, ballot) : null;
    const points = entry.myQuizPoints;
    const open = entry.poll.status === 'Open';
    return h(
      'div',
      { class: 'vote-receipt', 'data-testid': 'poll-voted' },
      h('p', { class: 'receipt-line' }, icon(icons.check), h('strong', {}, t('poll.voted'))),
      waiting !== null && entry.myBallot === null ? h('p', { class: 'vote-waiting', 'data-testid': 'poll-vote-waiting' }, t('offline.waiting')) : null,
      h('p', { class: 'receipt-answer', dir: 'auto', 'data-testid': 'poll-my-answer' }, t('poll.yourAnswer', { answer: ballotSummary(def, ballot) })),
      def.kind === 'Quiz' && open ? h('p', { class: 'muted small' }, timeUp() ? t('poll.timeUp') : t('poll.quizWait')) : null,
      def.kind === 'OpenText' ? h('p', { class: 'muted small' }, t('poll.textModerated')) : null,
      outcome === null
        ? null
        : h(
            'p',
            { class: `notice ${outcome ? 'notice-success' : 'notice-warning'}`, 'data-testid': 'poll-quiz-outcome', 'data-correct': outcome ? 'true' : 'false' },
            outcome ? t('poll.correct') : t('poll.wrong'),
            outcome && points !== undefined && points !== null ? h('strong', { class: 'quiz-points', 'data-testid': 'poll-quiz-points' }, ` ${t('poll.points', { points })}`) : null,
          ),
      open && def.allowChange && def.kind !== 'Quiz' && isOpen()
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-secondary button-small',
              disabled: !connected || (waiting !== null && entry.myBallot === null),
              'data-testid': 'poll-change-vote',
              onClick: () => {
                editing = true;
                error = null;
                selection = new Set(ballot.options);
                word = ballot.text ?? '';
                render(true);
              },
            },
            t('poll.changeVote'),
          )
        : null,
    );
  }

  function syncTimer(): void {
    const running = entry.poll.status === 'Open' && entry.poll.deadline !== null && !timeUp();
    if (running && timer === undefined) {
      timer = setInterval(tick, 250);
    } else if (!running && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
    tick();
  }

  function tick(): void {
    const left = secondsLeft(entry.poll.deadline, definition().countdownSeconds, Date.now());
    if (countdown && left !== null) {
      const text = t('poll.countdown', { seconds: left });
      if (countdown.textContent !== text) {
        countdown.textContent = text;
        countdown.classList.toggle('is-urgent', left <= 5);
      }
    }
    if (left === 0) {
      render();
    }
  }

  return {
    element,
    update(next, canVote, waitingBallot) {
      entry = next;
      connected = canVote;
      waiting = waitingBallot;
      if (entry.poll.status !== 'Open') {
        editing = false;
      }
      render();
    },
    refresh: () => render(true),
    dispose() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
