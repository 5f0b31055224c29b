// Turns the server's snippet HTML into DOM nodes without ever parsing it as HTML: the snippet is accepted only
// when it consists of escaped text and <mark>…</mark> pairs; anything else is shown as plain text.

const SAFE = /^(?:[^<>&]|&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});|<mark>|<\/mark>)*$/;
const TOKEN = /<mark>|<\/mark>|[^<]+/g;
const ENTITY = /&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the few entities an escaper produces. */
export function decodeEntities(text) {
  return text.replace(ENTITY, (whole, name) => {
    if (name in NAMED) return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** True when the snippet holds nothing but escaped text and balanced, unnested <mark> elements. */
export function isSafeSnippet(html) {
  if (typeof html !== 'string' || !SAFE.test(html)) return false;
  let open = false;
  for (const [token] of html.matchAll(/<\/?mark>/g)) {
    if ((token === '<mark>') === open) return false;
    open = !open;
  }
  return !open;
}

/** A fragment for the snippet: text nodes and <mark> elements built one by one. */
export function snippetFragment(html) {
  const fragment = document.createDocumentFragment();
  if (!isSafeSnippet(html)) {
    fragment.append(document.createTextNode(String(html ?? '').replace(/<[^>]*>/g, '')));
    return fragment;
  }
  let mark = null;
  for (const [token] of html.matchAll(TOKEN)) {
    if (token === '<mark>') {
      mark = document.createElement('mark');
      fragment.append(mark);
    } else if (token === '</mark>') {
      mark = null;
    } else {
      (mark ?? fragment).append(document.createTextNode(decodeEntities(token)));
    }
  }
  return fragment;
}

/** Renders a chunk's plain-text body (blank-line paragraphs, "- " list items) into a container, as text only. */
export function renderBody(text, container) {
  for (const block of String(text).trim().split(/\n\s*\n/)) {
    let list = null;
    let paragraph = [];
    const flush = () => {
      if (paragraph.length) {
        const p = document.createElement('p');
        p.textContent = paragraph.join(' ');
        container.append(p);
        paragraph = [];
      }
    };
    for (const line of block.split('\n')) {
      const item = /^(\s*)- (.*)$/.exec(line);
      if (item) {
        flush();
        if (!list) {
          list = document.createElement('ul');
          container.append(list);
        }
        const li = document.createElement('li');
        li.textContent = item[2].trim();
        if (item[1].length >= 2) li.className = 'nested';
        list.append(li);
      } else if (line.trim()) {
        list = null;
        paragraph.push(line.trim());
      }
    }
    flush();
  }
}

/** Only same-site paths and http(s) urls may become links. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An article link carrying the query, so the article page can mark the matched words. */
export function withHighlight(href, query) {
  if (!href || !href.startsWith('/articles/') || !query) return href;
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash);
  return `${path}${path.includes('?') ? '&' : '?'}q=${encodeURIComponent(query)}${fragment}`;
}
