import { env, exports } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { ArticleListResponseSchema, ArticleResponseSchema } from '../../src/schema/api/article'
import { ApiErrorBodySchema } from '../../src/schema/api/error'
import { articleKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG, ORIGIN } from './seed'
import { KEYWORD_LINE, READ_ALSO_TITLE, SIMILAR_TITLES_SHOWN } from './seed-text'

beforeEach(loadSeed)

async function json(path: string) {
  const res = await fetchWorker(path)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return { res, body: (await res.json()) as unknown }
}

async function expectError(path: string, status: number, code: string) {
  const { res, body } = await json(path)
  expect(res.status).toBe(status)
  const parsed = v.parse(
    v.strictObject({ error: v.strictObject(ApiErrorBodySchema.entries.error.entries) }),
    body
  )
  expect(parsed.error.code).toBe(code)
  expect(parsed.error.message.length).toBeGreaterThan(0)
  return parsed.error
}

describe('GET /api/articles', () => {
  it('lists published articles newest first with Ghost-style pagination', async () => {
    const { res, body } = await json('/api/articles')
    expect(res.status).toBe(200)
    const list = v.parse(ArticleListResponseSchema, body)
    expect(list.articles.map((article) => article.slug)).toEqual([NK_SLUG, MOJ_SLUG])
    expect(list.meta.pagination).toEqual({
      page: 1,
      limit: 15,
      pages: 1,
      total: 2,
      next: null,
      prev: null,
    })
    expect(list.articles[0]).toEqual({
      slug: NK_SLUG,
      url: `${ORIGIN}/articles/${NK_SLUG}`,
      title: 'علاقات كوريا الشمالية مع روسيا',
      summary:
        'تعتبر علاقات كوريا الشمالية مع روسيا من أقدم وأعمق العلاقات الدولية في العالم، فهي ترجع إلى نهاية الحرب العالمية الثانية وبداية الحرب الباردة.',
      published_at: '2025-04-03T10:00:00+02:00',
      updated_at: null,
      source_name: 'صدى البلد',
      section: { slug: 'world', name: 'عربي ودولي', url: `${ORIGIN}/sections/world` },
      authors: [],
      // The seed has no image: Ghost's fields are there, and null.
      feature_image: null,
      feature_image_alt: null,
      feature_image_caption: null,
      feature_image_credit: null,
    })
  })

  it('pages with limit and page', async () => {
    const first = v.parse(ArticleListResponseSchema, (await json('/api/articles?limit=1')).body)
    expect(first.articles.map((article) => article.slug)).toEqual([NK_SLUG])
    expect(first.meta.pagination).toEqual({
      page: 1,
      limit: 1,
      pages: 2,
      total: 2,
      next: 2,
      prev: null,
    })
    const second = v.parse(
      ArticleListResponseSchema,
      (await json('/api/articles?limit=1&page=2')).body
    )
    expect(second.articles.map((article) => article.slug)).toEqual([MOJ_SLUG])
    expect(second.meta.pagination).toEqual({
      page: 2,
      limit: 1,
      pages: 2,
      total: 2,
      next: null,
      prev: 1,
    })
  })

  it('answers a page past the end with an empty list and the real totals', async () => {
    const { res, body } = await json('/api/articles?page=9')
    expect(res.status).toBe(200)
    const list = v.parse(ArticleListResponseSchema, body)
    expect(list.articles).toEqual([])
    expect(list.meta.pagination).toMatchObject({ page: 9, pages: 1, total: 2, next: null, prev: 1 })
  })

  it.each([
    ['page=0'],
    ['page=-1'],
    ['page=1.5'],
    ['page=abc'],
    ['page=1e3'],
    ['page=99999999999'],
    ['limit=0'],
    ['limit=51'],
    ['limit=%20'],
    ['page=1&page=2'],
  ])('refuses ?%s with a 400 error object', async (query) => {
    await expectError(`/api/articles?${query}`, 400, 'invalid_request')
  })
})

describe('GET /api/articles/:slug', () => {
  it('returns the whole article with absolute URLs', async () => {
    const { res, body } = await json(`/api/articles/${NK_SLUG}`)
    expect(res.status).toBe(200)
    const { article } = v.parse(ArticleResponseSchema, body)
    expect(article.slug).toBe(NK_SLUG)
    expect(article.url).toBe(`${ORIGIN}/articles/${NK_SLUG}`)
    expect(article.published_at).toBe('2025-04-03T10:00:00+02:00')
    expect(article.updated_at).toBeNull()
    expect(article.html).toContain('<h2>التاريخ</h2>')
    expect(article.html).toContain(
      '<li>المجال الثقافي: يزداد التعاون في مجالات التعليم والثقافة والرياضة'
    )
    expect(article.reading_time_minutes).toBeGreaterThanOrEqual(3)
    expect(article.source).toEqual({ name: 'صدى البلد', url: null })
    expect(article.tags.map((tag) => tag.name).join(' ')).toBe(KEYWORD_LINE)
    for (const tag of article.tags)
      expect(tag.url).toBe(`${ORIGIN}/tags/${encodeURIComponent(tag.slug)}`)
    expect(article.read_also).toHaveLength(1)
    expect(article.read_also[0]).toMatchObject({
      slug: MOJ_SLUG,
      title: READ_ALSO_TITLE,
      url: `${ORIGIN}/articles/${MOJ_SLUG}`,
    })
    expect(article.related.map((entry) => entry.title)).toEqual(SIMILAR_TITLES_SHOWN)
    // Every one is an editor's pick of a headline with no page of ours and no link.
    for (const entry of article.related) expect(entry).toEqual({ title: entry.title, picked: true })
  })

  it("answers a changed record's JSON as soon as it changes, and each origin's own URLs", async () => {
    const before = await json(`/api/articles/${NK_SLUG}`)
    const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    record.title = 'عنوان جديد بعد التعديل'
    await env.CONTENT.put(articleKey(NK_SLUG), JSON.stringify(record))
    await bumpContentVersion()
    const after = await json(`/api/articles/${NK_SLUG}`)
    const { article } = v.parse(ArticleResponseSchema, after.body)
    expect(article.title).toBe('عنوان جديد بعد التعديل')
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'))
    await bumpContentVersion()
    const other = await exports.default.fetch(
      new Request(`https://other.example/api/articles/${NK_SLUG}`)
    )
    const otherArticle = v.parse(ArticleResponseSchema, await other.json()).article
    expect(otherArticle.url).toBe(`https://other.example/articles/${NK_SLUG}`)
  })

  it('answers an unknown slug with a 404 error object', async () => {
    await expectError('/api/articles/no-such-article', 404, 'not_found')
  })

  it.each([['NK'], ['%E0%A4%A'], ['a'.repeat(201)], ['a%00b'], ['%E2%80%AEabc']])(
    'refuses the slug %s with a 400',
    async (slug) => {
      await expectError(`/api/articles/${slug}`, 400, 'invalid_request')
    }
  )

  it('answers unknown API paths with a JSON 404, not a page', async () => {
    await expectError('/api/nothing-here', 404, 'not_found')
    await expectError(`/api/articles/${NK_SLUG}/extra`, 404, 'not_found')
  })
})
