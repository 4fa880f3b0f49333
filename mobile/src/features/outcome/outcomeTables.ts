import type { OutcomeFigures } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { formatNumber, t, type MessageKey } from '../../i18n';
import type { OutcomeRow } from './outcomeState';

const columns: readonly { key: MessageKey; value: (f: OutcomeFigures) => number }[] = [
  { key: 'outcome.column.sessions', value: (f) => f.sessionsHeld },
  { key: 'outcome.column.onSite', value: (f) => f.participantsOnSite },
  { key: 'outcome.column.remote', value: (f) => f.participantsRemote },
  { key: 'outcome.column.countries', value: (f) => f.countries },
  { key: 'outcome.column.questions', value: (f) => f.questionsAsked },
  { key: 'outcome.column.answered', value: (f) => f.questionsAnswered },
  { key: 'outcome.column.polls', value: (f) => f.pollsRun },
  { key: 'outcome.column.voters', value: (f) => f.pollVoters },
];

/** A figures table (days, action lines or SDGs): one row per part, the same columns as the CSV's main figures. */
export function figuresTable(caption: string, part: MessageKey, rows: readonly OutcomeRow[], label: (id: string) => string, testId: string): HTMLElement {
  return h(
    'div',
    // Scrolls sideways on a phone: focusable, so the keyboard can scroll it too.
    { class: 'card outcome-table-card', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'outcome-table', 'data-testid': testId },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(part)), columns.map((c) => h('th', { scope: 'col' }, t(c.key))))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h('tr', { 'data-id': row.id }, h('th', { scope: 'row' }, label(row.id)), columns.map((c) => h('td', {}, formatNumber(c.value(row.figures))))),
        ),
      ),
    ),
  );
}

/** The forum's participants by country; "other" holds every country with fewer than five. */
export function countriesTable(countries: readonly { country: string; participants: number }[], countryName: (code: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'card outcome-table-card', tabindex: '0', role: 'region', 'aria-label': t('outcome.countriesTitle') },
    h(
      'table',
      { class: 'outcome-table', 'data-testid': 'outcome-countries' },
      h('caption', {}, t('outcome.countriesTitle')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('outcome.column.country')), h('th', { scope: 'col' }, t('outcome.column.participants')))),
      h('tbody', {}, countries.map((c) => h('tr', { 'data-id': c.country }, h('th', { scope: 'row' }, countryName(c.country)), h('td', {}, formatNumber(c.participants))))),
    ),
    h('p', { class: 'muted outcome-note' }, t('outcome.smallCells')),
  );
}
