import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { currentLocale, formatNumber, t } from '../../i18n';
import { formatLongDate } from '../../i18n/format';
import { currentAuth, hasRole } from '../auth/authStore';
import { downloadOutcome, fetchOutcome } from './outcomeApi';
import { createOutcomeChart, type OutcomeChart } from './outcomeCharts';
import { OutcomeState } from './outcomeState';
import { countriesTable, figuresTable } from './outcomeTables';

/** The organisers' outcome of the forum (#/outcome): headline figures, charts, tables and the open-data downloads. */
export function createOutcomePage(): Page {
  const element = h('div', { class: 'page page-outcome' });
  const auth = currentAuth();
  if (!auth || !hasRole(auth.profile, 'Organiser')) {
    const refuse = (): void =>
      replaceChildren(element, h('div', { class: 'notice notice-error', role: 'alert', 'data-testid': 'outcome-refused' }, t('outcome.organisersOnly')));
    refuse();
    return { element, refresh: refuse, dispose: () => undefined };
  }
  const state = new OutcomeState();
  let charts: OutcomeChart[] = [];
  let error: unknown = null;
  let downloadError: unknown = null;

  async function load(): Promise<void> {
    try {
      state.apply(await fetchOutcome());
      error = null;
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  async function download(format: 'json' | 'csv'): Promise<void> {
    try {
      await downloadOutcome(format);
      downloadError = null;
    } catch (failure: unknown) {
      downloadError = failure;
    }
    render();
  }

  function render(): void {
    charts.forEach((c) => c.dispose());
    charts = [];
    replaceChildren(
      element,
      h('div', { class: 'page-heading' }, h('h1', {}, t('outcome.title')), h('p', { class: 'muted' }, t('outcome.intro'))),
      h(
        'div',
        { class: 'outcome-downloads' },
        h('button', { type: 'button', class: 'button button-ghost button-small', 'data-testid': 'outcome-download-csv', onClick: () => void download('csv') }, t('outcome.downloadCsv')),
        h('button', { type: 'button', class: 'button button-ghost button-small', 'data-testid': 'outcome-download-json', onClick: () => void download('json') }, t('outcome.downloadJson')),
        downloadError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(downloadError)) : null,
      ),
      error ? h('div', { class: 'notice notice-error', role: 'alert', 'data-testid': 'outcome-error' }, describeError(error)) : body(),
    );
  }

  function body(): HTMLElement {
    if (!state.report) {
      return h('p', { class: 'muted', role: 'status' }, t('outcome.loading'));
    }
    const regions = new Intl.DisplayNames([currentLocale()], { type: 'region' });
    const country = (code: string): string => (code === 'other' ? t('outcome.otherCountries') : (regions.of(code) ?? code));
    const day = (date: string): string => formatLongDate(date);
    const sdg = (goal: string): string => t('outcome.sdg', { goal });
    charts = [
      createOutcomeChart(t('outcome.chartByDay'), state.byDay, day, 'outcome-chart-days'),
      createOutcomeChart(t('outcome.chartByActionLine'), state.byActionLine, (line) => line, 'outcome-chart-lines'),
    ];
    return h(
      'div',
      { class: 'outcome-body', 'data-testid': 'outcome-report' },
      h(
        'ul',
        { class: 'outcome-tiles', 'data-testid': 'outcome-tiles' },
        state.tiles.map((tile) =>
          h('li', { class: 'card outcome-tile', 'data-testid': `outcome-tile-${tile.key}`, 'data-value': tile.value },
            h('span', { class: 'outcome-tile-value' }, formatNumber(tile.value)),
            h('span', { class: 'outcome-tile-label' }, t(`outcome.tile.${tile.key}`))),
        ),
      ),
      h('div', { class: 'outcome-charts' }, charts.map((c) => c.element)),
      figuresTable(t('outcome.daysTitle'), 'outcome.column.day', state.days, day, 'outcome-days'),
      figuresTable(t('outcome.actionLinesTitle'), 'outcome.column.actionLine', state.actionLines, (line) => line, 'outcome-action-lines'),
      figuresTable(t('outcome.sdgsTitle'), 'outcome.column.sdg', state.sdgs, sdg, 'outcome-sdgs'),
      countriesTable(state.countries, country),
    );
  }

  render();
  void load();
  return {
    element,
    refresh: render,
    dispose: () => charts.forEach((c) => c.dispose()),
  };
}
