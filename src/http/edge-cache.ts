/**
 * @module
 * Rendered responses kept in the edge cache (`caches.default`), under a key that includes the
 * content version of the last publish and how many scheduled articles have come out since. A
 * publish or a release therefore changes every key at once: readers never get a page from
 * before it, and nothing needs purging. A hit is answered here, before any route runs; the
 * headers every response carries are then set on it as on any other (`response-headers.ts`).
 *
 * KV is eventually consistent: for up to a minute after a publish, a location can read the new
 * version but an old record, and would keep the page built from them under the new key. So a
 * page rendered while a version is settling (`SETTLING_MS` after it was published) is kept
 * for `SETTLING_TTL` only, and rebuilt from settled data after that.
 *
 * Each good page is also kept under a key without the version: when storage fails (KV throws,
 * times out or holds a corrupt value, answered 503), that last good copy is served instead
 * (stale-if-error), marked `X-Edge-Cache: STALE`.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import type { ContentVersion } from '../schema/stored/publish-state'
import { getContentVersion, versionMemoMs } from '../store/content-version'
import { CorruptRecordError, StorageUnavailableError } from '../store/read-record'
import { stillUpcoming } from '../store/release-time'
import { finishedBody } from './finished-body'

/** How long the edge keeps a versioned response; a new version makes it unreachable anyway. */
const EDGE_TTL = 'public, s-maxage=86400'
/**
 * How long a version settles: KV's 60 s propagation, 30 s for the version read's own cache, and
 * room for the upload of the records that came before it.
 */
const SETTLING_MS = 5 * 60_000
const SETTLING_TTL = 'public, s-maxage=30'
export const CACHE_STATUS = 'X-Edge-Cache'

/**
 * Responses that depend on the clock rather than on the content are not kept: the news sitemap,
 * and the index that lists it only while it has articles.
 */
const UNCACHED_PATHS = new Set(['/news-sitemap.xml', '/sitemap.xml'])

/** Cache-Control for the edge copy of a page rendered under `version` at `now`. */
function edgeTtl(version: ContentVersion, now: number): string {
  const since = version.since ? Date.parse(version.since) : Number.NaN
  return now - since < SETTLING_MS ? SETTLING_TTL : EDGE_TTL
}

/** `url` with its `__content` parameter set to `content` (the Cache API takes a URL as a key). */
function keyUrl(url: string, content: string): string {
  const keyed = new URL(url)
  keyed.searchParams.set('__content', content)
  return keyed.toString()
}

type Keyed = { key: string; version: ContentVersion }

/** The key of `url` at `now`, or null when there is no version to key it by (or it is unreadable). */
async function cacheKey(url: string, env: Env, now: number): Promise<Keyed | null> {
  let version
  try {
    version = await getContentVersion(env.CONTENT, now, versionMemoMs(env.VERSION_MEMO_MS))
  } catch (error) {
    if (!(error instanceof CorruptRecordError || error instanceof StorageUnavailableError))
      throw error
    console.error(
      JSON.stringify({
        event: 'content_version_unreadable',
        key: error.key,
        problem: error.problem,
        effect: 'edge cache bypassed',
      })
    )
    return null
  }
  if (!version) return null
  const released = version.upcoming.length - stillUpcoming(version.upcoming, now)
  return { key: keyUrl(url, `${version.content_version}.${released}`), version }
}

/** Whether a request of `method` for `path` may be answered from the edge cache. */
const isEdgeCached = (method: string, path: string) =>
  (method === 'GET' || method === 'HEAD') &&
  !UNCACHED_PATHS.has(path) &&
  // Images are kept by their own route, under their content address (see `routes/media.ts`).
  !path.startsWith('/media/')

/** The key of the last good copy of `url`, whatever the version. */
const lastGoodKey = (url: string): string => keyUrl(url, 'last-good')

/** A cached response as this request's answer, its edge lifetime replaced by ours. */
function fromCache(hit: Response, status: 'HIT' | 'STALE'): Response {
  const response = new Response(hit.body, hit)
  response.headers.delete('Cache-Control')
  response.headers.set(CACHE_STATUS, status)
  return response
}

export const edgeCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!isEdgeCached(c.req.method, c.req.path)) return next()
  const cache = caches.default
  const keyed = await cacheKey(c.req.url, c.env, c.var.now)
  const hit = keyed ? await cache.match(keyed.key) : undefined
  if (hit) {
    c.res = fromCache(hit, 'HIT')
    return
  }
  await next()
  if (c.res.status === 503) {
    const stale = await cache.match(lastGoodKey(c.req.url))
    if (stale) {
      // Dropped first, so none of the 503's headers (Retry-After, its CSP) carry over.
      c.res = undefined
      c.res = fromCache(stale, 'STALE')
    }
    return
  }
  if (c.res.status !== 200) return
  // The body is read once, and both copies are made from the same bytes; the response gets the
  // ETag of those bytes, so the ETag step does not read and hash it again.
  const { bytes } = await finishedBody(c)
  if (!keyed) return
  const headers = new Headers(c.res.headers)
  headers.set('Cache-Control', edgeTtl(keyed.version, c.var.now))
  const stored = new Response(bytes, { status: 200, headers })
  const lastGood = new Response(bytes, { status: 200, headers })
  lastGood.headers.set('Cache-Control', EDGE_TTL)
  c.executionCtx.waitUntil(
    Promise.all([cache.put(keyed.key, stored), cache.put(lastGoodKey(c.req.url), lastGood)])
  )
  c.res.headers.set(CACHE_STATUS, 'MISS')
}
