/**
 * @module
 * What a request is answered with, read once when it arrives and kept on the context:
 * - `now`, one clock reading. Whether a scheduled article is out decides both the edge-cache key
 *   and the page's content; read twice, an article coming due between the readings could be
 *   shown in a page kept under the key for before its release.
 * - `origin`, the origin of absolute URLs (JSON `url` fields, canonical links, feeds).
 *   `SITE_URL` pins it in production so that URLs stay canonical behind any proxy; locally the
 *   request's own origin is right.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'

export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('now', Date.now())
  c.set('origin', c.env.SITE_URL ? c.env.SITE_URL.replace(/\/+$/, '') : new URL(c.req.url).origin)
  await next()
}
