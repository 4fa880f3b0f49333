import { questionLimits } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { messageForCode } from '../../app/errors';
import { uid } from '../../app/form';
import { t } from '../../i18n';
import { describeHubError } from '../../realtime/hubError';

/** What became of a question sent: waiting for moderation, on the list, or kept to send once back online. */
export type AskOutcome = 'pending' | 'published' | 'queued';

interface AskState {
  draft: string;
  anonymous: boolean;
  sending: boolean;
  error: { code: string } | { hub: unknown } | null;
  outcome: AskOutcome | null;
}

export interface AskForm {
  readonly element: HTMLElement;
  /** Re-draws with the session's current state: `open` false once it has ended, `connected` while live updates flow. */
  sync(open: boolean, connected: boolean): void;
  /** Drops the "thank you" note, e.g. once the question it speaks of has been moderated. */
  clearOutcome(): void;
  /** The questions asked offline that wait to be sent, shown under the box. */
  setWaiting(texts: readonly string[]): void;
  refresh(): void;
}

/**
 * The ask box: live character counter (limit 500 after trimming), anonymous option, translated refusals. Offline,
 * when `queueable()` says the question can be kept for later, Send stays usable and says so.
 */
export function createAskForm(submit: (text: string, anonymous: boolean) => Promise<AskOutcome>, queueable: () => boolean = () => false): AskForm {
  const element = h('section', { class: 'card ask-card', 'aria-labelledby': 'ask-title' });
  const state: AskState = { draft: '', anonymous: false, sending: false, error: null, outcome: null };
  let open = true;
  let connected = false;
  let textarea: HTMLTextAreaElement | null = null;
  let counter: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  let outcomeTimer: ReturnType<typeof setTimeout> | undefined;
  let waiting: readonly string[] = [];
  const waitingBox = h('div', { class: 'ask-waiting', 'data-testid': 'ask-waiting', 'aria-live': 'polite' });

  function length(): number {
    return state.draft.trim().length;
  }

  function updateCounter(): void {
    if (!counter) {
      return;
    }
    const count = length();
    const over = count - questionLimits.maxLength;
    counter.textContent = over > 0 ? t('ask.overLimit', { count: over }) : t('ask.counter', { count, max: questionLimits.maxLength });
    counter.classList.toggle('is-over', over > 0);
    counter.classList.toggle('is-near', over <= 0 && count >= questionLimits.maxLength - 50);
  }

  function updateButton(): void {
    if (button) {
      const later = !connected && queueable();
      button.disabled = state.sending || (!connected && !later);
      button.textContent = state.sending ? t('ask.sending') : later ? t('ask.submitLater') : t('ask.submit');
    }
  }

  async function onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (state.sending) {
      return;
    }
    const text = state.draft.trim();
    if (!text || text.length > questionLimits.maxLength) {
      state.error = { code: text ? 'question.too_long' : 'question.empty' };
      state.outcome = null;
      render();
      textarea?.focus();
      return;
    }
    state.sending = true;
    state.error = null;
    state.outcome = null;
    updateButton();
    try {
      state.outcome = await submit(text, state.anonymous);
      state.draft = '';
      clearTimeout(outcomeTimer);
      outcomeTimer = setTimeout(() => {
        state.outcome = null;
        element.querySelector('[data-testid="ask-outcome"]')?.remove();
      }, 8_000);
    } catch (error: unknown) {
      state.error = { hub: error };
    }
    state.sending = false;
    render();
    if (state.error) {
      textarea?.focus();
    }
  }

  function render(): void {
    const heading = h('h2', { id: 'ask-title' }, t('ask.title'));
    if (!open) {
      replaceChildren(element, heading, h('p', { class: 'notice notice-info', 'data-testid': 'ask-closed' }, t('session.ended')));
      textarea = counter = button = null;
      return;
    }
    const textId = uid('ask');
    const counterId = `${textId}-counter`;
    const errorId = `${textId}-error`;
    const errorText = state.error
      ? 'code' in state.error
        ? (messageForCode(state.error.code) ?? t('error.generic'))
        : describeHubError(state.error.hub)
      : null;
    textarea = h('textarea', {
      id: textId,
      class: 'input ask-text',
      rows: 2,
      placeholder: t('ask.placeholder'),
      dir: 'auto',
      'aria-describedby': errorText ? `${counterId} ${errorId}` : counterId,
      'aria-invalid': errorText ? 'true' : null,
      'data-testid': 'ask-text',
      onInput: (e) => {
        state.draft = (e.target as HTMLTextAreaElement).value;
        updateCounter();
        // A refusal (too long, too many questions a minute) speaks of the text sent, not the one being typed.
        if (state.error) {
          state.error = null;
          element.querySelector('[data-testid="ask-error"]')?.remove();
          textarea?.removeAttribute('aria-invalid');
          textarea?.setAttribute('aria-describedby', counterId);
        }
      },
    });
    textarea.value = state.draft;
    counter = h('span', { id: counterId, class: 'ask-counter', 'data-testid': 'ask-counter' });
    button = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'ask-submit' });
    replaceChildren(
      element,
      heading,
      h(
        'form',
        { class: 'ask-form', novalidate: true, onSubmit: (e) => void onSubmit(e) },
        h('label', { for: textId, class: 'sr-only' }, t('ask.label')),
        textarea,
        errorText ? h('p', { id: errorId, class: 'field-error', role: 'alert', 'data-testid': 'ask-error' }, errorText) : null,
        state.outcome
          ? h(
              'p',
              { class: 'notice notice-success', role: 'status', 'data-testid': 'ask-outcome' },
              state.outcome === 'pending' ? t('ask.sentPending') : state.outcome === 'queued' ? t('ask.queued') : t('ask.sent'),
            )
          : null,
        h(
          'div',
          { class: 'ask-row' },
          h(
            'label',
            { class: 'checkbox', title: t('ask.anonymousHint') },
            h('input', {
              type: 'checkbox',
              checked: state.anonymous,
              'data-testid': 'ask-anonymous',
              onChange: (e) => {
                state.anonymous = (e.target as HTMLInputElement).checked;
              },
            }),
            h('span', {}, t('ask.anonymous')),
          ),
          counter,
        ),
        h('div', { class: 'ask-submit-row' }, button),
      ),
      waitingBox,
    );
    renderWaiting();
    updateCounter();
    updateButton();
  }

  function renderWaiting(): void {
    waitingBox.hidden = waiting.length === 0;
    replaceChildren(
      waitingBox,
      h('h3', { class: 'small' }, t('ask.waitingTitle', { count: waiting.length })),
      h('ul', { class: 'waiting-list' }, waiting.map((text) => h('li', { dir: 'auto', 'data-testid': 'ask-waiting-item' }, text))),
    );
  }

  render();
  return {
    element,
    sync(isOpen: boolean, isConnected: boolean): void {
      connected = isConnected;
      if (isOpen !== open) {
        open = isOpen;
        render();
      } else {
        updateButton();
      }
    },
    refresh: render,
    setWaiting(texts: readonly string[]): void {
      waiting = texts;
      renderWaiting();
    },
    clearOutcome(): void {
      if (state.outcome) {
        clearTimeout(outcomeTimer);
        state.outcome = null;
        element.querySelector('[data-testid="ask-outcome"]')?.remove();
      }
    },
  };
}
