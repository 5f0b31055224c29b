// What the search page shows and where the reader is in it, mirrored in the address bar (?q=, type=, tags=).
import { input } from './dom.js';

export const state = {
  query: '',
  type: null,
  tags: new Set(),
  hits: [],
  total: 0,
  suggest: [],
  suggestActive: -1,
  suggestAvailable: true,
};

/** Fills the box and the filters from the address bar. */
export function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type');
  state.type = type === 'faq' || type === 'section' ? type : null;
  state.tags = new Set(params.getAll('tags').filter(Boolean));
}

/** Puts the query and the filters in the address bar, without a new history entry. */
export function writeUrl() {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  for (const tag of state.tags) params.append('tags', tag);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}
