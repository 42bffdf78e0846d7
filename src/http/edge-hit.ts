/**
 * @module
 * Edge-cache hits answered before the app runs. A hit needs the content version (kept in the
 * isolate), one cache lookup and its headers; Hono's routing and the middleware chain cost more
 * than the lookup itself. The answer is, header for header, the one the chain gives a hit: the
 * stored copy with `X-Edge-Cache: HIT`, the `Cache-Control` of its status (`cacheHeaders`) and
 * the headers every response carries (`securityHeaders`); the stored copy already has its ETag.
 *
 * Everything else goes to the app: a miss (which finds this request's clock reading and lookup
 * already made, so the version is read and the cache asked once), a conditional request (the ETag middleware answers
 * it with 304), and what the edge cache leaves alone.
 */
import { getPath } from 'hono/utils/url'
import { policyFor } from './cache-headers'
import { CACHE_STATUS, handOver, isEdgeCached, lookUp } from './edge-cache'
import { handOverTime } from './request-time'
import { setSecurityHeaders } from './security-headers'

type Fetch = (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response>

/** `appFetch`, with edge-cache hits answered first. */
export function withEdgeHits(appFetch: Fetch): Fetch {
  return async (request, env, ctx) => {
    const method = request.method
    if (!isEdgeCached(method, getPath(request)) || request.headers.has('If-None-Match'))
      return appFetch(request, env, ctx)
    const now = Date.now()
    const lookup = lookUp(request.url, env, now)
    let hit: Response | undefined
    try {
      ;({ hit } = await lookup)
    } catch {
      hit = undefined
    }
    // A copy without an ETag would need hashing: the app's ETag middleware does that. The app
    // gets this request's clock reading and lookup (or its failure, which it answers).
    if (!hit?.headers.has('ETag')) {
      handOverTime(request, now)
      handOver(request, lookup)
      return appFetch(request, env, ctx)
    }
    const response = new Response(hit.body, hit)
    // Replaces the edge lifetime, as `fromCache` and then `cacheHeaders` do.
    response.headers.set('Cache-Control', policyFor(response.status))
    response.headers.set(CACHE_STATUS, 'HIT')
    setSecurityHeaders(response.headers)
    // As Hono answers HEAD: the GET response's status and headers, no body.
    return method === 'HEAD' ? new Response(null, response) : response
  }
}
