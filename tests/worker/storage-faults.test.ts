import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey, latestShardKey, tagIndexKey, tagShardKey } from '../../src/store/keys'
import { fetchWorker, loadSeed, NK_SLUG } from './seed'

beforeEach(loadSeed)

const validRecord = async () =>
  JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!) as Record<string, unknown>

describe('a corrupted KV value', () => {
  it.each([
    ['truncated JSON', async () => (await env.CONTENT.get(articleKey(NK_SLUG)))!.slice(0, 100)],
    [
      'a wrong schema version',
      async () => JSON.stringify({ ...(await validRecord()), schema_version: 99 }),
    ],
    ['a missing field', async () => JSON.stringify({ ...(await validRecord()), html: undefined })],
    ['a wrong type', async () => JSON.stringify({ ...(await validRecord()), tags: 'كوريا' })],
  ])('(%s) gives the API a clean 503 error object with Retry-After', async (_case, corrupt) => {
    await env.CONTENT.put(articleKey(NK_SLUG), await corrupt())
    const res = await fetchWorker(`/api/articles/${NK_SLUG}`)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('30')
    const body = await res.text()
    expect(JSON.parse(body)).toEqual({
      error: { code: 'unavailable', message: expect.any(String) },
    })
    expect(body).not.toMatch(/CorruptRecordError|at \w+ \(|\.ts:\d+/)
  })

  it('gives readers an Arabic 503 page, not a stack trace', async () => {
    await env.CONTENT.put(articleKey(NK_SLUG), '{"schema_version":1')
    const res = await fetchWorker(`/articles/${NK_SLUG}`)
    expect(res.status).toBe(503)
    const html = await res.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<h1>الخدمة غير متاحة مؤقتًا</h1>')
    expect(html).not.toMatch(/CorruptRecordError|at \w+ \(/)
  })

  it('in the latest list makes the home page and the list API answer 503', async () => {
    await env.CONTENT.put(latestShardKey(1), 'not json')
    expect((await fetchWorker('/')).status).toBe(503)
    expect((await fetchWorker('/api/articles')).status).toBe(503)
  })

  it('leaves other articles readable', async () => {
    await env.CONTENT.put(articleKey(NK_SLUG), 'not json')
    expect((await fetchWorker('/api/articles/moj-uae-university-forensic-medicine')).status).toBe(
      200
    )
  })
})

describe('a corrupted tag record', () => {
  it('in the tag index makes /tags and /api/tags answer 503', async () => {
    await env.CONTENT.put(
      tagIndexKey(),
      JSON.stringify({ schema_version: 1, tags: [{ name: 'روسيا', slug: 'روسيا', count: 0 }] })
    )
    expect((await fetchWorker('/tags')).status).toBe(503)
    expect((await fetchWorker('/api/tags')).status).toBe(503)
  })

  it('in a tag page makes that tag answer 503 and leaves other tags readable', async () => {
    await env.CONTENT.put(
      tagShardKey('كوريا-الجنوبيه', 1),
      JSON.stringify({ schema_version: 1, shard: 1, total: 1, articles: [] })
    )
    expect((await fetchWorker('/api/tags/كوريا-الجنوبيه')).status).toBe(503)
    expect((await fetchWorker('/tags/كوريا-الجنوبيه')).status).toBe(503)
    expect((await fetchWorker('/api/tags/كوريا-الشماليه')).status).toBe(200)
  })
})

describe('a missing record', () => {
  it('of a read-also article leaves the page readable; the link leads to a clean 404', async () => {
    await env.CONTENT.delete(articleKey('moj-uae-university-forensic-medicine'))
    expect((await fetchWorker(`/articles/${NK_SLUG}`)).status).toBe(200)
    expect((await fetchWorker('/articles/moj-uae-university-forensic-medicine')).status).toBe(404)
  })

  it('of a tag page makes that tag a 404 and leaves the articles readable', async () => {
    await env.CONTENT.delete(tagShardKey('كوريا-الجنوبيه', 1))
    expect((await fetchWorker('/tags/كوريا-الجنوبيه')).status).toBe(404)
    expect((await fetchWorker(`/articles/${NK_SLUG}`)).status).toBe(200)
  })
})

describe('an empty namespace (nothing published yet)', () => {
  it('serves an empty home page and an empty list', async () => {
    await env.CONTENT.delete(latestShardKey(1))
    expect((await fetchWorker('/')).status).toBe(200)
    const body = (await (await fetchWorker('/api/articles')).json()) as {
      meta: { pagination: { total: number } }
    }
    expect(body.meta.pagination.total).toBe(0)
  })
})
