import { h, replaceChildren, type Child } from '../../app/dom';
import { currentLocale, formatNumber, t, type MessageKey } from '../../i18n';
import { forumTimeZone } from '../../i18n/format';
import type { OperationsState } from './operationsState';
import { countriesTable, healthBadge, healthTable, leadersTable, sessionsTable } from './operationsTables';

type PanelName = 'people' | 'activity' | 'leaderboard' | 'live' | 'busiest' | 'health';

// In reading order: the three small panels side by side on a desktop, then the wide tables.
const titles: Readonly<Record<PanelName, MessageKey>> = {
  people: 'operations.peopleTitle',
  activity: 'operations.activityTitle',
  leaderboard: 'operations.leaderboardTitle',
  live: 'operations.liveTitle',
  busiest: 'operations.busiestTitle',
  health: 'operations.healthTitle',
};

/**
 * The dashboard's panels. Built once; each pulse replaces what is under the panels' headings, so the page keeps its
 * place, and the polite announcement of the health speaks only when the health changes (not every second).
 */
export class OperationsView {
  readonly element: HTMLElement;
  private readonly status = h('p', { class: 'muted ops-status', 'data-testid': 'operations-status' });
  private readonly announcer = h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'operations-announce' });
  private readonly panels = new Map<PanelName, HTMLElement>();
  private readonly grid = h('div', { class: 'ops-grid', 'data-testid': 'operations-dashboard' });

  constructor(private readonly state: OperationsState) {
    this.element = h('div', {});
    this.render();
  }

  /** Everything again, in the current language. */
  render(): void {
    const panels = (Object.keys(titles) as PanelName[]).map((name) => {
      const body = h('div', { class: 'ops-panel-body' });
      this.panels.set(name, body);
      return h('section', { class: `card ops-panel ops-panel-${name}`, 'aria-labelledby': `ops-${name}`, 'data-testid': `operations-panel-${name}` }, h('h2', { id: `ops-${name}` }, t(titles[name])), body);
    });
    replaceChildren(this.grid, panels);
    replaceChildren(this.element, h('div', { class: 'page-heading' }, h('h1', {}, t('operations.title')), h('p', { class: 'muted' }, t('operations.intro'))), this.status, this.announcer, this.grid);
    this.announcer.textContent = '';
    this.update();
  }

  /** The latest pulse into the panels; the status line says how fresh it is. */
  update(error: string | null = null): void {
    const pulse = this.state.pulse;
    this.showStatus(error);
    if (!pulse) {
      this.fill('people', h('p', { class: 'muted', role: 'status' }, t('operations.waiting')));
      return;
    }
    this.fill(
      'people',
      figures([
        ['onSite', 'operations.onSite', pulse.onSite],
        ['remote', 'operations.remote', pulse.remote],
      ]),
      countriesTable(pulse.countries),
    );
    this.fill(
      'activity',
      figures([
        ['live', 'operations.liveCount', pulse.liveSessions.length],
        ['questions', 'operations.questions', pulse.questions],
        ['votes', 'operations.votes', pulse.votes],
      ]),
    );
    this.fill('live', sessionsTable(t('operations.liveTitle'), pulse.liveSessions, 'operations-live', 'operations.noLiveSessions'));
    this.fill('busiest', sessionsTable(t('operations.busiestTitle'), pulse.busiest, 'operations-busiest', 'operations.noActivity'));
    this.fill('leaderboard', leadersTable(pulse.leaderboard));
    const summary = this.summaryText();
    this.fill('health', h('p', { class: 'ops-summary' }, healthBadge(this.state.summary.health), ' ', summary), healthTable(this.state.nodes, this.state.store, pulse.at));
    if (this.announcer.textContent !== summary) {
      this.announcer.textContent = summary;
    }
  }

  /** "Updated 14:02:07", or a warning when no pulse came for a while. */
  showStatus(error: string | null): void {
    const pulse = this.state.pulse;
    const stale = this.state.isStale();
    this.status.classList.toggle('is-stale', stale || error !== null);
    this.status.dataset.at = pulse?.at ?? '';
    const time = pulse ? new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'medium', timeZone: forumTimeZone }).format(new Date(pulse.at)) : '';
    this.status.textContent = error ?? (pulse ? t(stale ? 'operations.stale' : 'operations.updated', { time }) : '');
  }

  private summaryText(): string {
    const summary = this.state.summary;
    const names = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(summary.troubled.map((name) => (name === 'store' ? t('operations.store') : name)));
    if (summary.nodes === 0) {
      return t('operations.summary.noNodes');
    }
    return summary.health === 'ok' ? t('operations.summary.ok', { nodes: summary.nodes }) : t(summary.health === 'down' ? 'operations.summary.down' : 'operations.summary.slow', { names });
  }

  private fill(name: PanelName, ...children: Child[]): void {
    const body = this.panels.get(name);
    if (body) {
      replaceChildren(body, ...children);
    }
  }
}

/** Big figures, each with its label and its raw value for tests and scripts. */
function figures(items: readonly [string, MessageKey, number][]): HTMLElement {
  return h(
    'ul',
    { class: 'ops-figures' },
    items.map(([key, label, value]) =>
      h('li', { class: 'ops-figure', 'data-testid': `operations-figure-${key}`, 'data-value': value }, h('span', { class: 'ops-figure-value' }, formatNumber(value)), h('span', { class: 'ops-figure-label' }, t(label))),
    ),
  );
}
