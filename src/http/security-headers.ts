/**
 * @module
 * Headers every response carries. No page may be framed by another site, except the embed card,
 * whose route sets its own `frame-ancestors *`.
 */
import type { MiddlewareHandler } from 'hono'

export const FRAME_NOWHERE = "frame-ancestors 'none'"

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  const headers = c.res.headers
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (!headers.has('Content-Security-Policy')) {
    headers.set('Content-Security-Policy', FRAME_NOWHERE)
    headers.set('X-Frame-Options', 'DENY')
  }
}
