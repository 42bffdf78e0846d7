/**
 * @module
 * The site's feeds: `/feed.xml` (RSS 2.0), `/atom.xml` (Atom) and `/feed.json` (JSON Feed 1.1),
 * each with the newest articles in full and the language declared as Arabic.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { FEED_SIZE, feedItems } from '../feeds/feed-items'
import { feedResponse } from '../feeds/feed-response'
import { openCors } from '../http/cross-origin'
import type { RouteDoc } from '../http/route-docs'
import { siteOf } from '../http/site-context'
import { describeRoute, jsonResponse, textResponse } from '../openapi/describe-route'
import { jsonFeedExample } from '../openapi/examples'
import { FEED_PATHS, type FeedFormat } from '../site'
import { getLatestSlice } from '../store/articles'

const FEED_DOCS: Record<FeedFormat, RouteDoc> = {
  rss: {
    summary: 'RSS 2.0 feed, language ar, full content',
    responses: { 200: textResponse('application/rss+xml', 'RSS') },
  },
  atom: {
    summary: 'Atom feed, xml:lang ar',
    responses: { 200: textResponse('application/atom+xml', 'Atom') },
  },
  json: {
    summary: 'JSON Feed 1.1, language ar',
    responses: {
      200: jsonResponse('JsonFeed', 'JSON Feed', jsonFeedExample, 'application/feed+json'),
    },
  },
}

export const feeds = new Hono<AppEnv>()

for (const [format, path] of Object.entries(FEED_PATHS) as Array<[FeedFormat, string]>) {
  feeds.use(path, openCors)
  feeds.get(path, describeRoute(FEED_DOCS[format]), async (c) => {
    const origin = c.var.origin
    const now = c.var.now
    const { articles } = await getLatestSlice(c.env.CONTENT, 0, FEED_SIZE, now)
    const site = siteOf(c)
    const channel = {
      title: site.name,
      description: `${site.name}: ${site.description}`,
      homePageUrl: `${origin}/`,
      feedUrl: origin + path,
      publisher: { name: site.name, url: `${origin}/` },
    }
    return feedResponse(c, format, channel, await feedItems(c.env.CONTENT, articles, origin, now))
  })
}
