/**
 * @module
 * Headers every response carries. No page may be framed by another site, except the embed card,
 * whose route sets its own `frame-ancestors *`; pages get their full policy from
 * `contentSecurity`, and anything else (JSON, feeds, errors before rendering) gets the strictest.
 *
 * A 304 carries the same security headers as the 200 it revalidates (`SECURITY_HEADERS` are kept
 * by the ETag step). Browsers update a stored response's headers from a 304 (RFC 9111 §4.3.4):
 * Chromium takes its `Content-Security-Policy`, so a 304 with the catch-all policy turned a
 * reloaded page into one whose stylesheet and images were blocked. With the same values, every
 * cache ends up with the headers of the 200, whether it merges, replaces or ignores them.
 */
import type { MiddlewareHandler } from 'hono'

export const FRAME_NOWHERE = "frame-ancestors 'none'"

/** The policy of anything that is not a page: nothing loads, nothing runs, nobody frames it. */
const NOTHING_ALLOWED = `default-src 'none'; ${FRAME_NOWHERE}`

/** The security headers, as a 304 must repeat them from its 200. */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
  'permissions-policy',
] as const

/** Sets the headers every response carries on `headers` (a response's, still mutable). */
export function setSecurityHeaders(headers: Headers): void {
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

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  setSecurityHeaders(c.res.headers)
}
