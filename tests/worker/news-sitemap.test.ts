import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../src/schema/stored/article-summary'
import { latestShardKey } from '../../src/store/keys'
import { fetchWorker } from './seed'

const HOUR = 3_600_000

const summary = (slug: string, hoursAgo: number): ArticleSummary => ({
  slug,
  title: `خبر ${slug}`,
  summary: 'ملخص',
  published_at: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
  updated_at: null,
  source_name: 'منبر',
  authors: [],
})

describe('GET /news-sitemap.xml', () => {
  it('lists only the articles of the last two days, with Google News fields', async () => {
    const articles = [
      summary('fresh', 1),
      summary('yesterday', 30),
      summary('old', 49),
      summary('older', 200),
    ]
    await env.CONTENT.put(
      latestShardKey(1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 4, articles })
    )
    const res = await fetchWorker('/news-sitemap.xml')
    expect(res.status).toBe(200)
    const xml = await res.text()
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://minbar.test/articles/fresh',
      'https://minbar.test/articles/yesterday',
    ])
    expect(xml).toContain('<news:language>ar</news:language>')
    expect(xml).toContain('<news:title>خبر fresh</news:title>')
  })

  it('is listed in the sitemap index while it has articles', async () => {
    await env.CONTENT.put(
      latestShardKey(1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 1, articles: [summary('fresh', 47)] })
    )
    const index = await (await fetchWorker('/sitemap.xml')).text()
    expect(index).toContain('<loc>https://minbar.test/news-sitemap.xml</loc>')
  })

  it('answers 404 and leaves the index when nothing is recent (an empty urlset is invalid)', async () => {
    await env.CONTENT.put(
      latestShardKey(1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 1, articles: [summary('old', 49)] })
    )
    const res = await fetchWorker('/news-sitemap.xml')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const index = await (await fetchWorker('/sitemap.xml')).text()
    expect(index).not.toContain('news-sitemap.xml')
    expect(index).toContain('<loc>https://minbar.test/sitemaps/articles/1.xml</loc>')
  })

  it('leaves out of the index a shard whose articles are all still to come, which answers 404', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString()
    const articles = Array.from({ length: 50 }, (_, i) => ({
      ...summary(`soon-${i}`, 0),
      published_at: future,
    }))
    const upcoming = articles.map((article) => article.published_at)
    await env.CONTENT.put(
      latestShardKey(1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 51, upcoming, articles })
    )
    await env.CONTENT.put(
      latestShardKey(2),
      JSON.stringify({ schema_version: 1, shard: 2, total: 51, articles: [summary('out', 100)] })
    )
    const index = await (await fetchWorker('/sitemap.xml')).text()
    expect(index).not.toContain('/sitemaps/articles/1.xml')
    expect(index).toContain('/sitemaps/articles/2.xml')
    expect((await fetchWorker('/sitemaps/articles/1.xml')).status).toBe(404)
    expect((await fetchWorker('/sitemaps/articles/2.xml')).status).toBe(200)
  })
})
