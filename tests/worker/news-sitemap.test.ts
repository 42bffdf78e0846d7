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

  it('is a valid, empty urlset when nothing is recent', async () => {
    await env.CONTENT.put(
      latestShardKey(1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 1, articles: [summary('old', 100)] })
    )
    const xml = await (await fetchWorker('/news-sitemap.xml')).text()
    expect(xml).toMatch(/<urlset[^>]*>\n<\/urlset>$/)
  })
})
