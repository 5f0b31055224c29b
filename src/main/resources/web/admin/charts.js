// The activity charts: one uPlot line chart per series of the days, drawn into the figures of the page. uPlot is
// loaded before this module by its own script tag (a classic script from this server), and is window.uPlot.

const charts = new Map();

/** Seconds since the epoch of a YYYY-MM-DD day, at noon UTC, as uPlot's time axis takes them. */
function seconds(day) {
  return Date.parse(`${day}T12:00:00Z`) / 1000;
}

/** Draws (or draws again) the chart `name` of `days` with `value(day)` as its series, labelled `label`. */
export function drawChart(name, days, label, value, { percent = false, color = '#2447c9' } = {}) {
  const target = document.getElementById(`chart-${name}`);
  if (!target || typeof window.uPlot !== 'function') return;
  charts.get(name)?.destroy();
  const data = [days.map((day) => seconds(day.date)), days.map(value)];
  const width = Math.max(320, target.clientWidth || 520);
  const options = {
    width,
    height: 220,
    series: [
      {},
      {
        label,
        stroke: color,
        width: 2,
        fill: `${color}22`,
        points: { show: days.length <= 45 },
        value: (u, v) => (v == null ? '–' : percent ? `${(v * 100).toFixed(1)} %` : String(Math.round(v * 100) / 100)),
      },
    ],
    axes: [
      { stroke: '#434c5e', grid: { stroke: '#e6e9f0' } },
      {
        stroke: '#434c5e',
        grid: { stroke: '#e6e9f0' },
        values: (u, ticks) => ticks.map((t) => (percent ? `${Math.round(t * 100)} %` : String(t))),
      },
    ],
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(max, percent ? 0.1 : 1)] } },
    legend: { show: true, live: false },
  };
  const chart = new window.uPlot(options, data, target);
  target.dataset.points = String(days.length);
  charts.set(name, chart);
}
