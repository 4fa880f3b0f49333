import type { ModerationAction, QuestionView } from '../../api/generated/contracts';
import { h, icon } from '../../app/dom';
import { icons } from '../../app/icons';
import { formatNumber, t } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { participationName, questionStatusName } from '../../i18n/labels';
import { ownQuestionTools, type OwnQuestionActions, type OwnQuestionMode } from './ownQuestionTools';

/** What a question's look depends on besides the question itself. */
export interface QuestionContext {
  mine: boolean;
  upvoted: boolean;
  /** Whether this person may upvote now (approved question, session not over, connected). */
  canUpvote: boolean;
  /** An upvote made offline, waiting to be sent. */
  waiting?: boolean;
  moderator: boolean;
  busy: boolean;
  /** The asker's edit or delete in progress on this question (their own only). */
  own: OwnQuestionMode;
  /** Whether the asker's Edit and Delete can be used now (connected, session not over). */
  canChange: boolean;
}

export interface QuestionActions extends OwnQuestionActions {
  toggleUpvote(question: QuestionView): void;
  moderate(question: QuestionView, action: ModerationAction): void;
}

export function questionSignature(question: QuestionView, context: QuestionContext): string {
  if (context.own === 'editing') {
    // The open editor is not rebuilt while upvotes come in, so the text being typed and the focus stay.
    return JSON.stringify(['editing', question.id]);
  }
  return JSON.stringify([question.revision, question.upvotes, question.status, question.pinned, context]);
}

/** One question: votes at the inline start, then text, author, origin and state. */
export function questionItem(question: QuestionView, context: QuestionContext, actions: QuestionActions): HTMLElement {
  const author = question.authorName ?? (context.mine ? t('question.anonymousMine') : t('question.anonymous'));
  const classes = [
    'question',
    `question-${question.status.toLowerCase()}`,
    question.pinned ? 'is-pinned' : '',
    context.mine ? 'is-mine' : '',
  ].filter(Boolean);
  return h(
    'li',
    {
      class: classes.join(' '),
      'data-testid': 'question',
      'data-question-id': question.id,
      'data-status': question.status,
      'data-pinned': question.pinned ? 'true' : 'false',
    },
    votes(question, context, actions),
    h(
      'div',
      { class: 'question-body' },
      context.own === 'editing' ? null : h('p', { class: 'question-text', dir: 'auto', 'data-testid': 'question-text' }, question.text),
      h(
        'div',
        { class: 'question-meta' },
        h('span', { class: `question-author${question.authorName ? '' : ' is-anonymous'}`, dir: 'auto' }, author),
        h(
          'span',
          { class: `badge badge-origin origin-${question.origin === 'Remote' ? 'remote' : 'onsite'}`, 'data-testid': 'question-origin', 'data-origin': question.origin },
          participationName(question.origin),
        ),
        h('time', { class: 'question-time', datetime: question.askedAt }, t('question.askedAt', { time: formatTime(question.askedAt) })),
        context.mine ? h('span', { class: 'badge badge-mine' }, t('question.mine')) : null,
        question.editedAt
          ? h('span', { class: 'question-edited', 'data-testid': 'question-edited', title: formatTime(question.editedAt) }, t('question.edited'))
          : null,
        stateBadge(question, context),
      ),
      context.mine ? ownQuestionTools(question, context.own, !context.canChange || context.busy, actions) : null,
      context.moderator ? moderatorActions(question, context, actions) : null,
    ),
  );
}

function votes(question: QuestionView, context: QuestionContext, actions: QuestionActions): HTMLElement {
  const count = h('span', { class: 'vote-count', 'data-testid': 'upvote-count' }, formatNumber(question.upvotes));
  const label = `${context.upvoted ? t('question.withdrawUpvote') : t('question.upvote')} · ${t('question.upvotes', { count: question.upvotes })}`;
  if (question.status !== 'Approved') {
    return h('div', { class: 'votes votes-static', title: t('question.upvotes', { count: question.upvotes }) }, icon(icons.arrowUp), count);
  }
  return h(
    'button',
    {
      type: 'button',
      class: `votes vote-button${context.upvoted ? ' is-upvoted' : ''}`,
      'aria-pressed': context.upvoted ? 'true' : 'false',
      'aria-label': label,
      title: label,
      disabled: !context.canUpvote || context.busy,
      'data-testid': 'upvote-button',
      onClick: () => actions.toggleUpvote(question),
    },
    icon(icons.arrowUp),
    count,
    context.waiting ? h('span', { class: 'vote-waiting', 'data-testid': 'upvote-waiting' }, t('offline.waiting')) : null,
  );
}

function stateBadge(question: QuestionView, context: QuestionContext): HTMLElement | null {
  switch (question.status) {
    case 'Pending':
      return context.mine && !context.moderator
        ? h('span', { class: 'badge badge-waiting', 'data-testid': 'question-waiting' }, t('question.waiting'))
        : h('span', { class: 'badge badge-waiting' }, questionStatusName('Pending'));
    case 'Answered':
      return h('span', { class: 'badge badge-answered', 'data-testid': 'question-answered' }, icon(icons.check), questionStatusName('Answered'));
    case 'Dismissed':
      return h('span', { class: 'badge badge-dismissed' }, context.mine && !context.moderator ? t('question.notSelected') : questionStatusName('Dismissed'));
    case 'Approved':
      return null;
  }
}

function moderatorActions(question: QuestionView, context: QuestionContext, actions: QuestionActions): HTMLElement {
  const button = (action: ModerationAction, testId: string, label: string, style: string): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: `button button-small ${style}`,
        disabled: context.busy,
        'data-testid': testId,
        'data-action': action,
        onClick: () => actions.moderate(question, action),
      },
      label,
    );
  const approve = button('Approve', 'mod-approve', t('mod.approve'), 'button-primary');
  const dismiss = button('Dismiss', 'mod-dismiss', t('mod.dismiss'), 'button-ghost');
  const pin = question.pinned
    ? button('Unpin', 'mod-pin', t('mod.unpin'), 'button-secondary')
    : button('Pin', 'mod-pin', t('mod.pin'), 'button-secondary');
  const answered = button('MarkAnswered', 'mod-answered', t('mod.markAnswered'), 'button-secondary');
  const byStatus: Record<QuestionView['status'], HTMLElement[]> = {
    Pending: [approve, pin, dismiss],
    Approved: [pin, answered, dismiss],
    Answered: [dismiss],
    Dismissed: [approve],
  };
  return h('div', { class: 'mod-actions' }, byStatus[question.status]);
}
