// Orama (@orama/orama) as a peer of faq-index in the benchmark: one in-memory Orama database in this Node process,
// driven by the Java benchmark (dev.faqindex.bench.orama.OramaProcess) with one JSON object per line on stdin, and one
// JSON answer per line on stdout, in order. Nothing else is written to stdout.
//
// Requests (every answer has "ok"; on failure "ok": false and "error"):
//   {"op":"create","dimension":384,"boost":{"title":3,"headings":2,"body":1}}
//       a new database: id, title, headings, body (and embedding: vector[dimension] when dimension > 0); English
//       tokenizer with Orama's English stemmer; fields boosted as given (a field of boost 0 is not searched)
//   {"op":"insert","docs":[{"id":"..","title":"..","headings":"..","body":"..","embedding":[..]}]}  -> {"count":N}
//   {"op":"search","mode":"fulltext|vector|hybrid","term":"..","vector":[..],"limit":10}
//       -> {"hits":[{"id","title","snippet","score"}],"micros":T}   (T: time of search and snippets, in this process)
//   {"op":"measure","mode":..,"queries":[{"term":"..","vector":[..]}],"warmupMs":W,"measureMs":M}
//       a warm-up of W ms, then the queries cycled for M ms (each phase at least one whole pass), one at a time, every
//       call timed -> {"micros":[..],"seconds":S}
//   {"op":"stats"} -> {"heapUsedBytes","rssBytes","documents"}
import { create, insertMultiple, search, count } from '@orama/orama';
import { Highlight } from '@orama/highlight';
import { createInterface } from 'node:readline';

const SNIPPET_CHARS = 160;
const INSERT_BATCH = 1000;

let db = null;
let properties = [];
let boost = {};
let hasVectors = false;
const highlighter = new Highlight();

function createDatabase(request) {
  const dimension = request.dimension ?? 0;
  const schema = { id: 'string', title: 'string', headings: 'string', body: 'string' };
  if (dimension > 0) {
    schema.embedding = `vector[${dimension}]`;
  }
  hasVectors = dimension > 0;
  const weights = request.boost ?? { title: 1, headings: 1, body: 1 };
  properties = ['title', 'headings', 'body'].filter((field) => (weights[field] ?? 0) > 0);
  boost = Object.fromEntries(properties.map((field) => [field, weights[field]]));
  db = create({ schema, components: { tokenizer: { language: 'english', stemming: true } } });
  return {};
}

async function insertDocs(request) {
  requireDatabase();
  const docs = request.docs ?? [];
  await insertMultiple(db, docs, INSERT_BATCH);
  return { count: count(db) };
}

// The search parameters of one query in one mode: the page of `limit`, every word OR-ed (threshold 1, Orama's
// default), the field boosts; vector search with no similarity floor, so it returns the nearest chunks as a page.
export function searchParams(mode, term, vector, limit) {
  const params = { limit, properties, boost, threshold: 1 };
  if (mode === 'fulltext') {
    return { ...params, term };
  }
  if (!hasVectors) {
    throw new Error(`mode ${mode} needs a database created with a dimension`);
  }
  if (!Array.isArray(vector)) {
    throw new Error(`mode ${mode} needs the query's vector`);
  }
  const vectorParams = { value: vector, property: 'embedding' };
  if (mode === 'vector') {
    return { limit, mode: 'vector', term, vector: vectorParams, similarity: 0 };
  }
  if (mode === 'hybrid') {
    return { ...params, mode: 'hybrid', term, vector: vectorParams, similarity: 0 };
  }
  throw new Error(`unknown mode ${mode}; known: fulltext, vector, hybrid`);
}

// One result page: the search, then id, title and a highlighted snippet of each hit (the work a search box does).
async function page(mode, term, vector, limit) {
  const found = await search(db, searchParams(mode, term, vector, limit));
  return found.hits.map((hit) => ({
    id: hit.document.id,
    title: hit.document.title,
    snippet: highlighter.highlight(hit.document.body, term).trim(SNIPPET_CHARS),
    score: hit.score,
  }));
}

async function searchOne(request) {
  requireDatabase();
  const start = process.hrtime.bigint();
  const hits = await page(request.mode ?? 'fulltext', request.term ?? '', request.vector, request.limit ?? 10);
  const micros = Number(process.hrtime.bigint() - start) / 1000;
  return { hits, micros };
}

// Cycles the queries for `millis` and at least one pass; returns each call's time when `timed`.
async function cycle(mode, queries, millis, timed) {
  const micros = [];
  const end = process.hrtime.bigint() + BigInt(Math.round(millis * 1e6));
  let calls = 0;
  while (calls < queries.length || process.hrtime.bigint() < end) {
    const query = queries[calls % queries.length];
    const start = process.hrtime.bigint();
    await page(mode, query.term, query.vector, 10);
    if (timed) {
      micros.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    calls++;
  }
  return micros;
}

async function measure(request) {
  requireDatabase();
  const queries = request.queries ?? [];
  if (queries.length === 0) {
    throw new Error('measure needs queries');
  }
  const mode = request.mode ?? 'fulltext';
  await cycle(mode, queries, request.warmupMs ?? 0, false);
  const start = process.hrtime.bigint();
  const micros = await cycle(mode, queries, request.measureMs ?? 0, true);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { micros, seconds };
}

function stats() {
  const memory = process.memoryUsage();
  return { heapUsedBytes: memory.heapUsed, rssBytes: memory.rss, documents: db ? count(db) : 0 };
}

function requireDatabase() {
  if (!db) {
    throw new Error('no database: send {"op":"create"} first');
  }
}

const OPERATIONS = { create: createDatabase, insert: insertDocs, search: searchOne, measure, stats };

async function answer(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not a JSON object: ${e.message}` };
  }
  const operation = OPERATIONS[request?.op];
  if (!operation) {
    return { ok: false, error: `unknown op ${JSON.stringify(request?.op)}; known: ${Object.keys(OPERATIONS).join(', ')}` };
  }
  try {
    return { ok: true, ...(await operation(request)) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}

async function serve() {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') {
      continue;
    }
    process.stdout.write(JSON.stringify(await answer(line)) + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve();
}
