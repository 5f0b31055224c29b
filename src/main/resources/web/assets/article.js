// Article pages: marks the words of the search that led here (?q= or ?highlight=) by wrapping matching text
// nodes in <mark>, offers the way back to the results, and keeps the header search box filled in.

const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? params.get('highlight') ?? '').slice(0, 200);

// A long article comes in parts: a link into a part other than the first is sent to the part that holds its anchor.
const parts = Number(document.querySelector('article[data-parts]')?.dataset.parts ?? 1);
const target = decodeURIComponent(location.hash.slice(1));
if (parts > 1 && target && !params.has('part') && !document.getElementById(target)) {
  location.replace(`?anchor=${encodeURIComponent(target)}${query ? `&q=${encodeURIComponent(query)}` : ''}`);
}
const OPERATORS = new Set(['and', 'or', 'not']);
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'is', 'it', 'i', 'my', 'do', 'can',
  'and', 'or', 'with', 'while', 'what', 'how', 'when', 'why', 'be', 'are', 'you', 'your', 'at', 'as', 'by']);

/** The query's words worth marking: no excluded words, operators or stop words; crudely stemmed. */
function terms(text) {
  const words = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw || raw.startsWith('-')) continue;
    for (const word of raw.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, ' ').split(/[\s'-]+/)) {
      if (word.length < 2 || OPERATORS.has(word) || STOPWORDS.has(word)) continue;
      words.push(word.length > 4 ? word.replace(/(ing|ed|es|s|ly)$/, '') : word);
    }
  }
  return [...new Set(words)].filter(Boolean);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function markTerms(root, words) {
  if (!words.length) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest('mark, script, style, nav, .tags')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const value = node.nodeValue;
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      fragment.append(document.createTextNode(value.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    fragment.append(document.createTextNode(value.slice(last)));
    node.replaceWith(fragment);
  }
}

function backLink(article) {
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  const back = document.createElement('a');
  back.href = `/?q=${encodeURIComponent(query)}`;
  back.textContent = `← Back to results for “${query}”`;
  bar.append(back);
  article.prepend(bar);
}

const article = document.querySelector('article.article');
if (article && query.trim()) {
  markTerms(article, terms(query));
  backLink(article);
  const box = document.querySelector('.header-search input[name="q"]');
  if (box) box.value = query;
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView({ block: 'start' });
}
