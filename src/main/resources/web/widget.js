/*
 * faq-index search widget. Embed with:
 *   <script src="https://help.example.com/widget.js" data-placeholder="Search help" data-limit="5" async></script>
 * It draws a search box (in a shadow root, so the host page's styles do not leak in) where the script tag is, or
 * inside the element matched by data-target, and calls the API at the script's own origin. That origin must list
 * the host page's origin with --allow-origin.
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
  const CSS = `
    :host { all: initial; display: block; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Arial, sans-serif; color: #1b2230; }
    .box { position: relative; max-width: 560px; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 16px; padding: 11px 14px; color: inherit;
      border: 1px solid #cfd6e3; border-radius: 10px; background: #fff; }
    input:focus { outline: none; border-color: #2f5bea; box-shadow: 0 0 0 3px rgba(47, 91, 234, .3); }
    ul { list-style: none; margin: 6px 0 0; padding: 6px; background: #fff; border: 1px solid #e3e7ee; border-radius: 10px;
      box-shadow: 0 12px 32px rgba(16, 24, 40, .14); }
    ul[hidden] { display: none; }
    li { padding: 8px 10px; border-radius: 8px; }
    li[aria-selected="true"] { background: #eaf0ff; }
    a { display: block; color: #1b2230; text-decoration: none; font-weight: 600; }
    a:focus-visible { outline: 2px solid #2f5bea; }
    .snippet { margin: 2px 0 0; font-size: 14px; color: #4a5568; }
    .crumbs { display: block; font-size: 12px; color: #6b7385; }
    .note { padding: 8px 10px; color: #6b7385; font-size: 14px; }
    .answer { padding: 10px; margin-bottom: 4px; border-left: 3px solid #2f5bea; background: #f5f8ff; border-radius: 8px; }
    .answer-label { display: block; font-size: 12px; font-weight: 700; text-transform: uppercase; color: #2f5bea; }
    .answer .snippet { font-size: 15px; color: #1b2230; }
    mark { background: #fff1a8; color: inherit; border-radius: 3px; padding: 0 2px; }
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

  const uid = `faqw-${Math.random().toString(36).slice(2, 8)}`;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'search');
  const input = document.createElement('input');
  input.type = 'search';
  input.placeholder = settings.placeholder || 'Search help articles';
  input.setAttribute('aria-label', settings.label || input.placeholder);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${uid}-list`);
  input.autocomplete = 'off';
  const list = document.createElement('ul');
  list.id = `${uid}-list`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  box.append(input, list);
  root.append(box);

  let seq = 0;
  let controller = null;
  let timer = 0;
  let active = -1;

  function show(children) {
    list.replaceChildren(...children);
    list.hidden = children.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(-1);
  }

  function note(message) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = message;
    return li;
  }

  // The quick answer: the sentence or two of the best hit that answer the question, above the hits.
  function answerRow(answer, query) {
    const li = document.createElement('li');
    li.className = 'answer';
    li.append(Object.assign(document.createElement('span'), { className: 'answer-label', textContent: 'Answer' }));
    const p = document.createElement('p');
    p.className = 'snippet';
    p.append(snippetFragment(typeof answer.html === 'string' ? answer.html : ''));
    li.append(p);
    const href = link(answer.url, query);
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.target = settings.linkTarget === 'blank' ? '_blank' : '_top';
      if (a.target === '_blank') a.rel = 'noopener';
      a.textContent = 'Read more';
      li.append(a);
    }
    return li;
  }

  function setActive(i) {
    const options = [...list.querySelectorAll('[role="option"]')];
    active = options.length ? Math.max(-1, Math.min(i, options.length - 1)) : -1;
    options.forEach((li, n) => li.setAttribute('aria-selected', String(n === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', options[active].id);
    else input.removeAttribute('aria-activedescendant');
  }

  async function search() {
    const query = input.value.trim();
    const mine = ++seq;
    if (controller) controller.abort();
    if (!query) { show([]); return; }
    controller = new AbortController();
    try {
      const params = new URLSearchParams({ q: query, limit: String(limit), session });
      const response = await fetch(`${origin}/api/search?${params}`, { signal: controller.signal, credentials: 'omit' });
      const data = await response.json();
      if (mine !== seq) return;
      const hits = response.ok && Array.isArray(data.hits) ? data.hits : [];
      const answer = response.ok && data.answer && typeof data.answer === 'object' ? data.answer : null;
      const rows = hits.length ? hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `${uid}-${i}`;
        li.setAttribute('role', 'option');
        const a = document.createElement('a');
        const href = link(hit.url, query);
        if (href) a.href = href;
        a.target = settings.linkTarget === 'blank' ? '_blank' : '_top';
        if (a.target === '_blank') a.rel = 'noopener';
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
        return li;
      }) : [note(response.ok ? `No results for “${query}”` : 'Search is unavailable right now.')];
      if (answer) rows.unshift(answerRow(answer, query));
      else if (hits.length) rows.unshift(note('No direct answer found. These are the closest matches.'));
      show(rows);
    } catch (error) {
      if (error.name !== 'AbortError' && mine === seq) show([note('Search is unavailable right now.')]);
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

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 150); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive(active + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive(active - 1); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      const a = active >= 0 ? list.querySelectorAll('[role="option"]')[active].querySelector('a') : null;
      if (a && a.href) a.click(); else { clearTimeout(timer); search(); }
    } else if (event.key === 'Escape') {
      if (!list.hidden) show([]); else input.value = '';
    }
  });
}
