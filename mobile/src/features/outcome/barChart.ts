import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only the parts a bar chart needs: the rest of Chart.js stays out of the chunk this module becomes.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** What one grouped bar chart shows. */
export interface BarChartSpec {
  readonly labels: readonly string[];
  readonly datasets: readonly { label: string; values: readonly number[]; color: string }[];
  readonly locale: string;
  readonly rtl: boolean;
}

/** Draws a grouped bar chart on `canvas`; returns the function that destroys it. */
export function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...spec.labels],
      datasets: spec.datasets.map((d) => ({ label: d.label, data: [...d.values], backgroundColor: d.color, borderRadius: 4 })),
    },
    options: {
      locale: spec.locale,
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { reverse: spec.rtl, grid: { display: false } },
        y: { beginAtZero: true, position: spec.rtl ? 'right' : 'left', ticks: { precision: 0 } },
      },
      plugins: {
        legend: { position: 'bottom', rtl: spec.rtl },
        tooltip: { rtl: spec.rtl },
      },
    },
  });
  return () => chart.destroy();
}
