/**
 * @module
 * `/tags` and `/tags/:tag` for readers. A tag reached by any other spelling (Persian letters,
 * diacritics, spaces) is redirected once, permanently, to its canonical address, so links and
 * search engines converge on one URL per tag.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { FEED_SIZE, feedItems } from '../feeds/feed-items'
import { feedResponse } from '../feeds/feed-response'
import { openCors } from '../http/cross-origin'
import { checkPageInRange, notFound } from '../http/public-error'
import { tagParam } from '../http/raw-tag-param'
import { datesOf, siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { pagination } from '../json/pagination'
import {
  describeRoute,
  errorResponse,
  redirectResponse,
  textResponse,
} from '../openapi/describe-route'
import { PageQuerySchema } from '../schema/api/pagination'
import { breadcrumbList, collectionPage, homeCrumb, type Crumb } from '../seo/structured-data'
import { tagFeedPath, tagPath } from '../site'
import { getLatestSlice } from '../store/articles'
import { getTagIndex, getTagSlice } from '../store/tags'
import { latestList, RAIL_SIZE } from '../views/side-rail'
import { TagPage } from '../views/tag-page'
import { TagsPage } from '../views/tags-page'

/** Articles on one tag page. */
const TAG_PAGE_SIZE = 20

const TAGS = 'الوسوم'
const NO_SUCH_TAG = 'لا يوجد وسم بهذا الاسم.'

export const tagPages = new Hono<AppEnv>()

tagPages.get(
  '/',
  describeRoute({
    summary: 'Every tag with its article count',
    responses: { 200: textResponse('text/html', 'The page') },
  }),
  async (c) => {
    const tags = await getTagIndex(c.env.CONTENT, c.var.now)
    const origin = c.var.origin
    const url = `${origin}/tags`
    const description = 'كل الوسوم وعدد المقالات في كل منها.'
    const crumbs: Crumb[] = [homeCrumb(origin), { name: TAGS }]
    return c.render(<TagsPage tags={tags} crumbs={crumbs} />, {
      title: TAGS,
      description,
      meta: {
        canonical: url,
        type: 'website',
        jsonLd: [
          collectionPage(TAGS, url, description, siteOf(c), origin),
          breadcrumbList(crumbs, url),
        ],
      },
    })
  }
)

tagPages.get(
  '/:tag',
  describeRoute({
    summary: "A tag's page: its articles, newest first, 20 a page",
    responses: {
      200: textResponse('text/html', 'The page'),
      301: redirectResponse('Another spelling of the tag: to its canonical address'),
      404: errorResponse('No such tag, or a page past the last'),
    },
  }),
  tagParam,
  validate('query', PageQuerySchema),
  async (c) => {
    const { requested, slug } = c.req.valid('param').tag
    const { page } = c.req.valid('query')
    const [slice, latest] = await Promise.all([
      slug
        ? getTagSlice(c.env.CONTENT, slug, (page - 1) * TAG_PAGE_SIZE, TAG_PAGE_SIZE, c.var.now)
        : null,
      getLatestSlice(c.env.CONTENT, 0, RAIL_SIZE, c.var.now),
    ])
    if (!slice) throw notFound(NO_SUCH_TAG)
    if (requested !== slug) return c.redirect(tagPath(slug) + new URL(c.req.url).search, 301)
    checkPageInRange(page, TAG_PAGE_SIZE, slice.total)
    const { tag } = slice.shard
    const origin = c.var.origin
    const url = origin + tagPath(tag.slug) + (page === 1 ? '' : `?page=${page}`)
    const description = `مقالات عن ${tag.name}`
    const crumbs: Crumb[] = [
      homeCrumb(origin),
      { name: TAGS, url: `${origin}/tags` },
      { name: tag.name },
    ]
    return c.render(
      <TagPage
        dates={datesOf(c)}
        tag={tag}
        articles={slice.articles}
        pagination={pagination(page, TAG_PAGE_SIZE, slice.total)}
        crumbs={crumbs}
      />,
      {
        title: page === 1 ? tag.name : `${tag.name}: الصفحة ${page}`,
        description,
        rail: [latestList(latest.articles)],
        meta: {
          canonical: url,
          type: 'website',
          jsonLd: [
            collectionPage(tag.name, url, description, siteOf(c), origin),
            breadcrumbList(crumbs, url),
          ],
        },
        alternates: [
          { type: 'application/rss+xml', href: tagFeedPath(tag.slug), title: `${tag.name}: RSS` },
        ],
      }
    )
  }
)

tagPages.use('/:tag/feed.xml', openCors)

tagPages.get(
  '/:tag/feed.xml',
  describeRoute({
    summary: 'RSS 2.0 feed of one tag, language ar, full content',
    responses: {
      200: textResponse('application/rss+xml', 'RSS'),
      301: redirectResponse('Another spelling of the tag: to its canonical feed'),
      404: errorResponse('No such tag'),
    },
  }),
  tagParam,
  async (c) => {
    const { requested, slug } = c.req.valid('param').tag
    const now = c.var.now
    const slice = slug ? await getTagSlice(c.env.CONTENT, slug, 0, FEED_SIZE, now) : null
    if (!slice) throw notFound(NO_SUCH_TAG)
    if (requested !== slug) return c.redirect(tagFeedPath(slug), 301)
    const origin = c.var.origin
    const { tag } = slice.shard
    const site = siteOf(c)
    const channel = {
      title: `${tag.name} | ${site.name}`,
      description: `مقالات عن ${tag.name}`,
      homePageUrl: origin + tagPath(slug),
      feedUrl: origin + tagFeedPath(slug),
      publisher: { name: site.name, url: `${origin}/` },
    }
    return feedResponse(
      c,
      'rss',
      channel,
      await feedItems(c.env.CONTENT, slice.articles, origin, now)
    )
  }
)
