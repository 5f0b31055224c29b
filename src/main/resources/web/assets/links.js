// Where a hit may lead: only same-site paths and http(s) urls become links, and an article link carries the query.

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
