// The keyboard: in the box, the arrows walk the completions (the combobox's listbox) and then go on into the hits,
// Enter picks a completion or searches, Escape closes the completions and then clears the box. In the hits, the
// arrows move between the hit links, Enter opens one (it is a link), and Escape comes back to the box with the
// search kept. "/" anywhere else puts the cursor in the box.
import { input, results, suggestions } from './dom.js';
import { focusHit, focusedHit, hitLinks } from './selection.js';
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
        else if (hitLinks().length) {
          // Past the last completion, the arrow walks on into the results.
          closeSuggestions();
          focusHit(0);
        }
        break;
      case 'ArrowUp':
        if (suggesting) {
          event.preventDefault();
          setSuggestActive(Math.max(state.suggestActive - 1, -1));
        }
        break;
      case 'Enter':
        event.preventDefault();
        if (suggesting && state.suggestActive >= 0) pickSuggestion(state.suggestActive, search);
        else {
          closeSuggestions();
          search(0);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (suggesting) closeSuggestions();
        else if (input.value) {
          input.value = '';
          search(0);
        }
        break;
      default:
    }
  });
  results.addEventListener('keydown', (event) => {
    const at = focusedHit();
    if (at < 0) return; // keys in an opened answer or on its buttons keep their usual meaning
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusHit(event.key === 'ArrowDown' ? Math.min(at + 1, hitLinks().length - 1) : at - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !event.target.closest?.('input, textarea')) {
      event.preventDefault();
      input.focus();
    }
  });
}
