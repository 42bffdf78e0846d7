/**
 * @module
 * One clock reading per request. Whether a scheduled article is out decides both the edge-cache
 * key and the page's content; read twice, an article coming due between the readings could be
 * shown in a page kept under the key for before its release.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'

export const requestTime: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('now', Date.now())
  await next()
}
