/*
 * faq-index search widget. Embed with:
 *   <script src="https://help.example.com/widget.js" data-placeholder="Search help" data-limit="5" async></script>
 * It draws a search box (in a shadow root, so the host page's styles do not leak in) where the script tag is, or
 * inside the element matched by data-target, and calls the API at the script's own origin. That origin must list
 * the host page's origin with --allow-origin. Optional: data-label (what screen readers call the box), data-theme
 * ("light" or "dark"; by default the reader's color scheme), data-link-target="blank" (open hits in a new tab).
 *
 * This file is an ES module in the source; the server serves it as one classic script with the modules it imports
 * bundled in (web/ScriptBundle), so a host page needs no module support and no second request.
 */
import { snippetFragment } from './assets/snippets.js';

const script = document.currentScript;
if (script && script.src) mount(script);

/** Draws the widget for the script tag `script` and wires it to the API at the script's origin. */
function mount(script) {
  const origin = new URL(script.src).origin;
  const settings = script.dataset;
  const limit = Math.min(Math.max(parseInt(settings.limit || '5', 10) || 5, 1), 10);
  // Anonymous, per page view, never stored: lets the analytics count a run of as-you-type searches once.
  const session = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  const LIGHT = `--ink: #1b2230; --ink-soft: #4a5568; --muted: #5b6474; --line: #e3e7ee; --field-line: #8a93a6;
    --card: #fff; --brand: #2f5bea; --answer-bg: #f5f8ff; --mark: #fff1a8; --shadow: rgba(16, 24, 40, .14);`;
  const DARK = `--ink: #e6e9ef; --ink-soft: #c3c9d4; --muted: #a3abb9; --line: #343b4a; --field-line: #6f7a8f;
    --card: #1b2029; --brand: #8ab4ff; --answer-bg: #1a2440; --mark: #5c4d00; --shadow: rgba(0, 0, 0, .5);`;
  // Colors follow the reader's light or dark scheme unless the host page fixes one with data-theme; every pair
  // meets WCAG 2.1 AA contrast in both.
  const CSS = `
    :host { all: initial; display: block; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Arial, sans-serif;
      color-scheme: light; ${LIGHT} color: var(--ink); }
    @media (prefers-color-scheme: dark) { :host(:not([data-theme="light"])) { color-scheme: dark; ${DARK} } }
    :host([data-theme="dark"]) { color-scheme: dark; ${DARK} }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
    .box { position: relative; max-width: 560px; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 16px; padding: 11px 14px; color: var(--ink);
      border: 1px solid var(--field-line); border-radius: 10px; background: var(--card); }
    :focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; }
    input:focus-visible { outline-offset: 1px; }
    .panel { margin: 6px 0 0; padding: 6px; background: var(--card); color: var(--ink); border: 1px solid var(--line);
      border-radius: 10px; box-shadow: 0 12px 32px var(--shadow); }
    [hidden] { display: none !important; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 8px 10px; border-radius: 8px; }
    a { color: var(--ink); font-weight: 600; text-decoration: none; }
    a:hover, a:focus-visible { color: var(--brand); text-decoration: underline; }
    .snippet { margin: 2px 0 0; font-size: 14px; color: var(--ink-soft); }
    .crumbs { display: block; font-size: 12px; color: var(--muted); }
    .note { margin: 0; padding: 8px 10px; color: var(--ink-soft); font-size: 14px; }
    .answer { padding: 10px; margin-bottom: 4px; border-left: 3px solid var(--brand); background: var(--answer-bg);
      border-radius: 8px; }
    .answer a { color: var(--brand); }
    .answer-label { display: block; margin: 0; font-size: 15px; font-weight: 700; font-variant-caps: all-small-caps; color: var(--brand); }
    .answer .snippet { font-size: 15px; color: var(--ink); }
    mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  function link(url, query) {
    if (typeof url !== 'string') return null;
    let target;
    try { target = new URL(url, origin); } catch (e) { return null; }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return null;
    if (target.origin === origin && target.pathname.startsWith('/articles/')) target.searchParams.set('q', query);
    return target.href;
  }

  const host = document.createElement('div');
  host.className = 'faq-index-widget';
  if (settings.theme === 'light' || settings.theme === 'dark') host.dataset.theme = settings.theme;
  const place = settings.target ? document.querySelector(settings.target) : null;
  if (place) place.append(host); else script.after(host);
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }

  // A search landmark holding a search box, a live status line, and a panel of plain links: the answer's link and
  // the hits' links, which the arrow keys walk (WAI-ARIA allows no links inside a combobox's options).
  const uid = `faqw-${Math.random().toString(36).slice(2, 8)}`;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'search');
  box.setAttribute('aria-label', settings.label || 'Help articles');
  const input = document.createElement('input');
  input.type = 'search';
  input.placeholder = settings.placeholder || 'Search help articles';
  input.setAttribute('aria-label', settings.label || input.placeholder);
  input.setAttribute('aria-controls', `${uid}-panel`);
  input.setAttribute('aria-describedby', `${uid}-help`);
  input.autocomplete = 'off';
  const help = document.createElement('span');
  help.id = `${uid}-help`;
  help.className = 'visually-hidden';
  help.textContent = 'Results appear below as you type. Down arrow moves to them, Escape comes back.';
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  const panel = document.createElement('div');
  panel.id = `${uid}-panel`;
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Search results');
  panel.hidden = true;
  box.append(input, help, status, panel);
  root.append(box);

  let seq = 0;
  let controller = null;
  let timer = 0;

  /** Shows `children` in the panel (none: closes it) and says `message` in the status line. */
  function show(children, message) {
    panel.replaceChildren(...children);
    panel.hidden = children.length === 0;
    status.textContent = message;
  }

  function note(message) {
    return Object.assign(document.createElement('p'), { className: 'note', textContent: message });
  }

  function openLink(a, href) {
    a.href = href;
    a.target = settings.linkTarget === 'blank' ? '_blank' : '_top';
    if (a.target === '_blank') a.rel = 'noopener';
  }

  // The quick answer: the sentence or two of the best hit that answer the question, above the hits.
  function answerBlock(answer, query, source) {
    const block = document.createElement('div');
    block.className = 'answer';
    block.append(Object.assign(document.createElement('p'), { className: 'answer-label', textContent: 'Answer' }));
    const p = document.createElement('p');
    p.className = 'snippet';
    p.append(snippetFragment(typeof answer.html === 'string' ? answer.html : ''));
    block.append(p);
    const href = link(answer.url, query);
    if (href) {
      const a = document.createElement('a');
      openLink(a, href);
      a.textContent = source?.title ? `Read more: ${source.title}` : 'Read more';
      block.append(a);
    }
    return block;
  }

  function hitList(hits, query) {
    const ul = document.createElement('ul');
    hits.forEach((hit, i) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      const href = link(hit.url, query);
      if (href) openLink(a, href);
      a.textContent = hit.title || '';
      a.addEventListener('click', () => feedback(query, hit, i));
      const p = document.createElement('p');
      p.className = 'snippet';
      p.append(snippetFragment(hit.snippet));
      // Where the hit sits: its article's title and the headings above it, so "Delete a list" says whose list.
      const crumbs = Array.isArray(hit.breadcrumb) ? hit.breadcrumb.slice(0, -1) : [];
      if (crumbs.length) {
        const where = document.createElement('span');
        where.className = 'crumbs';
        where.textContent = crumbs.join(' › ');
        li.append(where);
      }
      li.append(a, p);
      ul.append(li);
    });
    return ul;
  }

  async function search() {
    const query = input.value.trim();
    const mine = ++seq;
    if (controller) controller.abort();
    if (!query) { show([], ''); return; }
    controller = new AbortController();
    try {
      const params = new URLSearchParams({ q: query, limit: String(limit), session });
      const response = await fetch(`${origin}/api/search?${params}`, { signal: controller.signal, credentials: 'omit' });
      const data = await response.json();
      if (mine !== seq) return;
      if (!response.ok) { show([note('Search is unavailable right now.')], 'Search is unavailable right now.'); return; }
      const hits = Array.isArray(data.hits) ? data.hits : [];
      const answer = data.answer && typeof data.answer === 'object' ? data.answer : null;
      if (!hits.length) { show([note(`No results for “${query}”`)], `No results for “${query}”.`); return; }
      const count = `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`;
      const none = 'No direct answer found. These are the closest matches.';
      const first = answer ? answerBlock(answer, query, hits.find((hit) => hit.id === answer.id)) : note(none);
      show([first, hitList(hits, query)], answer ? `${count}. An answer is shown first.` : `${count}. ${none}`);
    } catch (error) {
      if (error.name !== 'AbortError' && mine === seq) {
        show([note('Search is unavailable right now.')], 'Search is unavailable right now.');
      }
    }
  }

  // A click, for the analytics: JSON as application/json (the server takes no other), so across origins the browser
  // asks the server first (a CORS preflight); keepalive lets it finish while the page navigates to the article.
  function feedback(query, hit, i) {
    if (typeof hit.id !== 'string') return;
    fetch(`${origin}/api/feedback`, {
      method: 'POST', keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, id: hit.id, position: i + 1 }),
    }).catch(() => {});
  }

  /** Moves the focus among the panel's links: `i` below 0 is the box. */
  function focusLink(i) {
    const links = [...panel.querySelectorAll('a[href]')];
    if (i < 0 || !links.length) input.focus();
    else links[Math.min(i, links.length - 1)].focus();
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) { event.preventDefault(); focusLink(0); }
    else if (event.key === 'Enter') { event.preventDefault(); clearTimeout(timer); search(); }
    else if (event.key === 'Escape') {
      if (!panel.hidden) show([], ''); else input.value = '';
    }
  });
  panel.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll('a[href]')];
    const at = links.indexOf(root.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusLink(event.key === 'ArrowDown' ? at + 1 : at - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
