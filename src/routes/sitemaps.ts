/**
 * @module
 * `/robots.txt`, `/sitemap.xml` (an index), its child sitemaps (the home and tag pages; the
 * section, author and static pages; the articles, shard by shard), and `/news-sitemap.xml`, which
 * holds only what was published in the last two days, as Google News asks.
 *
 * Every sitemap served is valid against sitemaps.org's schema, which wants at least one `<url>`:
 * a sitemap that would be empty (no recent article, a shard of articles not out yet) answers 404,
 * and the index lists only sitemaps that have something in them. Whether the news sitemap does
 * depends on the clock, so the index is never kept in the edge cache (see `edge-cache.ts`).
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { newsSitemap, sitemapIndex, urlSet, type NewsEntry } from '../feeds/sitemap'
import { notFound } from '../http/public-error'
import type { RouteDoc } from '../http/route-docs'
import { siteOf } from '../http/site-context'
import { validate } from '../http/validate'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { LIST_SHARD_SIZE, listShardCount } from '../schema/stored/article-list-shard'
import type { SiteRecord } from '../schema/stored/site-record'
import { articlePath, authorPath, pagePath, sectionPath, tagPath } from '../site'
import { getLatestShard, getLatestSlice } from '../store/articles'
import { getAuthorIndex } from '../store/newsroom'
import { isReleased, stillUpcoming } from '../store/release-time'
import { getTagIndex } from '../store/tags'

/** Google News reads articles from the last two days only. */
const NEWS_WINDOW_MS = 2 * 86_400_000
/** Google News takes at most 1,000 URLs per sitemap. */
const NEWS_MAX_URLS = 1000

const XML = { 'Content-Type': 'application/xml; charset=utf-8' }

const ShardFileSchema = v.object({
  file: v.pipe(
    v.string(),
    v.regex(/^[1-9]\d{0,6}\.xml$/, 'اسم الملف يجب أن يكون رقمًا يتبعه .xml'),
    v.examples(['1.xml']),
    v.transform((file) => Number.parseInt(file, 10))
  ),
})

export const sitemaps = new Hono<AppEnv>()

const xmlDoc = (summary: string, description = 'Sitemap'): RouteDoc => ({
  summary,
  responses: { 200: textResponse('application/xml', description) },
})

sitemaps.get(
  '/robots.txt',
  describeRoute({
    summary: 'Robots rules and the sitemaps',
    storage: false,
    responses: { 200: textResponse('text/plain', 'robots.txt') },
  }),
  (c) => {
    const origin = c.var.origin
    // The news sitemap is in the index whenever it has articles in it.
    return c.text(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`)
  }
)

sitemaps.get('/sitemap.xml', describeRoute(xmlDoc('Sitemap index', 'Sitemap index')), async (c) => {
  const origin = c.var.origin
  const now = c.var.now
  const shardOne = await getLatestShard(c.env.CONTENT, 1)
  // Shards as stored: scheduled articles head the list, so the shards that hold only articles
  // still to come are left out, and the rest are counted from the stored total.
  const total = shardOne?.total ?? 0
  const firstOut = Math.floor(stillUpcoming(shardOne?.upcoming ?? [], now) / LIST_SHARD_SIZE) + 1
  const articleShards = total === 0 ? [] : range(firstOut, listShardCount(total))
  const site = siteOf(c)
  // The site record answers for most sites; only one with neither sections nor pages is asked
  // for its authors.
  const hasNewsroomPages =
    site.sections.length > 0 ||
    site.pages.length > 0 ||
    (await getAuthorIndex(c.env.CONTENT, now)).length > 0
  const children = [
    `${origin}/sitemaps/pages.xml`,
    ...(hasNewsroomPages ? [`${origin}/sitemaps/newsroom.xml`] : []),
    ...articleShards.map((shard) => `${origin}/sitemaps/articles/${shard}.xml`),
    ...((await hasRecentArticles(c.env.CONTENT, now)) ? [`${origin}/news-sitemap.xml`] : []),
  ]
  return c.body(sitemapIndex(children), 200, XML)
})

/** The whole numbers from `first` to `last`, both included. */
const range = (first: number, last: number) =>
  Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)

/** Whether the news sitemap has anything in it at `now`: the newest article out is recent. */
async function hasRecentArticles(kv: KVNamespace, now: number): Promise<boolean> {
  const [newest] = (await getLatestSlice(kv, 0, 1, now)).articles
  return newest !== undefined && Date.parse(newest.published_at) >= now - NEWS_WINDOW_MS
}

sitemaps.get(
  '/sitemaps/pages.xml',
  describeRoute(xmlDoc('Sitemap of the home, tags index and tag pages')),
  async (c) => {
    const origin = c.var.origin
    const tags = await getTagIndex(c.env.CONTENT, c.var.now)
    const urls = [
      { loc: `${origin}/` },
      { loc: `${origin}/tags` },
      ...tags.map((tag) => ({ loc: origin + tagPath(tag.slug) })),
    ]
    return c.body(urlSet(urls), 200, XML)
  }
)

/**
 * The paths of the newsroom's own pages: its sections in navigation order, its authors and its
 * static pages. The site record names the sections and pages; the authors are read from their
 * index.
 */
async function newsroomPaths(kv: KVNamespace, site: SiteRecord, now: number): Promise<string[]> {
  const authors = await getAuthorIndex(kv, now)
  return [
    ...site.sections.map((section) => sectionPath(section.slug)),
    ...authors.map((author) => authorPath(author.slug)),
    ...site.pages.map((page) => pagePath(page.slug)),
  ]
}

sitemaps.get(
  '/sitemaps/newsroom.xml',
  describeRoute({
    ...xmlDoc('Sitemap of the section, author and static pages'),
    responses: {
      200: textResponse('application/xml', 'Sitemap'),
      404: errorResponse('The site has no sections, authors or static pages'),
    },
  }),
  async (c) => {
    const paths = await newsroomPaths(c.env.CONTENT, siteOf(c), c.var.now)
    // An empty urlset is invalid against the sitemaps.org schema.
    if (paths.length === 0) throw notFound('لا أقسام ولا كتّاب ولا صفحات في هذا الموقع')
    const origin = c.var.origin
    return c.body(urlSet(paths.map((path) => ({ loc: origin + path }))), 200, XML)
  }
)

sitemaps.get(
  '/sitemaps/articles/:file',
  describeRoute({
    ...xmlDoc('Sitemap of one shard of articles'),
    responses: {
      200: textResponse('application/xml', 'Sitemap'),
      404: errorResponse('No such shard, or none of its articles is out yet'),
    },
  }),
  validate('param', ShardFileSchema),
  async (c) => {
    const { file: shardNumber } = c.req.valid('param')
    const shard = await getLatestShard(c.env.CONTENT, shardNumber)
    const now = c.var.now
    const released = (shard?.articles ?? []).filter((article) =>
      isReleased(article.published_at, now)
    )
    if (released.length === 0) throw notFound('لا توجد خريطة موقع بهذا الرقم')
    const origin = c.var.origin
    const urls = released.map((article) => ({
      loc: origin + articlePath(article.slug),
      lastmod: article.updated_at ?? article.published_at,
    }))
    return c.body(urlSet(urls), 200, XML)
  }
)

sitemaps.get(
  '/news-sitemap.xml',
  describeRoute({
    summary: 'Google News sitemap: the last two days',
    responses: {
      200: textResponse('application/xml', 'News sitemap'),
      404: errorResponse('Nothing was published in the last two days'),
    },
  }),
  async (c) => {
    const origin = c.var.origin
    const now = c.var.now
    const since = now - NEWS_WINDOW_MS
    const entries: NewsEntry[] = []
    // The list is newest first: read shard after shard until an article is older than the window.
    for (let shard = 1; entries.length < NEWS_MAX_URLS; shard++) {
      const record = await getLatestShard(c.env.CONTENT, shard)
      const recent = (record?.articles ?? []).filter(
        (article) =>
          Date.parse(article.published_at) >= since && isReleased(article.published_at, now)
      )
      for (const article of recent)
        entries.push({
          loc: origin + articlePath(article.slug),
          title: article.title,
          publishedAt: article.published_at,
        })
      // Scheduled articles head shard 1, so only an article older than the window ends the scan.
      const oldest = record?.articles.at(-1)
      if (!record || !oldest || Date.parse(oldest.published_at) < since) break
    }
    if (entries.length === 0) throw notFound('لم يُنشر شيء في اليومين الأخيرين')
    return c.body(newsSitemap(siteOf(c).name, entries.slice(0, NEWS_MAX_URLS)), 200, XML)
  }
)
