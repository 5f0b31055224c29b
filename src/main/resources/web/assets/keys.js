// The keyboard: arrows walk the completions and then the hits, Enter picks or opens or searches, Escape closes,
// clears the selection, then clears the box; "/" anywhere else puts the cursor in the box.
import { input, suggestions } from './dom.js';
import { openHit } from './results.js';
import { setActive } from './selection.js';
import { state } from './state.js';
import { closeSuggestions, pickSuggestion, setSuggestActive } from './suggestions.js';

/** Listens for the page's keys; `search` runs a search from an offset. */
export function bindKeys(search) {
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
        if (suggesting && state.suggestActive >= 0) pickSuggestion(state.suggestActive, search);
        else if (!suggesting && state.active >= 0) openHit(state.active);
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
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !event.target.closest?.('input, textarea')) {
      event.preventDefault();
      input.focus();
    }
  });
}
