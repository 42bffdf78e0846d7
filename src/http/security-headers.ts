/**
 * @module
 * Headers every response carries. No page may be framed by another site, except the embed card,
 * whose route sets its own `frame-ancestors *`; pages get their full policy from
 * `contentSecurity`, and anything else (JSON, feeds, errors before rendering) gets the strictest.
 */
import type { MiddlewareHandler } from 'hono'

export const FRAME_NOWHERE = "frame-ancestors 'none'"

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
  if (!policy) headers.set('Content-Security-Policy', `default-src 'none'; ${FRAME_NOWHERE}`)
  if (!policy?.includes('frame-ancestors *')) headers.set('X-Frame-Options', 'DENY')
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  setSecurityHeaders(c.res.headers)
}
