/**
 * @module
 * Every route reads; nothing here accepts writes. A request with any other method gets 405 and
 * an `Allow` header in its own format (JSON for the API, an Arabic page otherwise), and OPTIONS
 * outside the CORS paths says what is allowed.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { PublicError } from './public-error'

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

export const methodGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method
  if (method === 'GET' || method === 'HEAD') return next()
  c.header('Allow', ALLOWED_METHODS)
  if (method === 'OPTIONS') return c.body(null, 204)
  throw new PublicError(
    405,
    'method_not_allowed',
    `الطريقة ${method.slice(0, 20)} غير مسموحة هنا؛ المسموح: ${ALLOWED_METHODS}`
  )
}
