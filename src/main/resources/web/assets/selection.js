// Which option the combobox points at: the active hit (arrow keys, mouse), and whether its lists are expanded.
import { input, results, suggestions } from './dom.js';
import { state } from './state.js';

/** Makes hit `i` the active one (-1 for none), scrolled into view and announced. */
export function setActive(i) {
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

/** Tells assistive technology whether a list (completions or hits) is showing. */
export function updateExpanded() {
  const open = !suggestions.hidden || results.children.length > 0;
  input.setAttribute('aria-expanded', String(open));
}
