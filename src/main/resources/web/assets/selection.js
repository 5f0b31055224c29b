// Where the keyboard is among the hits, and whether the combobox's list (the completions) is expanded. The hits are
// a plain list of links, not options of the combobox (WAI-ARIA's combobox pattern allows no links inside options):
// the arrow keys move the real focus from the box to the hit links and back.
import { input, results, suggestions } from './dom.js';

/** The hits' title links, in order: the stops of the arrow keys. */
export function hitLinks() {
  return [...results.querySelectorAll('.hit-title a')];
}

/** Focuses hit link `i` (clamped to the list); below 0, the search box. Returns false when there are no hits. */
export function focusHit(i) {
  const links = hitLinks();
  if (i < 0 || links.length === 0) {
    input.focus();
    return links.length > 0;
  }
  const link = links[Math.min(i, links.length - 1)];
  link.focus();
  link.closest('.hit')?.scrollIntoView({ block: 'nearest' });
  return true;
}

/** The index of the hit link that has the focus, or -1. */
export function focusedHit() {
  return hitLinks().indexOf(document.activeElement);
}

/** Tells assistive technology whether the combobox's list of completions is showing. */
export function updateExpanded() {
  input.setAttribute('aria-expanded', String(!suggestions.hidden));
}
