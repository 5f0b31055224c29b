// The search page: search-as-you-type with stale responses dropped, autocomplete from /api/suggest when the
// server has it, filter chips, "did you mean", FAQ answers expanding in place, and combobox keyboard navigation.
import { renderBody, safeHref, snippetFragment, withHighlight } from './snippets.js';

const DEBOUNCE_MS = 140;
const PAGE = 10;
// An anonymous id for this page view, never stored: lets the analytics count a run of as-you-type searches once.
const SESSION = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

const input = document.getElementById('q');
const form = document.getElementById('search-form');
const results = document.getElementById('results');
const suggestions = document.getElementById('suggestions');
const statusLine = document.getElementById('status');
const didYouMean = document.getElementById('did-you-mean');
const filters = document.getElementById('filters');
const empty = document.getElementById('empty');
const intro = document.getElementById('intro');
const more = document.getElementById('more');

const state = {
  query: '',
  type: null,
  tags: new Set(),
  hits: [],
  total: 0,
  active: -1,
  suggest: [],
  suggestActive: -1,
  suggestAvailable: true,
};

let searchSeq = 0;
let searchAbort = null;
let suggestSeq = 0;
let suggestAbort = null;
let timer = 0;

function text(tag, content, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = content;
  return el;
}

// ---- URL ----------------------------------------------------------------------------------------------------

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type');
  state.type = type === 'faq' || type === 'section' ? type : null;
  state.tags = new Set(params.getAll('tags').filter(Boolean));
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  for (const tag of state.tags) params.append('tags', tag);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

// ---- searching ----------------------------------------------------------------------------------------------

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    search(0);
    suggest();
  }, DEBOUNCE_MS);
}

async function search(offset) {
  clearTimeout(timer);
  const query = input.value.trim();
  state.query = query;
  writeUrl();
  searchAbort?.abort();
  const seq = ++searchSeq;
  if (!query) {
    searchAbort = null;
    showIntro();
    return;
  }
  searchAbort = new AbortController();
  const params = new URLSearchParams({ q: query, limit: String(PAGE), offset: String(offset), session: SESSION });
  if (state.type) params.set('type', state.type);
  for (const tag of state.tags) params.append('tags', tag);
  document.body.classList.add('loading');
  try {
    const response = await fetch(`/api/search?${params}`, { signal: searchAbort.signal });
    const data = await response.json();
    if (seq !== searchSeq) return; // a newer search has started: drop this answer
    if (!response.ok) {
      showError(data?.error ?? `The search failed (${response.status}).`);
      return;
    }
    showResults(data, offset);
  } catch (error) {
    if (error.name !== 'AbortError' && seq === searchSeq) showError('The search service could not be reached.');
  } finally {
    if (seq === searchSeq) document.body.classList.remove('loading');
  }
}

async function suggest() {
  const query = input.value.trim();
  suggestAbort?.abort();
  const seq = ++suggestSeq;
  if (!query || !state.suggestAvailable) {
    closeSuggestions();
    return;
  }
  suggestAbort = new AbortController();
  try {
    const response = await fetch(`/api/suggest?${new URLSearchParams({ q: query, limit: '6' })}`,
      { signal: suggestAbort.signal });
    if (response.status === 404) {
      state.suggestAvailable = false; // this server has no autocomplete
      closeSuggestions();
      return;
    }
    const data = response.ok ? await response.json() : null;
    if (seq !== suggestSeq || document.activeElement !== input) return;
    showSuggestions(Array.isArray(data?.suggestions) ? data.suggestions : []);
  } catch (error) {
    if (error.name !== 'AbortError') closeSuggestions();
  }
}

// ---- rendering ----------------------------------------------------------------------------------------------

function showIntro() {
  state.hits = [];
  state.total = 0;
  results.replaceChildren();
  statusLine.textContent = '';
  didYouMean.hidden = true;
  empty.hidden = true;
  more.hidden = true;
  filters.hidden = true;
  intro.hidden = false;
  closeSuggestions();
  setActive(-1);
  updateExpanded();
}

function showError(message) {
  showIntro();
  intro.hidden = true;
  statusLine.textContent = message;
}

function showResults(data, offset) {
  const hits = Array.isArray(data.hits) ? data.hits : [];
  state.hits = offset === 0 ? hits : state.hits.concat(hits);
  state.total = Number(data.total) || 0;
  intro.hidden = true;
  if (offset === 0) {
    results.replaceChildren();
    setActive(-1);
  }
  hits.forEach((hit, i) => results.append(renderHit(hit, offset + i)));
  const took = Number.isFinite(data.tookMs) ? ` · ${data.tookMs} ms` : '';
  statusLine.textContent = state.total === 0 ? ''
    : `${state.total} ${state.total === 1 ? 'result' : 'results'} for “${state.query}”${took}`;
  more.hidden = state.hits.length >= state.total || hits.length === 0;
  renderDidYouMean(typeof data.suggestion === 'string' ? data.suggestion.trim() : '');
  renderFilters(data.facets);
  renderEmpty(state.total === 0);
  updateExpanded();
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
  const crumbs = Array.isArray(hit.breadcrumb) ? hit.breadcrumb.slice(0, -1) : [];
  if (crumbs.length) meta.append(text('span', crumbs.join(' › '), 'hit-crumbs'));
  li.append(meta);

  const title = document.createElement(href ? 'a' : 'span');
  title.className = 'hit-title';
  title.textContent = hit.title ?? '';
  if (href) {
    title.href = href;
    title.tabIndex = -1;
    title.addEventListener('click', () => sendFeedback(hit, index, 'click'));
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
    open(index);
  });
  li.addEventListener('mousemove', () => { if (state.active !== index) setActive(index); });
  return li;
}

async function toggleAnswer(hit, index, toggle, answer) {
  const opening = answer.hidden;
  answer.hidden = !opening;
  toggle.setAttribute('aria-expanded', String(opening));
  toggle.textContent = opening ? 'Hide answer' : 'Show answer';
  if (!opening || answer.dataset.loaded) return;
  sendFeedback(hit, index, 'click'); // reading the answer in place is opening the hit
  answer.replaceChildren(text('p', 'Loading…', 'muted'));
  try {
    const response = await fetch(`/api/chunks/${encodeURIComponent(hit.id)}`);
    if (!response.ok) throw new Error(String(response.status));
    const chunk = await response.json();
    answer.replaceChildren();
    renderBody(chunk.text ?? '', answer);
    answer.append(helpfulQuestion(hit, index));
    answer.dataset.loaded = 'true';
  } catch {
    answer.replaceChildren(text('p', 'The answer could not be loaded. Open the article instead.', 'muted'));
  }
}

// ---- Feedback for the analytics --------------------------------------------------------------------------

// Tells the server a hit was opened or judged; sendBeacon survives the page being left for the article.
function sendFeedback(hit, index, kind) {
  if (typeof hit?.id !== 'string' || !state.query) return;
  const body = JSON.stringify({ query: state.query, id: hit.id, position: index + 1, kind });
  if (!navigator.sendBeacon?.('/api/feedback', body)) {
    fetch('/api/feedback', { method: 'POST', body, keepalive: true }).catch(() => {});
  }
}

function helpfulQuestion(hit, index) {
  const box = document.createElement('div');
  box.className = 'helpful';
  box.append(text('span', 'Did this answer your question?'));
  for (const [label, kind] of [['Yes', 'helpful'], ['No', 'unhelpful']]) {
    const button = text('button', label, 'link-button');
    button.type = 'button';
    button.dataset.kind = kind;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      sendFeedback(hit, index, kind);
      box.replaceChildren(text('span', 'Thank you for telling us.', 'muted'));
    });
    box.append(' ', button);
  }
  return box;
}

function renderDidYouMean(suggestion) {
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

function renderFilters(facets) {
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

function renderEmpty(isEmpty) {
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

// ---- autocomplete -------------------------------------------------------------------------------------------

function showSuggestions(items) {
  state.suggest = items.filter((item) => typeof item?.text === 'string');
  state.suggestActive = -1;
  suggestions.replaceChildren();
  state.suggest.forEach((item, i) => {
    const li = document.createElement('li');
    li.id = `suggestion-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.append(typeof item.html === 'string' ? snippetFragment(item.html) : document.createTextNode(item.text));
    if (item.type === 'faq') li.append(text('span', 'FAQ', 'badge badge-faq'));
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pickSuggestion(i);
    });
    suggestions.append(li);
  });
  suggestions.hidden = state.suggest.length === 0;
  input.setAttribute('aria-controls', suggestions.hidden ? 'results' : 'suggestions');
  updateExpanded();
}

function closeSuggestions() {
  state.suggest = [];
  state.suggestActive = -1;
  suggestions.hidden = true;
  suggestions.replaceChildren();
  input.setAttribute('aria-controls', 'results');
  input.removeAttribute('aria-activedescendant');
  updateExpanded();
  if (state.active >= 0) setActive(state.active);
}

function pickSuggestion(i) {
  const item = state.suggest[i];
  const href = safeHref(item?.url);
  if (href) {
    location.assign(withHighlight(href, item.text));
    return;
  }
  input.value = item.text;
  closeSuggestions();
  search(0);
}

function setSuggestActive(i) {
  state.suggestActive = i;
  [...suggestions.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
  if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`);
  else input.removeAttribute('aria-activedescendant');
}

// ---- keyboard -----------------------------------------------------------------------------------------------

function setActive(i) {
  state.active = i;
  [...results.children].forEach((li, n) => {
    li.setAttribute('aria-selected', String(n === i));
    li.classList.toggle('active', n === i);
  });
  if (i >= 0 && results.children[i]) {
    input.setAttribute('aria-activedescendant', results.children[i].id);
    results.children[i].scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function updateExpanded() {
  const open = !suggestions.hidden || results.children.length > 0;
  input.setAttribute('aria-expanded', String(open));
}

function open(index) {
  const href = results.children[index]?.dataset.href;
  if (!href) return;
  sendFeedback(state.hits[index], index, 'click');
  location.assign(href);
}

input.addEventListener('keydown', (event) => {
  const suggesting = !suggestions.hidden;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (suggesting && state.suggestActive < state.suggest.length - 1) setSuggestActive(state.suggestActive + 1);
      else if (state.hits.length) {
        // Past the last completion, the arrow walks on into the results.
        if (suggesting) closeSuggestions();
        setActive(Math.min(state.active + 1, state.hits.length - 1));
      }
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (suggesting) setSuggestActive(Math.max(state.suggestActive - 1, -1));
      else setActive(Math.max(state.active - 1, -1));
      break;
    case 'Enter':
      event.preventDefault();
      if (suggesting && state.suggestActive >= 0) pickSuggestion(state.suggestActive);
      else if (!suggesting && state.active >= 0) open(state.active);
      else {
        closeSuggestions();
        search(0);
      }
      break;
    case 'Escape':
      event.preventDefault();
      if (suggesting) closeSuggestions();
      else if (state.active >= 0) setActive(-1);
      else if (input.value) {
        input.value = '';
        search(0);
      }
      break;
    default:
  }
});

input.addEventListener('input', schedule);
input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) closeSuggestions(); }, 0));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(0);
});
more.addEventListener('click', () => search(state.hits.length));
document.addEventListener('keydown', (event) => {
  if (event.key === '/' && document.activeElement !== input && !event.target.closest?.('input, textarea')) {
    event.preventDefault();
    input.focus();
  }
});

readUrl();
if (input.value.trim()) search(0);
input.focus();
