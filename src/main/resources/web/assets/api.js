// Talking to the server: search pages, completions, a chunk's full text, and feedback for the analytics. Nothing
// here touches the page. A signed-in agent's token goes with every request (agent.js).
import { agentHeaders } from './agent.js';

// An anonymous id for this page view, never stored: lets the analytics count a run of as-you-type searches once.
const SESSION = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * One kind of request at a time, newest wins: starting one aborts the one before, and only the newest may show
 * its answer (current() turns false once a newer one starts or this one is cancelled).
 */
export function latestOnly() {
  let seq = 0;
  let controller = null;
  return {
    start() {
      controller?.abort();
      controller = new AbortController();
      const mine = ++seq;
      return { signal: controller.signal, current: () => mine === seq };
    },
    cancel() {
      controller?.abort();
      controller = null;
      ++seq;
    },
  };
}

/** A page of hits: { ok, status, data }. */
export async function fetchResults({ query, limit, offset, type, tags }, signal) {
  const params = new URLSearchParams({ q: query, limit: String(limit), offset: String(offset), session: SESSION });
  if (type) params.set('type', type);
  for (const tag of tags) params.append('tags', tag);
  const response = await fetch(`/api/search?${params}`, { signal, headers: agentHeaders() });
  return { ok: response.ok, status: response.status, data: await response.json() };
}

/** Completions of a typed prefix: an array, or null when this server has no autocomplete. */
export async function fetchSuggestions(query, limit, signal) {
  const response = await fetch(`/api/suggest?${new URLSearchParams({ q: query, limit: String(limit) })}`,
    { signal, headers: agentHeaders() });
  if (response.status === 404) return null;
  const data = response.ok ? await response.json() : null;
  return Array.isArray(data?.suggestions) ? data.suggestions : [];
}

/** A chunk's full text and where it lives; throws when it cannot be had. */
export async function fetchChunk(id) {
  const response = await fetch(`/api/chunks/${encodeURIComponent(id)}`, { headers: agentHeaders() });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

/**
 * Tells the server a hit was opened or judged; sendBeacon survives the page being left for the article. The server
 * takes JSON only as application/json.
 */
export function sendFeedback(query, hit, index, kind) {
  if (typeof hit?.id !== 'string' || !query) return;
  const body = JSON.stringify({ query, id: hit.id, position: index + 1, kind });
  const headers = { 'Content-Type': 'application/json', ...agentHeaders() };
  // A beacon carries no header, and an internal hit is only an agent's to judge.
  if (headers.Authorization || !navigator.sendBeacon?.('/api/feedback', new Blob([body], { type: 'application/json' }))) {
    fetch('/api/feedback', { method: 'POST', body, keepalive: true, headers }).catch(() => {});
  }
}
