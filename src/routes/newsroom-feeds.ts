/**
 * @module
 * `/sections/:slug/feed.xml` and `/authors/:slug/feed.xml`: RSS 2.0 of one section's or one
 * author's newest articles, in full, as the tag feeds are. The HTML pages that announce them are
 * served elsewhere; these routes are only the feeds. Any site may read them from the browser.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { FEED_SIZE, feedItems } from '../feeds/feed-items'
import { feedResponse } from '../feeds/feed-response'
import { openCors } from '../http/cross-origin'
import { notFound } from '../http/public-error'
import { siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { AuthorSlugParamSchema, SectionSlugParamSchema } from '../schema/api/route-params'
import { authorFeedPath, authorPath, sectionFeedPath, sectionPath } from '../site'
import { getAuthorSlice, getSectionSlice } from '../store/newsroom'

export const newsroomFeeds = new Hono<AppEnv>()

const SECTION_FEED = '/sections/:slug/feed.xml'
const AUTHOR_FEED = '/authors/:slug/feed.xml'

newsroomFeeds.use(SECTION_FEED, openCors)
newsroomFeeds.use(AUTHOR_FEED, openCors)

newsroomFeeds.get(
  SECTION_FEED,
  describeRoute({
    summary: 'RSS 2.0 feed of one section, language ar, full content',
    responses: {
      200: textResponse('application/rss+xml', 'RSS'),
      404: errorResponse('No such section'),
    },
  }),
  validate('param', SectionSlugParamSchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const now = c.var.now
    const slice = await getSectionSlice(c.env.CONTENT, slug, 0, FEED_SIZE, now)
    if (!slice) throw notFound('لا يوجد قسم بهذا الاسم.')
    const origin = c.var.origin
    const site = siteOf(c)
    const { section } = slice.shard
    const channel = {
      title: `${section.name} | ${site.name}`,
      description: `مقالات قسم ${section.name}`,
      homePageUrl: origin + sectionPath(slug),
      feedUrl: origin + sectionFeedPath(slug),
      publisher: { name: site.name, url: `${origin}/` },
    }
    const items = await feedItems(c.env.CONTENT, slice.articles, origin, now)
    return feedResponse(c, 'rss', channel, items)
  }
)

newsroomFeeds.get(
  AUTHOR_FEED,
  describeRoute({
    summary: "RSS 2.0 feed of one author's articles, language ar, full content",
    responses: {
      200: textResponse('application/rss+xml', 'RSS'),
      404: errorResponse('No such author'),
    },
  }),
  validate('param', AuthorSlugParamSchema),
  async (c) => {
    const { slug } = c.req.valid('param')
    const now = c.var.now
    const slice = await getAuthorSlice(c.env.CONTENT, slug, 0, FEED_SIZE, now)
    if (!slice) throw notFound('لا يوجد كاتب بهذا الاسم.')
    const origin = c.var.origin
    const site = siteOf(c)
    const { author } = slice.shard
    const channel = {
      title: `${author.name} | ${site.name}`,
      description: `مقالات ${author.name}`,
      homePageUrl: origin + authorPath(slug),
      feedUrl: origin + authorFeedPath(slug),
      publisher: { name: site.name, url: `${origin}/` },
    }
    const items = await feedItems(c.env.CONTENT, slice.articles, origin, now)
    return feedResponse(c, 'rss', channel, items)
  }
)
