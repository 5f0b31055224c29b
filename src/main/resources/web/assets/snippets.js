// The one snippet sanitiser, for the search page and the widget (which gets it bundled, see web/ScriptBundle):
// turns the server's snippet HTML into DOM nodes without ever parsing it as HTML. A snippet is accepted only when it
// consists of escaped text and balanced, unnested <mark>…</mark> pairs; anything else is shown as plain text.

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
