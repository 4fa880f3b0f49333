import type { CountryConnections, LeaderboardEntry, SessionPulse } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { currentLocale, formatDecimal, formatNumber, t, type MessageKey } from '../../i18n';
import type { Health, NodeHealth } from './operationsState';

/** Countries beyond this many are added up in one "other countries" row, so the panel keeps its size. */
const shownCountries = 12;

/** A column's header, and whether it holds numbers (aligned to the end, so digits line up). */
type Column = readonly [MessageKey, 'text' | 'number'];

/** A table with a caption, column headers and a first column of row headers; `empty` stands in for no rows. */
function table(caption: string, columns: readonly Column[], rows: readonly HTMLElement[], testId: string, empty: MessageKey): HTMLElement {
  if (rows.length === 0) {
    return h('p', { class: 'muted', 'data-testid': `${testId}-empty` }, t(empty));
  }
  return h(
    'table',
    { class: 'ops-table', 'data-testid': testId },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, columns.map(([key, kind]) => h('th', { scope: 'col', class: kind === 'number' ? 'num' : null }, t(key))))),
    h('tbody', {}, rows),
  );
}

const count = (value: number): HTMLElement => h('td', { class: 'num' }, formatNumber(value));

/** Sessions with who is checked in and the last minute's questions and votes (live now, or the busiest). */
export function sessionsTable(caption: string, sessions: readonly SessionPulse[], testId: string, empty: MessageKey): HTMLElement {
  const columns: Column[] = [
    ['operations.column.session', 'text'],
    ['operations.column.room', 'text'],
    ['operations.onSite', 'number'],
    ['operations.remote', 'number'],
    ['operations.column.questions', 'number'],
    ['operations.column.votes', 'number'],
  ];
  const rows = sessions.map((s) =>
    h(
      'tr',
      { 'data-id': s.sessionId, 'data-on-site': s.presentOnSite, 'data-questions': s.questions },
      h('th', { scope: 'row', dir: 'auto' }, s.title),
      h('td', { dir: 'auto' }, s.room),
      count(s.presentOnSite),
      count(s.presentRemote),
      count(s.questions),
      count(s.votes),
    ),
  );
  return table(caption, columns, rows, testId, empty);
}

/** Connections by country, most first; "??" is a sign-in older than the country field. */
export function countriesTable(countries: readonly CountryConnections[]): HTMLElement {
  const regions = new Intl.DisplayNames([currentLocale()], { type: 'region' });
  const name = (code: string): string => (code === '??' ? t('operations.unknownCountry') : (regions.of(code) ?? code));
  const rest = countries.slice(shownCountries).reduce((sum, c) => sum + c.connections, 0);
  const rows = [
    ...countries.slice(0, shownCountries).map((c) => h('tr', { 'data-id': c.country }, h('th', { scope: 'row' }, name(c.country)), count(c.connections))),
    ...(rest > 0 ? [h('tr', { 'data-id': 'other' }, h('th', { scope: 'row' }, t('operations.otherCountries')), count(rest))] : []),
  ];
  return table(t('operations.countriesTitle'), [['operations.column.country', 'text'], ['operations.column.connections', 'number']], rows, 'operations-countries', 'operations.nobody');
}

/** The leaderboard's top 10 as the pulse carries it. */
export function leadersTable(leaders: readonly LeaderboardEntry[]): HTMLElement {
  const rows = leaders.map((l) =>
    h('tr', { 'data-rank': l.rank }, h('th', { scope: 'row' }, formatNumber(l.rank)), h('td', { dir: 'auto' }, l.name ?? t('leaderboard.unlisted')), count(l.points)),
  );
  const columns: Column[] = [['operations.column.rank', 'text'], ['operations.column.name', 'text'], ['operations.column.points', 'number']];
  return table(t('operations.leaderboardTitle'), columns, rows, 'operations-leaderboard', 'operations.noLeaders');
}

/** A health word with its colour; the word, not the colour alone, says it. */
export function healthBadge(health: Health): HTMLElement {
  return h('span', { class: `ops-health is-${health}`, 'data-health': health }, t(`operations.health.${health}`));
}

/** Each node as it last reported, and a last row for the store as every node sees it. */
export function healthTable(nodes: readonly NodeHealth[], store: Health, pulseAt: string): HTMLElement {
  const at = Date.parse(pulseAt);
  const rows = [
    ...nodes.map(({ node, health }) =>
      h(
        'tr',
        { 'data-id': node.node, 'data-health': health },
        h('th', { scope: 'row', dir: 'ltr' }, node.node),
        h('td', {}, healthBadge(health)),
        count(node.connections),
        count(node.callsInFlight),
        h('td', { class: 'num' }, node.storeMilliseconds < 0 ? t('operations.storeNoAnswer') : t('operations.milliseconds', { ms: formatDecimal(node.storeMilliseconds) })),
        h('td', { class: 'num' }, t('operations.secondsAgo', { seconds: formatDecimal(Math.max(0, at - Date.parse(node.reportedAt)) / 1000) })),
      ),
    ),
    h('tr', { 'data-id': 'store', 'data-health': store }, h('th', { scope: 'row' }, t('operations.store')), h('td', {}, healthBadge(store)), h('td', { colspan: 4 })),
  ];
  const columns: Column[] = [
    ['operations.column.node', 'text'],
    ['operations.column.status', 'text'],
    ['operations.column.connections', 'number'],
    ['operations.column.calls', 'number'],
    ['operations.column.storeTrip', 'number'],
    ['operations.column.reported', 'number'],
  ];
  return table(t('operations.healthTitle'), columns, rows, 'operations-health', 'operations.noNodes');
}
