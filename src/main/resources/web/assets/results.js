// The results area: hits with their snippets and badges, "did you mean", filter chips, the empty state, and the
// intro and status lines around them.
import { toggleAnswer } from './answers.js';
import { sendFeedback } from './api.js';
import { didYouMean, empty, filters, input, intro, more, results, statusLine, text } from './dom.js';
import { safeHref, withHighlight } from './links.js';
import { setActive, updateExpanded } from './selection.js';
import { snippetFragment } from './snippets.js';
import { closeSuggestions } from './suggestions.js';
import { hideQuickAnswer, renderQuickAnswer } from './quick-answer.js';
import { state } from './state.js';

/** The page with no query: search tips instead of results. */
export function showIntro() {
  state.hits = [];
  state.total = 0;
  results.replaceChildren();
  statusLine.textContent = '';
  didYouMean.hidden = true;
  empty.hidden = true;
  more.hidden = true;
  filters.hidden = true;
  intro.hidden = false;
  hideQuickAnswer();
  closeSuggestions();
  setActive(-1);
  updateExpanded();
}

export function showError(message) {
  showIntro();
  intro.hidden = true;
  statusLine.textContent = message;
}

/** Shows a page of hits (`offset` 0 replaces the list, a further page extends it); `search` runs a new search. */
export function showResults(data, offset, search) {
  const hits = Array.isArray(data.hits) ? data.hits : [];
  state.hits = offset === 0 ? hits : state.hits.concat(hits);
  state.total = Number(data.total) || 0;
  intro.hidden = true;
  if (offset === 0) {
    results.replaceChildren();
    setActive(-1);
    renderQuickAnswer(data);
  }
  hits.forEach((hit, i) => results.append(renderHit(hit, offset + i)));
  const took = Number.isFinite(data.tookMs) ? ` · ${data.tookMs} ms` : '';
  statusLine.textContent = state.total === 0 ? ''
    : `${state.total} ${state.total === 1 ? 'result' : 'results'} for “${state.query}”${took}`;
  more.hidden = data.hasMore !== true || hits.length === 0; // the server knows whether another page has results
  renderDidYouMean(typeof data.suggestion === 'string' ? data.suggestion.trim() : '', search);
  renderFilters(data.facets, search);
  renderEmpty(state.total === 0, search);
  updateExpanded();
}

/** Opens hit `index`'s page, telling the analytics. */
export function openHit(index) {
  const href = results.children[index]?.dataset.href;
  if (!href) return;
  sendFeedback(state.query, state.hits[index], index, 'click');
  location.assign(href);
}

function renderHit(hit, index) {
  const li = document.createElement('li');
  li.id = `hit-${index}`;
  li.className = 'hit';
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const href = withHighlight(safeHref(hit.url), state.query);
  li.dataset.href = href ?? '';

  const meta = document.createElement('div');
  meta.className = 'hit-meta';
  const isFaq = hit.type === 'faq';
  meta.append(text('span', isFaq ? 'FAQ' : 'Article', `badge ${isFaq ? 'badge-faq' : 'badge-section'}`));
  if (hit.internal === true) {
    li.classList.add('hit-internal');
    meta.append(text('span', 'Internal', 'badge badge-internal'));
  }
  const crumbs = Array.isArray(hit.breadcrumb) ? hit.breadcrumb.slice(0, -1) : [];
  if (crumbs.length) meta.append(text('span', crumbs.join(' › '), 'hit-crumbs'));
  li.append(meta);

  const title = document.createElement(href ? 'a' : 'span');
  title.className = 'hit-title';
  title.textContent = hit.title ?? '';
  if (href) {
    title.href = href;
    title.tabIndex = -1;
    title.addEventListener('click', () => sendFeedback(state.query, hit, index, 'click'));
  }
  li.append(title);

  const snippet = document.createElement('p');
  snippet.className = 'snippet';
  snippet.append(snippetFragment(hit.snippet ?? ''));
  li.append(snippet);

  if (isFaq && typeof hit.id === 'string') {
    const answer = document.createElement('div');
    answer.className = 'answer';
    answer.id = `answer-${index}`;
    answer.hidden = true;
    const toggle = text('button', 'Show answer', 'expand');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', answer.id);
    toggle.addEventListener('click', (event) => {
      event.stopPropagation();
      toggleAnswer(hit, index, toggle, answer);
    });
    li.append(toggle, answer);
  }
  li.addEventListener('click', (event) => {
    if (event.target.closest('a, button, .answer')) return;
    openHit(index);
  });
  li.addEventListener('mousemove', () => { if (state.active !== index) setActive(index); });
  return li;
}

function renderDidYouMean(suggestion, search) {
  didYouMean.replaceChildren();
  didYouMean.hidden = !suggestion || suggestion.toLowerCase() === state.query.toLowerCase();
  if (didYouMean.hidden) return;
  const button = text('button', suggestion, 'link-button');
  button.type = 'button';
  button.addEventListener('click', () => {
    input.value = suggestion;
    search(0);
    input.focus();
  });
  didYouMean.append('Did you mean ', button, '?');
}

function chip(label, count, pressed, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.setAttribute('aria-pressed', String(pressed));
  button.append(text('span', label));
  if (Number.isFinite(count)) button.append(text('span', String(count), 'chip-count'));
  button.addEventListener('click', onClick);
  return button;
}

function renderFilters(facets, search) {
  filters.replaceChildren();
  const typeCounts = facets?.type ?? {};
  const types = [[null, 'All'], ['faq', 'FAQ'], ['section', 'Articles']];
  for (const [type, label] of types) {
    const count = type ? typeCounts[type] : undefined;
    if (type && facets?.type && !count && state.type !== type) continue;
    filters.append(chip(label, count, state.type === type, () => {
      state.type = state.type === type ? null : type;
      search(0);
    }));
  }
  const tagCounts = facets?.tags && typeof facets.tags === 'object' ? facets.tags : {};
  const tags = Object.entries(tagCounts).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([tag]) => tag);
  for (const tag of state.tags) if (!tags.includes(tag)) tags.push(tag);
  if (tags.length) filters.append(text('span', 'Topics', 'filter-label'));
  for (const tag of tags) {
    filters.append(chip(tag, tagCounts[tag], state.tags.has(tag), () => {
      if (state.tags.has(tag)) state.tags.delete(tag); else state.tags.add(tag);
      search(0);
    }));
  }
  filters.hidden = false;
}

function renderEmpty(isEmpty, search) {
  empty.hidden = !isEmpty;
  if (!isEmpty) return;
  empty.replaceChildren(
    text('h2', `No results for “${state.query}”`),
    text('p', 'Try different or fewer words, check the spelling, or describe the problem instead of its name.'));
  if (state.type || state.tags.size) {
    const clear = text('button', 'Search without filters', 'link-button');
    clear.type = 'button';
    clear.addEventListener('click', () => {
      state.type = null;
      state.tags.clear();
      search(0);
    });
    empty.append(clear);
  }
}
