import { h } from '../../app/dom';
import { currentLanguage, currentLocale, formatNumber, t } from '../../i18n';
import type { BarChartSpec } from './barChart';
import type { OutcomeSeries } from './outcomeState';

/** A chart figure: the canvas (drawn once Chart.js has loaded) with a text alternative; tables beside it hold the numbers. */
export interface OutcomeChart {
  readonly element: HTMLElement;
  dispose(): void;
}

// Chart.js is loaded the first time an outcome chart is drawn, never with the rest of the app.
let loader: Promise<typeof import('./barChart')> | null = null;

/** On-site and remote participants as grouped bars, titled `title`, labelled by `label(id)`. */
export function createOutcomeChart(title: string, series: OutcomeSeries, label: (id: string) => string, testId: string): OutcomeChart {
  const summary = series.labels
    .map((id, i) => t('outcome.chartPoint', { label: label(id), onSite: formatNumber(series.onSite[i] ?? 0), remote: formatNumber(series.remote[i] ?? 0) }))
    .join('; ');
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}: ${summary}` });
  const element = h('figure', { class: 'card outcome-chart', 'data-testid': testId, 'data-state': 'loading' },
    h('figcaption', { class: 'outcome-chart-title' }, title),
    h('div', { class: 'outcome-chart-canvas' }, canvas));
  let destroy: (() => void) | null = null;
  let disposed = false;
  const styles = getComputedStyle(document.documentElement);
  const spec: BarChartSpec = {
    labels: series.labels.map(label),
    datasets: [
      { label: t('outcome.onSite'), values: series.onSite, color: styles.getPropertyValue('--onsite').trim() || '#0b6e99' },
      { label: t('outcome.remote'), values: series.remote, color: styles.getPropertyValue('--remote').trim() || '#6941c6' },
    ],
    locale: currentLocale(),
    rtl: currentLanguage() === 'ar',
  };
  loader ??= import('./barChart');
  loader
    .then((module) => {
      if (!disposed) {
        destroy = module.drawBarChart(canvas, spec);
        element.setAttribute('data-state', 'drawn');
      }
    })
    .catch(() => {
      // Offline before the chunk was cached: the tables still hold every number, and the next visit tries again.
      loader = null;
      element.setAttribute('data-state', 'failed');
    });
  return {
    element,
    dispose: () => {
      disposed = true;
      destroy?.();
    },
  };
}
