/**
 * @module
 * `Cache-Control` for every response, by status. Successful pages stay fresh at the edge for
 * five minutes and may be served stale for a day while the edge revalidates, so readers never
 * wait on KV; errors are cached briefly, and outages (5xx) never.
 */
import type { MiddlewareHandler } from 'hono'

const CACHE_OK =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400'
const CACHE_REDIRECT = 'public, max-age=3600, s-maxage=86400'
const CACHE_CLIENT_ERROR = 'public, max-age=60, s-maxage=60'
const CACHE_NEVER = 'no-store'

/** The `Cache-Control` of a response of `status`. */
export function policyFor(status: number): string {
  if (status >= 500) return CACHE_NEVER
  if (status >= 400) return CACHE_CLIENT_ERROR
  if (status >= 300) return CACHE_REDIRECT
  return CACHE_OK
}

export const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  if (!c.res.headers.has('Cache-Control'))
    c.res.headers.set('Cache-Control', policyFor(c.res.status))
}
