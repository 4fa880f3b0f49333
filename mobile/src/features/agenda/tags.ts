import type { SessionDetails, SessionStatus } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { t } from '../../i18n';
import { actionLineName, sdgName, statusName } from '../../i18n/labels';

/** The official colours of the 17 SDG icons, used as a marker beside the goal's number. */
const sdgColours: Readonly<Record<number, string>> = {
  1: '#e5243b', 2: '#dda63a', 3: '#4c9f38', 4: '#c5192d', 5: '#ff3a21', 6: '#26bde2', 7: '#fcc30b', 8: '#a21942',
  9: '#fd6925', 10: '#dd1367', 11: '#fd9d24', 12: '#bf8b2e', 13: '#3f7e44', 14: '#0a97d9', 15: '#56c02b',
  16: '#00689d', 17: '#19486a',
};

export function actionLineChip(code: string): HTMLElement {
  const name = actionLineName(code);
  return h('li', { class: 'chip chip-action-line', title: name }, h('span', { 'aria-hidden': 'true' }, code), h('span', { class: 'sr-only' }, `${code}: ${name}`));
}

export function sdgChip(goal: number): HTMLElement {
  const name = sdgName(goal);
  const label = t('agenda.sdgChip', { number: goal });
  const chip = h('li', { class: 'chip chip-sdg', title: name }, h('span', { 'aria-hidden': 'true' }, label), h('span', { class: 'sr-only' }, `${label}: ${name}`));
  chip.style.setProperty('--sdg-colour', sdgColours[goal] ?? 'currentColor');
  return chip;
}

/** Action-line and SDG chips of a session, or nothing when it has none. */
export function tagList(session: SessionDetails): HTMLElement | null {
  if (session.actionLines.length === 0 && session.sdgs.length === 0) {
    return null;
  }
  return h('ul', { class: 'chips' }, session.actionLines.map(actionLineChip), session.sdgs.map(sdgChip));
}

/** "Live" or "Ended"; scheduled sessions carry no badge. */
export function statusBadge(status: SessionStatus): HTMLElement | null {
  if (status === 'Scheduled') {
    return null;
  }
  return h('span', { class: `badge badge-status badge-${status.toLowerCase()}`, 'data-testid': 'session-status', 'data-status': status }, statusName(status));
}
