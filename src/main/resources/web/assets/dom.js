// The search page's elements, looked up once (a module runs after the document is parsed), and a helper to make
// elements holding text.

export const input = document.getElementById('q');
export const form = document.getElementById('search-form');
export const results = document.getElementById('results');
export const suggestions = document.getElementById('suggestions');
export const statusLine = document.getElementById('status');
export const didYouMean = document.getElementById('did-you-mean');
export const filters = document.getElementById('filters');
export const empty = document.getElementById('empty');
export const intro = document.getElementById('intro');
export const more = document.getElementById('more');
export const quickAnswer = document.getElementById('quick-answer');

/** A new element holding `content` as text. */
export function text(tag, content, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = content;
  return el;
}
