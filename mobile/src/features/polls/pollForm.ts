import { pollKinds, pollLimits, resultsVisibilities, type PollDraft, type PollKind, type ResultsVisibility } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { field, select, uid } from '../../app/form';
import { icons } from '../../app/icons';
import { formatNumber, t } from '../../i18n';
import { describeHubError } from '../../realtime/hubError';
import { draftErrors, emptyDraft, toDraft, type DraftError, type DraftField, type DraftForm } from './draftRules';

export interface PollForm {
  readonly element: HTMLElement;
  refresh(): void;
}

/**
 * The moderator's "Prepare poll": question, kind, options (add and remove), and what each kind needs: how many
 * choices, the rating range, the quiz's right answer and countdown; when results show, and whether votes may
 * change. Saves a draft; opening it is a separate, deliberate step in the list.
 */
export function createPollForm(create: (draft: PollDraft) => Promise<void>): PollForm {
  const element = h('section', { class: 'poll-form-wrap' });
  let open = false;
  let form: DraftForm = emptyDraft();
  let errors: Partial<Record<DraftField, DraftError>> = {};
  let failure: unknown = null;
  let saving = false;

  const message = (field: DraftField): string | null => {
    const error = errors[field];
    return error ? t(error.key, error.params) : null;
  };

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (saving) {
      return;
    }
    const draft = toDraft(form);
    errors = draftErrors(draft);
    failure = null;
    if (Object.keys(errors).length > 0) {
      render();
      element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    saving = true;
    render();
    try {
      await create(draft);
      form = emptyDraft();
      open = false;
    } catch (error: unknown) {
      failure = error;
    }
    saving = false;
    render();
  }

  function numberInput(value: number, min: number, max: number, testId: string, set: (value: number) => void): HTMLInputElement {
    return h('input', {
      type: 'number',
      class: 'input input-number',
      inputmode: 'numeric',
      min,
      max,
      step: 1,
      value: String(value),
      'data-testid': testId,
      onInput: (e) => set(Number((e.target as HTMLInputElement).value)),
    });
  }

  function optionsEditor(): HTMLElement {
    const list = form.options.map((option, index) => {
      const input = h('input', {
        type: 'text',
        class: 'input',
        maxlength: pollLimits.maxOptionLength,
        value: option,
        dir: 'auto',
        'aria-label': t('poll.optionLabel', { number: index + 1 }),
        'aria-invalid': errors.options && option.trim() === '' ? 'true' : null,
        'data-testid': 'poll-form-option',
        onInput: (e) => {
          form.options[index] = (e.target as HTMLInputElement).value;
        },
      });
      return h(
        'li',
        { class: 'option-row' },
        h('span', { class: 'option-number', 'aria-hidden': 'true' }, formatNumber(index + 1)),
        input,
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button icon-button-muted',
            'aria-label': t('poll.removeOption', { number: index + 1 }),
            title: t('poll.removeOption', { number: index + 1 }),
            disabled: form.options.length <= pollLimits.minOptions,
            'data-testid': 'poll-form-remove-option',
            onClick: () => {
              form.options.splice(index, 1);
              if (form.correctOption !== null && form.correctOption >= index) {
                form.correctOption = form.correctOption === index ? null : form.correctOption - 1;
              }
              form.maxChoices = Math.min(form.maxChoices, form.options.length);
              render();
            },
          },
          icon(icons.close),
        ),
      );
    });
    const optionsError = message('options');
    return h(
      'fieldset',
      { class: 'fieldset' },
      h('legend', {}, t('poll.options')),
      h('ol', { class: 'option-list' }, list),
      optionsError ? h('p', { class: 'field-error' }, optionsError) : null,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-ghost button-small',
          disabled: form.options.length >= pollLimits.maxOptions,
          'data-testid': 'poll-form-add-option',
          onClick: () => {
            form.options.push('');
            render();
            const inputs = element.querySelectorAll<HTMLInputElement>('[data-testid="poll-form-option"]');
            inputs.item(inputs.length - 1)?.focus();
          },
        },
        icon(icons.plus),
        t('poll.addOption'),
      ),
    );
  }

  function kindFields(): (HTMLElement | null)[] {
    switch (form.kind) {
      case 'MultipleChoice':
        return [
          optionsEditor(),
          field(t('poll.maxChoices'), numberInput(form.maxChoices, 1, form.options.length, 'poll-form-max-choices', (v) => (form.maxChoices = v)), { error: message('maxChoices') }),
        ];
      case 'Rating':
        return [
          h(
            'div',
            { class: 'field-row field-row-tight' },
            field(t('poll.ratingMin'), numberInput(form.ratingMin, pollLimits.ratingLowest, pollLimits.ratingHighest, 'poll-form-rating-min', (v) => (form.ratingMin = v))),
            field(t('poll.ratingMax'), numberInput(form.ratingMax, pollLimits.ratingLowest, pollLimits.ratingHighest, 'poll-form-rating-max', (v) => (form.ratingMax = v))),
          ),
          message('rating') ? h('p', { class: 'field-error' }, message('rating')) : null,
        ];
      case 'Quiz':
        return [
          optionsEditor(),
          h(
            'div',
            { class: 'field-row field-row-tight' },
            field(
              t('poll.correctOption'),
              select(
                form.options.map((option, index) => ({ value: String(index), label: `${formatNumber(index + 1)}. ${option.trim() || '…'}` })),
                form.correctOption === null ? '' : String(form.correctOption),
                { class: 'input', 'data-testid': 'poll-form-correct', onChange: (e) => { const v = (e.target as HTMLSelectElement).value; form.correctOption = v === '' ? null : Number(v); } },
                t('poll.chooseCorrect'),
              ),
              { error: message('correct') },
            ),
            field(t('poll.countdownSeconds'), numberInput(form.countdownSeconds, pollLimits.minCountdownSeconds, pollLimits.maxCountdownSeconds, 'poll-form-countdown', (v) => (form.countdownSeconds = v)), { error: message('countdown') }),
          ),
        ];
      case 'SingleChoice':
        return [optionsEditor()];
      case 'WordCloud':
        return [h('p', { class: 'muted small' }, t('poll.wordCloudHint', { max: pollLimits.maxWordLength }))];
      case 'OpenText':
        return [h('p', { class: 'muted small' }, t('poll.openTextFormHint', { max: pollLimits.maxTextLength }))];
    }
  }

  function render(): void {
    if (!open) {
      replaceChildren(
        element,
        h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'poll-new', onClick: () => { open = true; render(); element.querySelector<HTMLElement>('[data-testid="poll-form-question"]')?.focus(); } }, icon(icons.plus), t('poll.prepare')),
      );
      return;
    }
    const question = h('textarea', {
      class: 'input',
      rows: 2,
      maxlength: pollLimits.maxQuestionLength,
      dir: 'auto',
      'data-testid': 'poll-form-question',
      onInput: (e) => {
        form.question = (e.target as HTMLTextAreaElement).value;
      },
    });
    question.value = form.question;
    const kind = select(
      pollKinds.map((k) => ({ value: k, label: t(`poll.kind.${k}`) })),
      form.kind,
      {
        class: 'input',
        'data-testid': 'poll-form-kind',
        onChange: (e) => {
          form.kind = (e.target as HTMLSelectElement).value as PollKind;
          if (form.kind === 'Quiz') {
            // A quiz answer cannot change, and live counts would give the answer away.
            form.allowChange = false;
            form.visibility = 'AfterClose';
          }
          errors = {};
          render();
        },
      },
    );
    const visibility = select(
      resultsVisibilities.map((v) => ({ value: v, label: t(`poll.visibility.${v}`) })),
      form.visibility,
      { class: 'input', 'data-testid': 'poll-form-visibility', onChange: (e) => (form.visibility = (e.target as HTMLSelectElement).value as ResultsVisibility) },
    );
    const titleId = uid('poll-form');
    replaceChildren(
      element,
      h(
        'form',
        { class: 'card poll-form', novalidate: true, 'aria-labelledby': titleId, 'data-testid': 'poll-form', onSubmit: (e) => void submit(e) },
        h('h3', { id: titleId }, t('poll.formTitle')),
        field(t('poll.question'), question, { error: message('question') }),
        field(t('poll.kindLabel'), kind),
        kindFields(),
        field(t('poll.visibility'), visibility),
        h(
          'label',
          { class: 'checkbox' },
          h('input', { type: 'checkbox', checked: form.allowChange, 'data-testid': 'poll-form-allow-change', onChange: (e) => (form.allowChange = (e.target as HTMLInputElement).checked) }),
          h('span', {}, t('poll.allowChange')),
        ),
        failure ? h('p', { class: 'field-error', role: 'alert', 'data-testid': 'poll-form-error' }, describeHubError(failure)) : null,
        h(
          'div',
          { class: 'actions form-actions' },
          h('button', { type: 'button', class: 'button button-ghost', 'data-testid': 'poll-form-cancel', onClick: () => { open = false; errors = {}; failure = null; render(); } }, t('common.cancel')),
          h('button', { type: 'submit', class: 'button button-primary', disabled: saving, 'data-testid': 'poll-form-submit' }, saving ? t('poll.saving') : t('poll.save')),
        ),
      ),
    );
  }

  render();
  return { element, refresh: render };
}
