/**
 * @module
 * The headers every response carries, set by this one middleware for every answer: rendered, from
 * the edge cache, or an error. It runs inside the ETag step, so a 304 is made from a 200 that has
 * them all, and keeps them (see `RETAINED_HEADERS`).
 *
 * - `Cache-Control` by status, unless the route set its own (images are immutable). Successful
 *   pages stay fresh at the edge for five minutes and may be served stale for a day while the
 *   edge revalidates, so readers never wait on KV; errors are cached briefly, outages (5xx) never.
 * - The security headers. No page may be framed by another site, except the embed card, whose
 *   route sets its own `frame-ancestors *`; pages get their full policy from `contentSecurity`,
 *   and anything else (JSON, feeds, images, errors before rendering) the strictest.
 */
import type { MiddlewareHandler } from 'hono'
import { RETAINED_304_HEADERS } from 'hono/etag'
import { CACHE_STATUS } from './edge-cache'

const CACHE_OK =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400'
const CACHE_REDIRECT = 'public, max-age=3600, s-maxage=86400'
const CACHE_CLIENT_ERROR = 'public, max-age=60, s-maxage=60'
const CACHE_NEVER = 'no-store'

/** The `Cache-Control` of a response of `status`. */
function policyFor(status: number): string {
  if (status >= 500) return CACHE_NEVER
  if (status >= 400) return CACHE_CLIENT_ERROR
  if (status >= 300) return CACHE_REDIRECT
  return CACHE_OK
}

export const FRAME_NOWHERE = "frame-ancestors 'none'"

/** The policy of anything that is not a page: nothing loads, nothing runs, nobody frames it. */
const NOTHING_ALLOWED = `default-src 'none'; ${FRAME_NOWHERE}`

/**
 * What a 304 keeps of its 200: the validators and cache headers HTTP names, the security headers,
 * the CORS headers (or a browser would refuse an embedder's revalidation), and where it came from.
 * Browsers update a stored response's headers from a 304 (RFC 9111 §4.3.4), and Chromium takes
 * its `Content-Security-Policy`: a 304 with the catch-all policy once left reloaded pages without
 * their stylesheet. With the same values, every cache keeps what the 200 said.
 */
export const RETAINED_HEADERS = [
  ...RETAINED_304_HEADERS,
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
  'permissions-policy',
  'access-control-allow-origin',
  'access-control-expose-headers',
  CACHE_STATUS.toLowerCase(),
]

export const responseHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  const headers = c.res.headers
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', policyFor(c.res.status))
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  headers.set(
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'
  )
  const policy = headers.get('Content-Security-Policy')
  if (!policy) headers.set('Content-Security-Policy', NOTHING_ALLOWED)
  if (!policy?.includes('frame-ancestors *')) headers.set('X-Frame-Options', 'DENY')
}
