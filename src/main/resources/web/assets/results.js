// The results area: hits with their snippets and badges, "did you mean", filter chips, the empty state, and the
// intro and status lines around them. The status line is a polite live region: it tells screen readers how many
// results came, whether there is a direct answer, and what "did you mean" offers, once per search.
import { toggleAnswer } from './answers.js';
import { sendFeedback } from './api.js';
import { didYouMean, empty, filters, input, intro, more, results, statusLine, text } from './dom.js';
import { safeHref, withHighlight } from './links.js';
import { focusHit, updateExpanded } from './selection.js';
import { snippetFragment } from './snippets.js';
import { closeSuggestions } from './suggestions.js';
import { hideQuickAnswer, renderQuickAnswer } from './quick-answer.js';
import { state } from './state.js';

/** The page with no query: search tips instead of results. */
export function showIntro() {
  state.hits = [];
  state.total = 0;
  results.replaceChildren();
  statusLine.replaceChildren();
  didYouMean.hidden = true;
  empty.hidden = true;
  more.hidden = true;
  filters.hidden = true;
  intro.hidden = false;
  hideQuickAnswer();
  closeSuggestions();
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
    renderQuickAnswer(data);
  }
  hits.forEach((hit, i) => results.append(renderHit(hit, offset + i)));
  more.hidden = data.hasMore !== true || hits.length === 0; // the server knows whether another page has results
  const suggestion = typeof data.suggestion === 'string' ? data.suggestion.trim() : '';
  renderDidYouMean(suggestion, search);
  renderFilters(data.facets, search);
  renderEmpty(state.total === 0, search);
  announce(data, offset, hits.length, didYouMean.hidden ? '' : suggestion);
  // "Show more results" hands the keyboard to the first of the hits it brought, where reading goes on.
  if (offset > 0 && hits.length) focusHit(offset);
  updateExpanded();
}

/** The status line: the count for everyone; for screen readers also the answer and "did you mean", timing left out. */
function announce(data, offset, added, suggestion) {
  const count = `${state.total} ${state.total === 1 ? 'result' : 'results'}`;
  const parts = [];
  if (offset > 0) {
    parts.push(text('span', `Showing ${state.hits.length} of ${count} for “${state.query}”`));
  } else if (state.total === 0) {
    parts.push(text('span', `No results for “${state.query}”`));
  } else {
    parts.push(text('span', `${count} for “${state.query}”`));
    const answered = data.answer && typeof data.answer === 'object';
    parts.push(text('span', answered ? '. An answer is shown above the results'
      : '. No direct answer found; these are the closest matches', 'visually-hidden'));
  }
  if (suggestion) parts.push(text('span', `. Did you mean “${suggestion}”?`, 'visually-hidden'));
  if (Number.isFinite(data.tookMs) && added > 0) {
    const took = text('span', ` · ${data.tookMs} ms`);
    took.setAttribute('aria-hidden', 'true');
    parts.push(took);
  }
  statusLine.replaceChildren(...parts);
}

function renderHit(hit, index) {
  const li = document.createElement('li');
  li.id = `hit-${index}`;
  li.className = 'hit';
  const href = withHighlight(safeHref(hit.url), state.query);

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

  // The title is a heading (screen readers jump between hits by heading) holding the hit's one link.
  const heading = document.createElement('h3');
  heading.className = 'hit-title';
  heading.id = `hit-${index}-title`;
  if (href) {
    const link = text('a', hit.title ?? '');
    link.href = href;
    link.addEventListener('click', () => sendFeedback(state.query, hit, index, 'click'));
    heading.append(link);
  } else {
    heading.textContent = hit.title ?? '';
  }
  li.append(heading, meta);

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
    toggle.setAttribute('aria-describedby', heading.id); // "Show answer", to which question
    toggle.addEventListener('click', (event) => {
      event.stopPropagation();
      toggleAnswer(hit, index, toggle, answer);
    });
    li.append(toggle, answer);
  }
  // A click anywhere on the card opens it too, for the mouse; the keyboard and screen readers use its link.
  li.addEventListener('click', (event) => {
    if (event.target.closest('a, button, .answer') || getSelection()?.toString()) return;
    li.querySelector('.hit-title a')?.click();
  });
  return li;
}

function renderDidYouMean(suggestion, search) {
  didYouMean.replaceChildren();
  didYouMean.hidden = !suggestion || suggestion.toLowerCase() === state.query.toLowerCase();
  if (didYouMean.hidden) return;
  // A real link (it works without the script too); its name says what following it does.
  const link = text('a', suggestion, 'did-you-mean-link');
  link.href = `/?q=${encodeURIComponent(suggestion)}`;
  link.setAttribute('aria-label', `Search for “${suggestion}” instead`);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = suggestion;
    search(0);
    input.focus(); // the status line then reads out the new results
  });
  didYouMean.append('Did you mean ', link, '?');
}

function chip(key, label, count, pressed, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.dataset.key = key;
  button.setAttribute('aria-pressed', String(pressed));
  button.append(text('span', label));
  if (Number.isFinite(count)) button.append(text('span', String(count), 'chip-count'));
  button.addEventListener('click', onClick);
  return button;
}

function renderFilters(facets, search) {
  // The chips are drawn anew for each search: the one pressed keeps the focus.
  const focusedKey = document.activeElement?.closest?.('#filters .chip')?.dataset.key;
  filters.replaceChildren();
  const typeCounts = facets?.type ?? {};
  const types = [[null, 'All'], ['faq', 'FAQ'], ['section', 'Articles']];
  for (const [type, label] of types) {
    const count = type ? typeCounts[type] : undefined;
    if (type && facets?.type && !count && state.type !== type) continue;
    filters.append(chip(`type:${type ?? 'all'}`, label, count, state.type === type, () => {
      state.type = state.type === type ? null : type;
      search(0);
    }));
  }
  const tagCounts = facets?.tags && typeof facets.tags === 'object' ? facets.tags : {};
  const tags = Object.entries(tagCounts).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([tag]) => tag);
  for (const tag of state.tags) if (!tags.includes(tag)) tags.push(tag);
  if (tags.length) filters.append(text('span', 'Topics', 'filter-label'));
  for (const tag of tags) {
    filters.append(chip(`tag:${tag}`, tag, tagCounts[tag], state.tags.has(tag), () => {
      if (state.tags.has(tag)) state.tags.delete(tag); else state.tags.add(tag);
      search(0);
    }));
  }
  filters.hidden = false;
  if (focusedKey) [...filters.querySelectorAll('.chip')].find((c) => c.dataset.key === focusedKey)?.focus();
}

function renderEmpty(isEmpty, search) {
  empty.hidden = !isEmpty;
  if (!isEmpty) return;
  empty.replaceChildren(
    text('h3', `No results for “${state.query}”`),
    text('p', 'Try different or fewer words, check the spelling, or describe the problem instead of its name.'));
  if (state.type || state.tags.size) {
    const clear = text('button', 'Search without filters', 'link-button');
    clear.type = 'button';
    clear.addEventListener('click', () => {
      state.type = null;
      state.tags.clear();
      search(0);
      input.focus();
    });
    empty.append(clear);
  }
}
