import { questionLimits, type QuestionView } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { t } from '../../i18n';

/** Where the asker is with one of their own questions. */
export type OwnQuestionMode = 'idle' | 'editing' | 'confirmingDelete';

export interface OwnQuestionActions {
  startEdit(question: QuestionView): void;
  saveEdit(question: QuestionView, text: string): void;
  cancel(question: QuestionView): void;
  askDelete(question: QuestionView): void;
  confirmDelete(question: QuestionView): void;
}

/** Whether the server would take an edit (pending or approved, not on screen) or a delete (pending or approved). */
export function ownQuestionChangeable(question: QuestionView, action: 'edit' | 'delete'): boolean {
  const open = question.status === 'Pending' || question.status === 'Approved';
  return action === 'edit' ? open && !question.pinned : open;
}

/**
 * The asker's Edit and Delete on their own question: Edit turns the text into a form (Enter or Save keeps it, Escape
 * or Cancel leaves it), Delete asks once more before removing the question for everyone.
 */
export function ownQuestionTools(
  question: QuestionView,
  mode: OwnQuestionMode,
  disabled: boolean,
  actions: OwnQuestionActions,
): HTMLElement | null {
  if (mode === 'editing') {
    return editor(question, actions);
  }
  if (mode === 'confirmingDelete') {
    const keep = h('button', { type: 'button', class: 'button button-small button-secondary', 'data-testid': 'question-delete-keep', onClick: () => actions.cancel(question) }, t('question.keep'));
    return h(
      'div',
      { class: 'own-actions own-confirm', role: 'alertdialog', 'aria-label': t('question.confirmDelete'), 'data-testid': 'question-delete-confirm' },
      h('span', {}, t('question.confirmDelete')),
      h('button', { type: 'button', class: 'button button-small button-danger', 'data-testid': 'question-delete-yes', onClick: () => actions.confirmDelete(question) }, t('question.confirmDeleteYes')),
      keep,
    );
  }
  const edit = ownQuestionChangeable(question, 'edit');
  const remove = ownQuestionChangeable(question, 'delete');
  if (!edit && !remove) {
    return null;
  }
  const button = (label: string, testId: string, onClick: () => void): HTMLElement =>
    h('button', { type: 'button', class: 'button button-small button-ghost', disabled, title: disabled ? t('question.changeOffline') : null, 'data-testid': testId, onClick }, label);
  return h(
    'div',
    { class: 'own-actions' },
    edit ? button(t('question.edit'), 'question-edit', () => actions.startEdit(question)) : null,
    remove ? button(t('question.delete'), 'question-delete', () => actions.askDelete(question)) : null,
  );
}

function editor(question: QuestionView, actions: OwnQuestionActions): HTMLElement {
  const input = h('textarea', {
    class: 'own-editor-text',
    rows: 3,
    maxlength: questionLimits.maxLength,
    dir: 'auto',
    'aria-label': t('question.editLabel'),
    'data-testid': 'question-edit-text',
  });
  input.value = question.text;
  const save = (): void => actions.saveEdit(question, input.value);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.cancel(question);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      save();
    }
  });
  // Focus once the editor is in the page, so the keyboard lands in the text it opened.
  queueMicrotask(() => input.focus());
  return h(
    'form',
    { class: 'own-editor', 'data-testid': 'question-editor', onSubmit: (event: Event) => { event.preventDefault(); save(); } },
    input,
    h(
      'div',
      { class: 'own-actions' },
      h('button', { type: 'submit', class: 'button button-small button-primary', 'data-testid': 'question-edit-save' }, t('question.save')),
      h('button', { type: 'button', class: 'button button-small button-secondary', 'data-testid': 'question-edit-cancel', onClick: () => actions.cancel(question) }, t('question.cancel')),
    ),
  );
}
