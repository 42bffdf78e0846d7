/**
 * @module
 * The publication every page shows (its name, sections, pages), read once per request and kept
 * on the context as `c.var.site`. It runs after the edge cache, so a hit never reads it; a page
 * answered before it ran (an error in an earlier step) shows the default publication.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { siteDateStyle, type SiteRecord } from '../schema/stored/site-record'
import { versionMemoMs } from '../store/content-version'
import { DEFAULT_SITE_RECORD, getSite } from '../store/site'
import type { DateStyle } from '../text/display-date'

/** The publication of this request: the one read for it, or the default before it was read. */
export const siteOf = (c: Context<AppEnv>): SiteRecord => c.var.site ?? DEFAULT_SITE_RECORD

export const siteContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('site', await getSite(c.env.CONTENT, c.var.now, versionMemoMs(c.env.VERSION_MEMO_MS)))
  await next()
}

/** How this request's publication writes dates for readers. */
export const datesOf = (c: Context<AppEnv>): DateStyle => siteDateStyle(siteOf(c))
