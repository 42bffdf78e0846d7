/**
 * @module
 * Search results kept in the edge cache (`caches.default`) under the normalised query and the
 * content version: «أحمد» and «احمد», or «كوريا» typed with Persian letters, share one entry,
 * and a publish (or a scheduled article coming out) changes every key at once. What is kept is
 * the engine's answer, not a page, so every spelling still sees its own query on the page.
 */
import { getContentVersion, versionMemoMs } from '../store/content-version'
import { stillUpcoming } from '../store/release-time'
import { parseQuery } from './parse-query'
import { type SearchResponse, searchArticles } from './search-articles'
import { kvSearchStore } from './search-store'

/** Kept for five minutes: the key already changes with every publish. */
const RESULTS_TTL = 'public, s-maxage=300'

/** One string per query meaning: words as normalised, phrases in quotes, in the order typed. */
function canonicalQuery(q: string): string {
  return parseQuery(q)
    .clauses.map((clause) =>
      clause.kind === 'word'
        ? clause.word.word
        : `"${clause.words.map((word) => word.word).join(' ')}"`
    )
    .join(' ')
}

export type SearchRequest = { q: string; page: number; limit: number }

/**
 * The engine's answer for `request`, from the edge cache when it has it.
 * @throws what `searchArticles` throws.
 */
export async function cachedSearch(
  env: Env,
  now: number,
  request: SearchRequest
): Promise<SearchResponse> {
  const version = await getContentVersion(env.CONTENT, now, versionMemoMs(env.VERSION_MEMO_MS))
  const run = () =>
    searchArticles(kvSearchStore(env.CONTENT), {
      ...request,
      now,
      ...(version ? { version: version.content_version } : {}),
    })
  // Without a version nothing says when the index changes: search afresh.
  if (!version) return run()
  const released = version.upcoming.length - stillUpcoming(version.upcoming, now)
  const key = new URL('https://search.minbar.internal/')
  key.searchParams.set('v', `${version.content_version}.${released}`)
  key.searchParams.set('q', canonicalQuery(request.q))
  key.searchParams.set('page', String(request.page))
  key.searchParams.set('limit', String(request.limit))
  const cache = caches.default
  const hit = await cache.match(key)
  // The entry was made for another spelling of the same query: answer with this one's.
  if (hit)
    return {
      ...(await hit.json<SearchResponse>()),
      query: { q: request.q, terms: parseQuery(request.q).terms },
    }
  const found = await run()
  await cache.put(key, Response.json(found, { headers: { 'Cache-Control': RESULTS_TTL } }))
  return found
}
