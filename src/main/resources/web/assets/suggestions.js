// Autocomplete: the completions list under the box, its active item, and picking one.
import { input, suggestions, text } from './dom.js';
import { safeHref, withHighlight } from './links.js';
import { updateExpanded } from './selection.js';
import { snippetFragment } from './snippets.js';
import { state } from './state.js';

/** Shows `items` (from /api/suggest); a click on one picks it. */
export function showSuggestions(items, search) {
  state.suggest = items.filter((item) => typeof item?.text === 'string');
  state.suggestActive = -1;
  suggestions.replaceChildren();
  state.suggest.forEach((item, i) => {
    const li = document.createElement('li');
    li.id = `suggestion-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    // One span for the text: the row is a flex box, and loose text nodes and marks would each become an item.
    const words = document.createElement('span');
    words.append(typeof item.html === 'string' ? snippetFragment(item.html) : document.createTextNode(item.text));
    li.append(words);
    if (item.type === 'faq') li.append(text('span', 'FAQ', 'badge badge-faq'));
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pickSuggestion(i, search);
    });
    suggestions.append(li);
  });
  suggestions.hidden = state.suggest.length === 0;
  input.removeAttribute('aria-activedescendant');
  updateExpanded();
}

export function closeSuggestions() {
  state.suggest = [];
  state.suggestActive = -1;
  suggestions.hidden = true;
  suggestions.replaceChildren();
  input.removeAttribute('aria-activedescendant');
  updateExpanded();
}

/** Opens the completion's page when it has one, else searches for its text. */
export function pickSuggestion(i, search) {
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

export function setSuggestActive(i) {
  state.suggestActive = i;
  [...suggestions.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
  if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`);
  else input.removeAttribute('aria-activedescendant');
}
