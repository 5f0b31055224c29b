// The search page: search-as-you-type with stale answers dropped, autocomplete from /api/suggest when the server
// has it, and the keyboard. This module wires the others: api.js fetches, state.js holds the page's state,
// results.js, answers.js and suggestions.js draw, keys.js listens.
import { bindAgentSignIn } from './agent.js';
import { fetchResults, fetchSuggestions, latestOnly } from './api.js';
import { form, input, more } from './dom.js';
import { bindKeys } from './keys.js';
import { showError, showIntro, showResults } from './results.js';
import { readUrl, state, writeUrl } from './state.js';
import { closeSuggestions, showSuggestions } from './suggestions.js';

const DEBOUNCE_MS = 140;
const PAGE = 10;
const SUGGESTIONS = 6;

const searches = latestOnly();
const completions = latestOnly();
let timer = 0;

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    search(0);
    suggest();
  }, DEBOUNCE_MS);
}

/** Searches the box's text from `offset` (0: a new search; more: the next page). */
async function search(offset) {
  clearTimeout(timer);
  const query = input.value.trim();
  state.query = query;
  writeUrl();
  if (!query) {
    searches.cancel();
    showIntro();
    return;
  }
  const request = searches.start();
  document.body.classList.add('loading');
  try {
    const { ok, status, data } = await fetchResults({ query, limit: PAGE, offset, type: state.type, tags: state.tags },
      request.signal);
    if (!request.current()) return; // a newer search has started: drop this answer
    if (!ok) {
      showError(data?.error ?? `The search failed (${status}).`);
      return;
    }
    showResults(data, offset, search);
  } catch (error) {
    if (error.name !== 'AbortError' && request.current()) showError('The search service could not be reached.');
  } finally {
    if (request.current()) document.body.classList.remove('loading');
  }
}

async function suggest() {
  const query = input.value.trim();
  if (!query || !state.suggestAvailable) {
    completions.cancel();
    closeSuggestions();
    return;
  }
  const request = completions.start();
  try {
    const items = await fetchSuggestions(query, SUGGESTIONS, request.signal);
    if (items === null) {
      state.suggestAvailable = false; // this server has no autocomplete
      closeSuggestions();
      return;
    }
    if (!request.current() || document.activeElement !== input) return;
    showSuggestions(items, search);
  } catch (error) {
    if (error.name !== 'AbortError') closeSuggestions();
  }
}

input.addEventListener('input', schedule);
input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) closeSuggestions(); }, 0));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(0);
});
more.addEventListener('click', () => search(state.hits.length));
bindKeys(search);
bindAgentSignIn(() => search(0));

readUrl();
if (input.value.trim()) search(0);
input.focus();
