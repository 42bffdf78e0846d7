/**
 * Section pages and the section navigation, on the newsroom corpus (twelve sections, 23 articles
 * in «سياسة»), through the Worker against real local KV.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { NEWSROOM_SECTIONS, POLITICS_COUNT } from '../newsroom-corpus'
import { jsonLdBlocks, readerPage, textOf, type ReaderDocument } from './reader-dom'
import { loadNewsroom, ORIGIN } from './seed'

beforeEach(loadNewsroom)

const cardHeadlines = (document: ReaderDocument) =>
  [...document.querySelectorAll('main .cards h2 a')].map((a) => a.getAttribute('href'))

describe('the section navigation', () => {
  it('lists the twelve sections in order and marks the current one on its page', async () => {
    const { document } = await readerPage('/sections/economy')
    const links = [...document.querySelectorAll('nav[aria-label="الأقسام"] a')]
    expect(
      links.map((a) => [a.getAttribute('href')?.replace('/sections/', ''), a.textContent])
    ).toEqual(NEWSROOM_SECTIONS.map(([slug, name]) => [slug, name]))
    const current = links.filter((a) => a.getAttribute('aria-current') === 'page')
    expect(current.map((a) => a.textContent)).toEqual(['اقتصاد'])
  })

  it("marks an article's section, and nothing on a page outside the sections", async () => {
    const article = await readerPage('/articles/politics-5')
    expect(textOf(article.document, 'nav.sections [aria-current="page"]')).toBe('سياسة')
    const about = await readerPage('/about')
    expect(about.document.querySelector('nav.sections [aria-current]')).toBeNull()
  })
})

describe('GET /sections/:section', () => {
  it("shows the section's name and its newest 20 articles, with a link to the older ones", async () => {
    const { status, document } = await readerPage('/sections/politics')
    expect(status).toBe(200)
    expect(textOf(document, 'h1')).toBe('سياسة')
    expect(textOf(document, 'title')).toBe('سياسة | صحيفة الاختبار')
    const shown = cardHeadlines(document)
    expect(shown).toHaveLength(20)
    // Newest first: politics-23 was published last.
    expect(shown[0]).toBe('/articles/politics-23')
    expect(shown[19]).toBe('/articles/politics-4')
    expect(document.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe(
      '/sections/politics?page=2'
    )
    expect(document.querySelector('.pager a[rel="prev"]')).toBeNull()
    expect(textOf(document, 'main .meta')).toBe(`${POLITICS_COUNT} مقالًا`)
  })

  it('has a second page with the last three, and no third', async () => {
    const second = await readerPage('/sections/politics?page=2')
    expect(second.status).toBe(200)
    expect(cardHeadlines(second.document)).toEqual([
      '/articles/politics-3',
      '/articles/politics-2',
      '/articles/politics-1',
    ])
    expect(second.document.querySelector('.pager a[rel="prev"]')?.getAttribute('href')).toBe(
      '/sections/politics?page=1'
    )
    expect(textOf(second.document, 'title')).toBe('سياسة: الصفحة 2 | صحيفة الاختبار')
    const third = await readerPage('/sections/politics?page=3')
    expect(third.status).toBe(404)
    expect(textOf(third.document, 'h1')).toBe('الصفحة غير موجودة')
    expect(textOf(third.document, 'main')).toContain('آخر صفحة هي 2')
  })

  it('answers an unknown section with the Arabic 404, and a malformed one or page with a 400', async () => {
    const unknown = await readerPage('/sections/no-such-section')
    expect(unknown.status).toBe(404)
    expect(textOf(unknown.document, 'h1')).toBe('الصفحة غير موجودة')
    expect(textOf(unknown.document, 'main')).toContain('لا يوجد قسم بهذا الاسم')
    const malformed = await readerPage('/sections/Politics%3Cb%3E')
    expect(malformed.status).toBe(400)
    expect(textOf(malformed.document, 'main')).toContain('القسم في الرابط')
    expect(malformed.html).not.toContain('<b>')
    const badPage = await readerPage('/sections/politics?page=abc')
    expect(badPage.status).toBe(400)
    expect(textOf(badPage.document, 'main')).toContain('رقم الصفحة')
  })

  it('is a CollectionPage with breadcrumbs الرئيسية › the section, on the page and in JSON-LD', async () => {
    const { document } = await readerPage('/sections/politics')
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/sections/politics`
    )
    expect([...document.querySelectorAll('.breadcrumbs li')].map((li) => li.textContent)).toEqual([
      'الرئيسية',
      'سياسة',
    ])
    const [collection, breadcrumbs] = jsonLdBlocks(document)
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      name: 'سياسة',
      url: `${ORIGIN}/sections/politics`,
      isPartOf: { name: 'صحيفة الاختبار' },
    })
    expect(breadcrumbs!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'سياسة', item: `${ORIGIN}/sections/politics` },
    ])
  })

  it("announces the section's feed", async () => {
    const { document } = await readerPage('/sections/politics')
    const feed = document.querySelector('link[rel="alternate"][title="سياسة: RSS"]')
    expect(feed?.getAttribute('href')).toBe('/sections/politics/feed.xml')
  })

  it("has a side rail with the latest articles, and past page 1 the section's newest", async () => {
    const first = await readerPage('/sections/economy')
    const rail = first.document.querySelector('aside.rail')
    expect(textOf(first.document, 'aside.rail h2')).toBe('آخر الأخبار')
    expect([...rail!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/articles/sports-1',
      '/articles/economy-1',
      '/articles/politics-23',
      '/articles/politics-22',
      '/articles/politics-21',
    ])
    const second = await readerPage('/sections/politics?page=2')
    const headings = [...second.document.querySelectorAll('aside.rail h2')].map(
      (h) => h.textContent
    )
    expect(headings).toEqual(['الأحدث في سياسة', 'آخر الأخبار'])
    const sectionNewest = second.document.querySelector('#rail-section')!.parentElement!
    expect([...sectionNewest.querySelectorAll('a')].map((a) => a.getAttribute('href'))[0]).toBe(
      '/articles/politics-23'
    )
  })
})
