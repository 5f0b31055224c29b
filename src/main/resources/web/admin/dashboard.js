// The admin dashboard: reads the range from the form (and the address), asks /api/admin/insights for it with the
// session cookie, and draws the tiles, the charts and the tables; the CSV links follow the range.
import { drawChart } from './charts.js';
import { fillTable, percent } from './tables.js';

const form = document.getElementById('range');
const from = document.getElementById('from');
const to = document.getElementById('to');
const staleDays = document.getElementById('stale-days');
const status = document.getElementById('status');

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function daysBefore(end, days) {
  const start = new Date(`${end}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return isoDay(start);
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  to.value = params.get('to') || isoDay(new Date());
  from.value = params.get('from') || daysBefore(to.value, 30);
  staleDays.value = params.get('staleDays') || staleDays.value;
}

function rangeParams() {
  return new URLSearchParams({ from: from.value, to: to.value, staleDays: staleDays.value });
}

function tile(label, value) {
  const div = document.createElement('div');
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  div.append(dt, dd);
  return div;
}

function pageLink(page) {
  const a = document.createElement('a');
  a.href = `/articles/${page.slug.split('/').map(encodeURIComponent).join('/')}`;
  a.textContent = page.title || page.slug;
  return a;
}

function wordings(group) {
  const span = document.createElement('span');
  span.className = 'wordings';
  span.textContent = group.wordings.join(' · ');
  return span;
}

function draw(report) {
  const t = report.totals;
  document.getElementById('tiles').replaceChildren(
    tile('Searches', String(t.searches)),
    tile('Found nothing', percent(t.zeroResultRate)),
    tile('Given no answer', percent(t.abstentionRate)),
    tile('Clicks per search', (Number(t.clicksPerSearch) || 0).toFixed(2)),
  );
  const days = report.days;
  drawChart('searches', days, 'Searches', (d) => d.searches);
  drawChart('zero-rate', days, 'Found nothing', (d) => (d.searches ? d.zeroResultSearches / d.searches : 0),
    { percent: true, color: '#a3261b' });
  drawChart('abstained', days, 'Given no answer', (d) => d.abstained, { color: '#7a4a00' });
  drawChart('clicks-per-search', days, 'Clicks per search', (d) => (d.searches ? d.clicks / d.searches : 0),
    { color: '#1d6b3a' });

  const table = (id) => document.getElementById(`table-${id}`);
  fillTable(table('articles-to-write'), 'Searches that found nothing, by meaning', [
    { label: 'Search', value: (g) => g.query },
    { label: 'Searches', value: (g) => g.searches, number: true },
    { label: 'Wordings', value: wordings },
  ], report.articlesToWrite, 'Every search found something.');
  fillTable(table('no-click'), 'Searches whose results nobody opened', [
    { label: 'Search', value: (q) => q.query },
    { label: 'Searches', value: (q) => q.searches - q.zeroResultSearches, number: true },
    { label: 'Average results', value: (q) => q.averageHits, number: true },
  ], report.noClick, 'Every search with results had a result opened.');
  fillTable(table('top-answers'), 'Answers opened most', [
    { label: 'Answer', value: (a) => a.title || a.id },
    { label: 'Opened', value: (a) => a.clicks, number: true },
    { label: 'Helpful', value: (a) => a.helpful, number: true },
    { label: 'Not helpful', value: (a) => a.unhelpful, number: true },
  ], report.topAnswers, 'No answer was opened.');
  fillTable(table('rules'), 'Query rules', [
    { label: 'Rule', value: (r) => r.id },
    { label: 'Query', value: (r) => (r.inUse ? r.query || '(before typing)' : '(no longer in rules.yaml)') },
    { label: 'Match', value: (r) => r.match || '' },
    { label: 'Searches it acted on', value: (r) => r.fired, number: true },
  ], report.rules, 'No rules: add them to rules.yaml or PUT /api/admin/rules.');
  const health = report.health;
  fillTable(table('duplicates'), `Near-duplicate sections (${health.checkedChunks} of ${health.totalChunks} compared)`, [
    { label: 'Section', value: (d) => d.firstTitle },
    { label: 'Says nearly the same as', value: (d) => d.secondTitle },
    { label: 'Similarity', value: (d) => d.similarity.toFixed(3), number: true },
  ], health.duplicates, 'No two pages say the same thing.');
  const pageColumns = [
    { label: 'Page', value: pageLink },
    { label: 'File', value: (p) => p.path },
    { label: 'Reviewed', value: (p) => p.reviewed || '' },
    { label: 'Internal', value: (p) => (p.internal ? 'yes' : '') },
  ];
  fillTable(table('not-reviewed'), `Pages not reviewed for ${report.staleDays} days`, pageColumns,
    health.notReviewed, 'Every dated page was reviewed within that time.');
  fillTable(table('undated'), 'Pages without a review date (lastmod or last_review_date)', pageColumns,
    health.undated, 'Every page gives a review date.');
  fillTable(table('never-shown'), 'Pages never shown in a result', pageColumns, health.neverShown,
    'Every page was shown in a result.');

  const params = rangeParams();
  for (const link of document.querySelectorAll('a.csv')) {
    link.href = `/api/admin/insights/${link.dataset.table}.csv?${params}`;
  }
  document.body.dataset.loaded = `${report.from}..${report.to}`;
}

async function load() {
  const params = rangeParams();
  history.replaceState(null, '', `?${params}`);
  status.textContent = 'Loading…';
  try {
    const response = await fetch(`/api/admin/insights?${params}`, { credentials: 'same-origin' });
    if (response.status === 401 || response.status === 404) {
      location.assign('/admin');
      return;
    }
    const data = await response.json();
    if (!response.ok) {
      status.textContent = data?.error ?? `The report failed (${response.status}).`;
      return;
    }
    draw(data);
    status.textContent = `${data.totals.searches} searches from ${data.from} to ${data.to}.`;
  } catch (error) {
    status.textContent = 'The server could not be reached.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
for (const preset of document.querySelectorAll('[data-days]')) {
  preset.addEventListener('click', () => {
    to.value = isoDay(new Date());
    from.value = daysBefore(to.value, Number(preset.dataset.days));
    load();
  });
}
readAddress();
load();
