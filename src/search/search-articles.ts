/**
 * @module
 * The search engine the route calls: a query as typed → one page of ranked results. It reads the
 * meta value (remembered per content version), one index value per distinct word (shards hold
 * many words, so often fewer), and the page's result records in one bulk read: at most
 * 1 + terms reads, never the whole index.
 */
import * as v from 'valibot'
import {
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_PAGE,
  SEARCH_MESSAGES,
  SEARCH_PAGE_SIZE,
} from '../schema/api/search-limits'
import { searchDocKey, searchShardKey, searchTermKey } from '../store/keys'
import { CorruptRecordError } from '../store/read-record'
import type { SearchWord } from '../text/search-terms'
import { conjunction, HitBuffer } from './conjunction'
import { filterHits, NO_HITS, unionHits, type Hits } from './hit-lists'
import { findEntries, STEM } from './index-format'
import { clauseHits, planClause, type WordSource } from './match-clauses'
import { parseQuery, type QueryClause } from './parse-query'
import { fallBackToRest } from './particle-fallback'
import { BANDS_PER_E, scoreBand } from './ranking'
import { searchMeta } from './search-meta'
import { SearchQueryError } from './search-query-error'
import { SearchDocSchema, type SearchDoc, type SearchMeta } from './search-records'
import type { SearchStore } from './search-store'
import { shardOf } from './shard-of'
import { snippet } from './snippet'

/** Past this many results to rank, sorting them all is cheaper than keeping a sorted list. */
const FULL_SORT_FROM = 500
/**
 * Every clause's matches are written here, by one query at a time: from the conjunction to the
 * page's ids and scores, a search runs without awaiting anything.
 */
const allClauses = new HitBuffer()

export type SearchOptions = {
  /** The query as the reader typed it. */
  q: string
  /** 1-based; default 1. */
  page?: number
  /** Results a page, 1–100; default 20. */
  limit?: number
  /** The clock, for scheduled articles (ms since the epoch); default now. */
  now?: number
  /** The content version: the meta value is remembered under it. Omit to read it every time. */
  version?: string
}

export type SearchHit = Omit<SearchDoc, 'text'> & {
  /** HTML: escaped text, matched words in `<mark>`. */
  snippet: string
  score: number
}

export type SearchResponse = {
  query: { q: string; terms: string[] }
  results: SearchHit[]
  /** Matching articles in all (the page is a slice of them). */
  total: number
}

/**
 * Indexes of the best `count` hits, best first (score band, then the newer: the larger id),
 * without sorting the rest. Hits are visited newest first, so a hit must be in a strictly higher
 * band to pass one already kept, and once the list is full anything below the next band up is
 * turned away on its raw score alone. No closures here: bundlers wrap named ones in `__name`.
 */
function bestHits(hits: Hits, count: number): number[] {
  // Deep pages: one sort, instead of an insertion list as long as the page's end.
  if (count > FULL_SORT_FROM) {
    const bands = Array.from(hits.scores, scoreBand)
    const order = Array.from(hits.ids, (_, i) => i).sort((a, b) => bands[b]! - bands[a]! || b - a)
    return order.slice(0, count)
  }
  const best: number[] = []
  const bands: number[] = []
  let floor = 0
  for (let i = hits.ids.length - 1; i >= 0; i--) {
    const score = hits.scores[i]!
    if (score < floor) continue
    const band = scoreBand(score)
    if (best.length === count && band <= bands[count - 1]!) continue
    let at = best.length === count ? count - 1 : best.length
    for (; at > 0 && band > bands[at - 1]!; at--) {
      best[at] = best[at - 1]!
      bands[at] = bands[at - 1]!
    }
    best[at] = i
    bands[at] = band
    // Below the lowest score of the band above the last, nothing can get in (a hair under, for rounding).
    if (best.length === count) floor = Math.exp((bands[count - 1]! + 1) / BANDS_PER_E) * (1 - 1e-9)
  }
  return best
}

/** Every word a query looks up (phrase stop words are not indexed). */
const lookedUp = (clauses: QueryClause[]): SearchWord[] =>
  clauses.flatMap((clause) =>
    clause.kind === 'word' ? [clause.word] : clause.words.filter((word) => !word.stop)
  )

const keyOf = (meta: SearchMeta, heavy: ReadonlySet<string>) => (word: SearchWord) =>
  heavy.has(word.stem) ? searchTermKey(word.stem) : searchShardKey(shardOf(word.stem, meta.shards))

function parseDoc(key: string, text: string): SearchDoc {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new CorruptRecordError(key, 'not valid JSON')
  }
  const parsed = v.safeParse(SearchDocSchema, json)
  if (!parsed.success) throw new CorruptRecordError(key, v.summarize(parsed.issues))
  return parsed.output
}

/**
 * Searches the published archive.
 * @throws SearchQueryError for a blank query, one over 200 characters or 10 words, or a page or
 *   limit out of range (the route answers 400).
 * @throws CorruptRecordError when an index value or result record cannot be read (503).
 * @throws StorageUnavailableError when KV fails (503).
 * @example await searchArticles(kvSearchStore(env.CONTENT), { q: 'والصين', page: 1, version })
 */
export async function searchArticles(
  store: SearchStore,
  options: SearchOptions
): Promise<SearchResponse> {
  const { q, page = 1, limit = SEARCH_PAGE_SIZE, now = Date.now(), version } = options
  if (!Number.isInteger(page) || page < 1 || page > MAX_SEARCH_PAGE)
    throw new SearchQueryError('invalid_page', SEARCH_MESSAGES.page)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
    throw new SearchQueryError('invalid_limit', SEARCH_MESSAGES.limit)
  const { clauses: parsed, terms } = parseQuery(q)
  const query = { q, terms }
  if (parsed.length === 0) return { query, results: [], total: 0 }
  const meta = await searchMeta(store, version)
  if (!meta) return { query, results: [], total: 0 }

  const key = keyOf(meta, new Set(meta.heavy))
  const values = new Map<string, Uint8Array | null>()
  const read = async (words: SearchWord[]) => {
    const keys = [...new Set(words.map(key))].filter((k) => !values.has(k))
    for (const [k, bytes] of await Promise.all(
      keys.map(async (k) => [k, await store.bytes(k)] as const)
    ))
      values.set(k, bytes)
  }
  await read(lookedUp(parsed))
  const known = (word: SearchWord) => {
    const bytes = values.get(key(word))
    return (
      !!bytes && findEntries(bytes, key(word), [{ term: word.stem, kinds: [STEM] }])[0] !== null
    )
  }
  // A word not in the index at all, without its bare particle: one more read round, only then.
  const clauses = fallBackToRest(parsed, known)
  const words = lookedUp(clauses)
  await read(words)
  const sourceOf = (word: SearchWord): WordSource => ({
    key: key(word),
    bytes: values.get(key(word)) ?? null,
  })
  const plans = clauses.map((clause) => planClause(clause, sourceOf, meta.documents))
  const hidden = new Set(
    meta.scheduled.filter(([, iso]) => Date.parse(iso) > now).map(([id]) => id)
  )
  const visible = (hits: Hits) =>
    hidden.size === 0 ? hits : filterHits(hits, (id) => !hidden.has(id))
  // Every clause first, in one pass over all their lists; when that finds nothing, any of them.
  let hits = plans.includes(null)
    ? NO_HITS
    : visible(
        plans.reduce(
          (found, plan) => plan!.check(found),
          conjunction(
            plans.flatMap((plan) => plan!.lists),
            allClauses
          )
        )
      )
  if (hits.ids.length === 0 && plans.length > 1)
    hits = visible(plans.map(clauseHits).reduce(unionHits))

  const best = bestHits(hits, page * limit).slice((page - 1) * limit)
  // Taken before the read below: another query may reuse the buffer the hits are in meanwhile.
  const total = hits.ids.length
  const scores = best.map((i) => hits.scores[i]!)
  const docKeys = best.map((i) => searchDocKey(hits.ids[i]!))
  const docs = docKeys.length > 0 ? await store.texts(docKeys) : new Map<string, string | null>()
  const snippetTerms = { words: new Set(terms), stems: new Set(words.map((word) => word.stem)) }
  const results: SearchHit[] = []
  best.forEach((_, n) => {
    const text = docs.get(docKeys[n]!)
    // A record missing mid-publish is left out rather than failing the page.
    if (text === null || text === undefined) return
    const { text: body, ...doc } = parseDoc(docKeys[n]!, text)
    let shown = snippet(body, snippetTerms)
    // A match only in the title or summary: show the summary with it.
    if (!shown.includes('<mark>')) shown = snippet(`${doc.summary} ${body}`, snippetTerms)
    results.push({ ...doc, snippet: shown, score: Math.round(scores[n]! * 1000) / 1000 })
  })
  return { query, results, total }
}
