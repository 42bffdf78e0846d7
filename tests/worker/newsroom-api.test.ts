/**
 * The newsroom's JSON API: sections, authors, static pages and settings, read through the Worker
 * from the newsroom corpus (twelve sections, three placeholder authors) and from the seed (no
 * authors), each answer checked against the schema the OpenAPI document publishes.
 */
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { AuthorArticlesResponseSchema, AuthorListResponseSchema } from '../../src/schema/api/author'
import { ApiErrorBodySchema } from '../../src/schema/api/error'
import { PageResponseSchema } from '../../src/schema/api/page'
import { SearchResponseSchema } from '../../src/schema/api/search'
import {
  SectionArticlesResponseSchema,
  SectionListResponseSchema,
} from '../../src/schema/api/section'
import { SettingsResponseSchema } from '../../src/schema/api/settings'
import {
  NEWSROOM_AUTHORS,
  NEWSROOM_NAME,
  NEWSROOM_SECTIONS,
  POLITICS_COUNT,
  THREE_BYLINE,
} from '../newsroom-corpus'
import { fetchWorker, loadNewsroom, loadSeed, ORIGIN } from './seed'

async function json<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
  const res = await fetchWorker(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  return v.parse(schema, await res.json())
}

async function expectError(path: string, status: number, code: string, says = '') {
  const res = await fetchWorker(path)
  expect(res.status, path).toBe(status)
  const { error } = v.parse(ApiErrorBodySchema, await res.json())
  expect(error.code).toBe(code)
  expect(error.message).toContain(says)
}

describe('the newsroom API, on the newsroom corpus', () => {
  beforeEach(loadNewsroom)

  it('GET /api/sections lists every section in navigation order, with its count and page', async () => {
    const { sections, meta } = await json('/api/sections', SectionListResponseSchema)
    expect(sections.map((section) => [section.slug, section.name])).toEqual(
      NEWSROOM_SECTIONS.map(([slug, name]) => [slug, name])
    )
    expect(meta.total).toBe(12)
    expect(sections[0]).toEqual({
      slug: 'politics',
      name: 'سياسة',
      url: `${ORIGIN}/sections/politics`,
      count: POLITICS_COUNT,
    })
    expect(sections.find((section) => section.slug === 'culture')?.count).toBe(0)
  })

  it("GET /api/sections/:slug pages through the section's articles, newest first", async () => {
    const first = await json('/api/sections/politics?limit=20', SectionArticlesResponseSchema)
    expect(first.section).toEqual({
      slug: 'politics',
      name: 'سياسة',
      url: `${ORIGIN}/sections/politics`,
      count: POLITICS_COUNT,
    })
    expect(first.articles).toHaveLength(20)
    expect(first.articles[0]!.slug).toBe(`politics-${POLITICS_COUNT}`)
    expect(first.articles.every((article) => article.section?.slug === 'politics')).toBe(true)
    const second = await json(
      '/api/sections/politics?page=2&limit=20',
      SectionArticlesResponseSchema
    )
    expect(second.articles.map((article) => article.slug)).toEqual([
      'politics-3',
      'politics-2',
      'politics-1',
    ])
    expect(second.meta.pagination).toEqual({
      page: 2,
      limit: 20,
      pages: 2,
      total: POLITICS_COUNT,
      next: null,
      prev: 1,
    })
    // The byline keeps its order in the list's summaries.
    expect(second.articles[2]!.authors.map((author) => author.slug)).toEqual(THREE_BYLINE.authors)
    const past = await json('/api/sections/politics?page=9', SectionArticlesResponseSchema)
    expect(past.articles).toEqual([])
  })

  it('GET /api/authors lists every author with their count and role', async () => {
    const { authors, meta } = await json('/api/authors', AuthorListResponseSchema)
    expect(meta.total).toBe(3)
    const bySlug = Object.fromEntries(authors.map((author) => [author.slug, author]))
    expect(bySlug['writer-a']).toEqual({
      slug: 'writer-a',
      name: NEWSROOM_AUTHORS['writer-a'].name,
      role: NEWSROOM_AUTHORS['writer-a'].role,
      url: `${ORIGIN}/authors/writer-a`,
      // politics-1, politics-2, and every third politics article from 3 to 21.
      count: 9,
    })
    expect(bySlug['writer-b']!.count).toBe(3)
    expect(bySlug['writer-c']).toMatchObject({ count: 1, role: null })
  })

  it("GET /api/authors/:slug gives the profile and the author's articles, newest first", async () => {
    const { author, articles, meta } = await json(
      '/api/authors/writer-b',
      AuthorArticlesResponseSchema
    )
    expect(author).toEqual({
      slug: 'writer-b',
      name: 'الكاتبة الثانية',
      role: 'مراسلة',
      url: `${ORIGIN}/authors/writer-b`,
      count: 3,
      image: null,
      bio_html: expect.stringContaining('سيرة تجريبية للكاتبة الثانية.'),
      same_as: ['https://example.org/writer-b'],
    })
    expect(articles.map((article) => article.slug)).toEqual([
      'economy-1',
      'politics-2',
      'politics-1',
    ])
    expect(articles[2]!.authors.map((byline) => byline.name)).toEqual([
      'الكاتبة الثانية',
      'الكاتب الأول',
      'الكاتب الثالث',
    ])
    expect(meta.pagination.total).toBe(3)
    const second = await json('/api/authors/writer-a?page=2&limit=5', AuthorArticlesResponseSchema)
    expect(second.articles).toHaveLength(4)
    expect(second.meta.pagination).toMatchObject({ page: 2, pages: 2, total: 9, prev: 1 })
  })

  it('GET /api/pages/:slug gives the page title, body and address', async () => {
    const { page } = await json('/api/pages/editorial-policy', PageResponseSchema)
    expect(page).toEqual({
      slug: 'editorial-policy',
      title: 'سياسة التحرير',
      html: expect.stringContaining('نص تجريبي لسياسة التحرير.'),
      url: `${ORIGIN}/editorial-policy`,
    })
  })

  it('GET /api/settings names the publication, its language, direction and navigation', async () => {
    const { settings } = await json('/api/settings', SettingsResponseSchema)
    expect(settings).toMatchObject({
      name: NEWSROOM_NAME,
      description: 'صحيفة لاختبار الأقسام والكتّاب',
      lang: 'ar',
      dir: 'rtl',
      timezone: 'Asia/Riyadh',
      logo: null,
      url: `${ORIGIN}/`,
    })
    const sections = settings.navigation.filter((item) => item.kind === 'section')
    expect(sections.map((item) => item.label)).toEqual(NEWSROOM_SECTIONS.map(([, name]) => name))
    expect(sections[0]).toEqual({
      kind: 'section',
      slug: 'politics',
      label: 'سياسة',
      url: `${ORIGIN}/sections/politics`,
    })
    // Sections first, then the pages.
    expect(settings.navigation.slice(12).map((item) => [item.kind, item.url])).toEqual(
      expect.arrayContaining([
        ['page', `${ORIGIN}/about`],
        ['page', `${ORIGIN}/editorial-policy`],
        ['page', `${ORIGIN}/corrections-policy`],
      ])
    )
    expect(settings.navigation).toHaveLength(15)
  })

  it('GET /api/search gives each result its section and byline, as the lists do', async () => {
    const q = encodeURIComponent('خبر تجريبي')
    const { results } = await json(`/api/search?q=${q}&limit=50`, SearchResponseSchema)
    const threeBylines = results.find((result) => result.slug === THREE_BYLINE.slug)!
    expect(threeBylines.section).toEqual({
      slug: 'politics',
      name: 'سياسة',
      url: `${ORIGIN}/sections/politics`,
    })
    expect(threeBylines.authors).toEqual(
      THREE_BYLINE.authors.map((slug) => ({
        slug,
        name: NEWSROOM_AUTHORS[slug as keyof typeof NEWSROOM_AUTHORS].name,
        url: `${ORIGIN}/authors/${slug}`,
      }))
    )
    expect(results.find((result) => result.slug === 'sports-1')?.authors).toEqual([])
  })

  it.each([
    ['/api/sections/no-such-section', 'لا يوجد قسم'],
    ['/api/authors/no-such-writer', 'لا يوجد كاتب'],
    ['/api/pages/no-such-page', 'لا توجد صفحة'],
  ])('%s is a JSON 404', async (path, says) => {
    await expectError(path, 404, 'not_found', says)
  })

  it.each([
    ['/api/sections/politics?page=0', 'page: يجب أن يكون بين 1 و1000000'],
    ['/api/sections/politics?limit=51', 'limit: يجب أن يكون بين 1 و50'],
    ['/api/sections/politics?page=abc', 'page: '],
    ['/api/authors/writer-a?limit=0', 'limit: يجب أن يكون بين 1 و50'],
    ['/api/authors/writer-a?page=1.5', 'page: '],
    ['/api/sections/Politics', 'slug: '],
    ['/api/authors/writer_a', 'slug: '],
    [`/api/pages/${'a'.repeat(201)}`, 'slug: '],
  ])('%s is a JSON 400 naming the parameter', async (path, says) => {
    await expectError(path, 400, 'invalid_request', says)
  })
})

describe('the newsroom API, on the seed', () => {
  beforeEach(loadSeed)

  it('has its two sections, its pages, and no authors', async () => {
    const { sections } = await json('/api/sections', SectionListResponseSchema)
    expect(sections.map((section) => [section.slug, section.count])).toEqual([
      ['world', 1],
      ['universities', 1],
    ])
    expect(await json('/api/authors', AuthorListResponseSchema)).toEqual({
      authors: [],
      meta: { total: 0 },
    })
    const { page } = await json('/api/pages/about', PageResponseSchema)
    expect(page.title).toBe('من نحن')
    const { settings } = await json('/api/settings', SettingsResponseSchema)
    expect(settings.name).toBe('منبر')
    expect(settings.timezone).toBe('Africa/Cairo')
    expect(settings.navigation.map((item) => item.label)).toEqual([
      'عربي ودولي',
      'جامعات',
      ...settings.navigation.slice(2).map((item) => item.label),
    ])
    expect(settings.navigation).toHaveLength(5)
  })
})
