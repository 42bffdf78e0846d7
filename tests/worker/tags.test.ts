import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { TagArticlesResponseSchema, TagListResponseSchema } from '../../src/schema/api/tag'
import { fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG, ORIGIN } from './seed'

beforeEach(loadSeed)

/** The canonical slug of كوريا الجنوبية: the matching key with hyphens (ة is matched as ه). */
const SOUTH_KOREA = 'كوريا-الجنوبيه'
const SOUTH_KOREA_PATH = `/tags/${encodeURIComponent(SOUTH_KOREA)}`

/** Follows redirects by hand, returning every status on the way and the final response. */
async function follow(path: string) {
  const statuses: number[] = []
  let res = await fetchWorker(path, { redirect: 'manual' })
  for (let hops = 0; res.status === 301 && hops < 5; hops++) {
    statuses.push(res.status)
    const location = new URL(res.headers.get('location')!, ORIGIN)
    res = await fetchWorker(location.pathname + location.search, { redirect: 'manual' })
  }
  statuses.push(res.status)
  return { statuses, res }
}

describe('GET /tags/:tag, any spelling', () => {
  it.each([
    ['Persian letters, hyphenated', '/tags/کوریا-الجنوبیة'],
    ['Arabic letters with a space', '/tags/كوريا الجنوبية'],
    ['diacritics and shadda', '/tags/كُوريا-الجنوبيّة'],
    ['tatweel', '/tags/كوريـــا-الجنوبيـة'],
    ['percent-encoded Persian', `/tags/${encodeURIComponent('کوریا الجنوبیة')}`],
    ['a hidden right-to-left override', `/tags/${encodeURIComponent('\u202Eكوريا الجنوبية')}`],
  ])('redirects %s once, permanently, to the canonical tag page', async (_case, path) => {
    const first = await fetchWorker(path, { redirect: 'manual' })
    expect(first.status).toBe(301)
    expect(first.headers.get('location')).toBe(SOUTH_KOREA_PATH)
    const { statuses, res } = await follow(path)
    expect(statuses).toEqual([301, 200])
    const html = await res.text()
    expect(html).toContain('<h1>كوريا الجنوبية</h1>')
    expect(html).toContain(`href="/articles/${NK_SLUG}"`)
  })

  it('serves the canonical address directly, listing the seed article', async () => {
    const res = await fetchWorker(SOUTH_KOREA_PATH, { redirect: 'manual' })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<p class="meta">مقال واحد</p>')
    expect(html).toContain('علاقات كوريا الشمالية مع روسيا')
  })

  it('answers a page past the last with the Arabic 404 page', async () => {
    expect((await fetchWorker(`${SOUTH_KOREA_PATH}?page=1`)).status).toBe(200)
    const res = await fetchWorker(`${SOUTH_KOREA_PATH}?page=2`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('آخر صفحة هي 1.')
  })

  it('keeps the query string through the redirect', async () => {
    const res = await fetchWorker('/tags/کوریا-الجنوبیة?page=1', { redirect: 'manual' })
    expect(res.headers.get('location')).toBe(`${SOUTH_KOREA_PATH}?page=1`)
  })

  it('keeps the Persian junk phrase a tag of its own, reachable by its Arabic spelling', async () => {
    const { statuses, res } = await follow(`/tags/${encodeURIComponent('كوريا الجنوبية روسيا في')}`)
    expect(statuses).toEqual([301, 200])
    expect(await res.text()).toContain('<h1>کوریا الجنوبیة روسیا فی</h1>')
  })

  it('answers an unknown tag with the Arabic 404 page, without redirecting first', async () => {
    const res = await fetchWorker('/tags/لا-يوجد-وسم', { redirect: 'manual' })
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('<h1>الصفحة غير موجودة</h1>')
    expect((await fetchWorker('/tags/%D9%8E%D9%8E', { redirect: 'manual' })).status).toBe(404) // only diacritics
  })
})

describe('tag links on the article page', () => {
  it('all lead straight to a tag page that lists the article', async () => {
    const html = await (await fetchWorker(`/articles/${NK_SLUG}`)).text()
    const hrefs = [...html.matchAll(/<a href="(\/tags\/[^"]+)" rel="tag">/g)].map(
      (match) => match[1]!
    )
    expect(hrefs).toHaveLength(11)
    for (const href of hrefs) {
      const res = await fetchWorker(href, { redirect: 'manual' })
      expect(res.status, href).toBe(200)
      expect(await res.text()).toContain(`href="/articles/${NK_SLUG}"`)
    }
  })
})

describe('GET /tags', () => {
  it('lists every tag with its article count, linking canonical addresses', async () => {
    const res = await fetchWorker('/tags')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1>الوسوم</h1>')
    expect(html.match(/<a href="\/tags\/[^"]+">/g)).toHaveLength(15)
    expect(html).toContain(
      `<a href="${SOUTH_KOREA_PATH}">كوريا الجنوبية</a> <span class="meta">(مقال واحد)</span>`
    )
  })
})

describe('GET /api/tags', () => {
  it('lists every tag with name, canonical slug, URL and count', async () => {
    const res = await fetchWorker('/api/tags')
    expect(res.status).toBe(200)
    const body = v.parse(TagListResponseSchema, await res.json())
    expect(body.meta.total).toBe(15)
    expect(body.tags).toContainEqual({
      name: 'كوريا الجنوبية',
      slug: SOUTH_KOREA,
      url: ORIGIN + SOUTH_KOREA_PATH,
      count: 1,
    })
    expect(body.tags.map((tag) => tag.name)).toContain('وزارة العدل')
  })
})

describe('GET /api/tags/:tag', () => {
  it.each([
    ['/api/tags/کوریا-الجنوبیة'],
    ['/api/tags/كوريا الجنوبية'],
    [`/api/tags/${encodeURIComponent(SOUTH_KOREA)}`],
  ])('answers %s directly, with the canonical slug', async (path) => {
    const res = await fetchWorker(path, { redirect: 'manual' })
    expect(res.status).toBe(200)
    const body = v.parse(TagArticlesResponseSchema, await res.json())
    expect(body.tag).toEqual({
      name: 'كوريا الجنوبية',
      slug: SOUTH_KOREA,
      url: ORIGIN + SOUTH_KOREA_PATH,
      count: 1,
    })
    expect(body.articles.map((article) => article.slug)).toEqual([NK_SLUG])
    expect(body.meta.pagination).toEqual({
      page: 1,
      limit: 15,
      pages: 1,
      total: 1,
      next: null,
      prev: null,
    })
  })

  it('lists the read-also article under its own tags', async () => {
    const body = v.parse(
      TagArticlesResponseSchema,
      await (await fetchWorker('/api/tags/الطب الشرعي')).json()
    )
    expect(body.articles.map((article) => article.slug)).toEqual([MOJ_SLUG])
  })

  it('answers an unknown tag with a 404 error object', async () => {
    const res = await fetchWorker('/api/tags/لا-يوجد-وسم')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } })
  })
})

describe('tag validation', () => {
  const longTag = 'ب'.repeat(201)
  it.each([
    ['a decoded tag over 200 characters', `/api/tags/${encodeURIComponent(longTag)}`],
    ['an invalid percent-encoding', '/api/tags/%E0%A4%A'],
    ['a truncated UTF-8 sequence', '/api/tags/%D9'],
    ['page=0', '/api/tags/كوريا-الجنوبيه?page=0'],
    ['page=-1', '/api/tags/كوريا-الجنوبيه?page=-1'],
    ['page=x', '/api/tags/كوريا-الجنوبيه?page=x'],
    ['limit=0', '/api/tags/كوريا-الجنوبيه?limit=0'],
    ['limit=51', '/api/tags/كوريا-الجنوبيه?limit=51'],
  ])('answers the API %s with a 400 error object', async (_case, path) => {
    const res = await fetchWorker(path)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'invalid_request', message: expect.any(String) },
    })
  })

  it.each([
    ['a decoded tag over 200 characters', `/tags/${encodeURIComponent(longTag)}`],
    ['an invalid percent-encoding', '/tags/%E0%A4%A'],
    ['page=0', `${SOUTH_KOREA_PATH}?page=0`],
  ])('answers the page %s with an Arabic 400 page', async (_case, path) => {
    const res = await fetchWorker(path, { redirect: 'manual' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('<h1>طلب غير صالح</h1>')
  })

  it('accepts a tag of exactly 200 characters (and finds nothing)', async () => {
    expect((await fetchWorker(`/api/tags/${encodeURIComponent('ب'.repeat(200))}`)).status).toBe(404)
  })
})
