/**
 * @module
 * Rendered responses kept in the edge cache (`caches.default`), under a key that includes the
 * content version of the last publish and how many scheduled articles have come out since. A
 * publish or a release therefore changes every key at once: readers never get a page from
 * before it, and nothing needs purging.
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
const CACHE_STATUS = 'X-Edge-Cache'

/** Responses that depend on the clock rather than on the content are not kept. */
const UNCACHED_PATHS = new Set(['/news-sitemap.xml'])

/** Cache-Control for the edge copy of a page rendered under `version` at `now`. */
function edgeTtl(version: ContentVersion, now: number): string {
  const since = version.since ? Date.parse(version.since) : Number.NaN
  return now - since < SETTLING_MS ? SETTLING_TTL : EDGE_TTL
}

async function cacheKey(
  url: string,
  env: Env,
  now: number
): Promise<{ key: Request; version: ContentVersion } | null> {
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
  const keyed = new URL(url)
  keyed.searchParams.set('__content', `${version.content_version}.${released}`)
  return { key: new Request(keyed.toString(), { method: 'GET' }), version }
}

/** The key of the last good copy of `url`, whatever the version. */
function lastGoodKey(url: string): Request {
  const keyed = new URL(url)
  keyed.searchParams.set('__content', 'last-good')
  return new Request(keyed.toString(), { method: 'GET' })
}

/** A cached response as this request's answer, its edge lifetime replaced by ours. */
function fromCache(hit: Response, status: 'HIT' | 'STALE'): Response {
  const response = new Response(hit.body, hit)
  response.headers.delete('Cache-Control')
  response.headers.set(CACHE_STATUS, status)
  return response
}

export const edgeCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method
  if ((method !== 'GET' && method !== 'HEAD') || UNCACHED_PATHS.has(c.req.path)) return next()
  // Images are kept by their own route, under their content address (see `routes/media.ts`).
  if (c.req.path.startsWith('/media/')) return next()
  const cache = caches.default
  const keyed = await cacheKey(c.req.url, c.env, c.var.now)
  const key = keyed?.key
  const hit = key ? await cache.match(key) : undefined
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
  // The body as it was made (or read once) and its ETag: the response carries the ETag, so the
  // ETag middleware does not hash the body again, now or on a hit, and both copies are built
  // from the same bytes rather than from clones.
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
