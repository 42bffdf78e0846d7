/**
 * @module
 * `/robots.txt`, `/sitemap.xml` (an index), its child sitemaps, and `/news-sitemap.xml`, which
 * holds only what was published in the last two days, as Google News asks.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { newsSitemap, sitemapIndex, urlSet, type NewsEntry } from '../feeds/sitemap'
import { notFound } from '../http/public-error'
import type { RouteDoc } from '../http/route-docs'
import { validate } from '../http/validate'
import { describeRoute, errorResponse, textResponse } from '../openapi/describe-route'
import { listShardCount } from '../schema/stored/article-list-shard'
import { articlePath, tagPath } from '../site'
import { getLatestShard } from '../store/articles'
import { isReleased } from '../store/release-time'
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
    return c.text(
      `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`
    )
  }
)

sitemaps.get('/sitemap.xml', describeRoute(xmlDoc('Sitemap index', 'Sitemap index')), async (c) => {
  const origin = c.var.origin
  // Shards as stored: scheduled articles take room in them too, so count from the stored total.
  const shards = listShardCount((await getLatestShard(c.env.CONTENT, 1))?.total ?? 0)
  const children = [
    `${origin}/sitemaps/pages.xml`,
    ...Array.from({ length: shards }, (_, i) => `${origin}/sitemaps/articles/${i + 1}.xml`),
  ]
  return c.body(sitemapIndex(children), 200, XML)
})

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

sitemaps.get(
  '/sitemaps/articles/:file',
  describeRoute({
    ...xmlDoc('Sitemap of one shard of articles'),
    responses: {
      200: textResponse('application/xml', 'Sitemap'),
      404: errorResponse('No such shard'),
    },
  }),
  validate('param', ShardFileSchema),
  async (c) => {
    const { file: shardNumber } = c.req.valid('param')
    const shard = await getLatestShard(c.env.CONTENT, shardNumber)
    if (!shard) throw notFound('لا توجد خريطة موقع بهذا الرقم')
    const origin = c.var.origin
    const now = c.var.now
    const released = shard.articles.filter((article) => isReleased(article.published_at, now))
    const urls = released.map((article) => ({
      loc: origin + articlePath(article.slug),
      lastmod: article.updated_at ?? article.published_at,
    }))
    return c.body(urlSet(urls), 200, XML)
  }
)

sitemaps.get(
  '/news-sitemap.xml',
  describeRoute(xmlDoc('Google News sitemap: the last two days', 'News sitemap')),
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
    return c.body(newsSitemap(entries.slice(0, NEWS_MAX_URLS)), 200, XML)
  }
)
