/**
 * @module
 * The site's feeds: `/feed.xml` (RSS 2.0), `/atom.xml` (Atom) and `/feed.json` (JSON Feed 1.1),
 * each with the newest articles in full and the language declared as Arabic.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { feedResponse, type FeedFormat } from '../feeds/feed-response'
import { FEED_SIZE, feedItems } from '../feeds/feed-source'
import { siteOrigin } from '../http/site-origin'
import { getLatestSlice } from '../store/articles'
import { SITE_NAME } from '../views/layout'

export const feeds = new Hono<AppEnv>()

const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' }

for (const [format, path] of Object.entries(FEED_PATHS) as Array<[FeedFormat, string]>) {
  feeds.get(path, async (c) => {
    const origin = siteOrigin(c)
    const now = c.get('now')
    const { articles } = await getLatestSlice(c.env.CONTENT, 0, FEED_SIZE, now)
    const channel = {
      title: SITE_NAME,
      description: `${SITE_NAME}: آخر الأخبار العربية`,
      homePageUrl: `${origin}/`,
      feedUrl: origin + path,
    }
    return feedResponse(c, format, channel, await feedItems(c.env.CONTENT, articles, origin, now))
  })
}
