/**
 * @module
 * The origin used in absolute URLs (JSON `url` fields). `SITE_URL` pins it in production so
 * that URLs stay canonical behind any proxy; locally the request's own origin is right.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'

export function siteOrigin(c: Context<AppEnv>): string {
  return c.env.SITE_URL ? c.env.SITE_URL.replace(/\/+$/, '') : new URL(c.req.url).origin
}
