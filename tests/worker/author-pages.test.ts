/**
 * Author pages and bylines, on the newsroom corpus (placeholder authors writer-a/b/c), through
 * the Worker against real local KV.
 */
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { authorShardKey } from '../../src/store/keys'
import { NEWSROOM_AUTHORS } from '../newsroom-corpus'
import { jsonLdBlocks, readerPage, textOf } from './reader-dom'
import { bumpContentVersion, loadNewsroom, ORIGIN } from './seed'

beforeEach(loadNewsroom)

describe('the byline', () => {
  it('names the three authors in the order the article gives, each linking to their page', async () => {
    const { document } = await readerPage('/articles/politics-1')
    expect(textOf(document, 'article .byline')).toBe(
      'بقلم الكاتبة الثانية والكاتب الأول والكاتب الثالث'
    )
    const links = [...document.querySelectorAll('.byline a[rel="author"]')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/authors/writer-b',
      '/authors/writer-a',
      '/authors/writer-c',
    ])
    const [article] = jsonLdBlocks(document)
    expect(article!.author).toEqual([
      { '@type': 'Person', name: 'الكاتبة الثانية', url: `${ORIGIN}/authors/writer-b` },
      { '@type': 'Person', name: 'الكاتب الأول', url: `${ORIGIN}/authors/writer-a` },
      { '@type': 'Person', name: 'الكاتب الثالث', url: `${ORIGIN}/authors/writer-c` },
    ])
  })

  it('is absent from an article without authors, whose JSON-LD author is the publisher', async () => {
    const { document } = await readerPage('/articles/politics-4')
    expect(document.querySelector('.byline')).toBeNull()
    expect(textOf(document, 'article')).not.toContain('بقلم')
    const [article] = jsonLdBlocks(document)
    expect(article!.author).toEqual(article!.publisher)
    expect(article!.author).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'صحيفة الاختبار',
    })
  })
})

describe('GET /authors/:author', () => {
  it('shows the name, the role, the bio, then their articles, newest first', async () => {
    const { status, document } = await readerPage('/authors/writer-a')
    expect(status).toBe(200)
    expect(textOf(document, 'h1')).toBe(NEWSROOM_AUTHORS['writer-a'].name)
    expect(textOf(document, 'title')).toBe('الكاتب الأول | صحيفة الاختبار')
    expect(textOf(document, '.profile .role')).toBe('محرر الشؤون السياسية')
    expect(textOf(document, '.profile .bio')).toBe(NEWSROOM_AUTHORS['writer-a'].bio)
    const shown = [...document.querySelectorAll('main .cards h2 a')].map((a) =>
      a.getAttribute('href')
    )
    // writer-a signs politics 1, 2 and every third one.
    expect(shown).toEqual([21, 18, 15, 12, 9, 6, 3, 2, 1].map((n) => `/articles/politics-${n}`))
    expect(textOf(document, 'main > .meta')).toBe('9 مقالات')
    expect(document.querySelector('.pager')).toBeNull()
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      NEWSROOM_AUTHORS['writer-a'].bio
    )
  })

  it('leaves out a role the author has none of, and their page past the last is a 404', async () => {
    const { document } = await readerPage('/authors/writer-c')
    expect(textOf(document, 'h1')).toBe('الكاتب الثالث')
    expect(document.querySelector('.role')).toBeNull()
    expect(jsonLdBlocks(document)[0]!.mainEntity).not.toHaveProperty('jobTitle')
    const past = await readerPage('/authors/writer-c?page=2')
    expect(past.status).toBe(404)
    expect(textOf(past.document, 'h1')).toBe('الصفحة غير موجودة')
  })

  it('is a ProfilePage whose mainEntity is the author as a Person', async () => {
    const { document } = await readerPage('/authors/writer-b')
    const [profile, breadcrumbs] = jsonLdBlocks(document)
    expect(profile).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      name: 'الكاتبة الثانية',
      url: `${ORIGIN}/authors/writer-b`,
      inLanguage: 'ar',
      isPartOf: { '@type': 'WebSite', name: 'صحيفة الاختبار', url: `${ORIGIN}/` },
      mainEntity: {
        '@type': 'Person',
        name: 'الكاتبة الثانية',
        url: `${ORIGIN}/authors/writer-b`,
        jobTitle: 'مراسلة',
        sameAs: ['https://example.org/writer-b'],
        description: NEWSROOM_AUTHORS['writer-b'].bio,
      },
    })
    expect(breadcrumbs!.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'الرئيسية',
      'الكاتبة الثانية',
    ])
    expect(
      document
        .querySelector('link[rel="alternate"][title="الكاتبة الثانية: RSS"]')
        ?.getAttribute('href')
    ).toBe('/authors/writer-b/feed.xml')
  })

  it('shows the photo through the image pipeline, and names it in JSON-LD', async () => {
    const key = authorShardKey('writer-b', 1)
    const shard = JSON.parse((await env.CONTENT.get(key))!)
    shard.author.image = {
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      width: 800,
      height: 800,
      widths: [320, 800],
      alt: 'صورة الكاتبة الثانية',
      caption: null,
      credit: null,
    }
    await env.CONTENT.put(key, JSON.stringify(shard))
    await bumpContentVersion()
    const { document } = await readerPage('/authors/writer-b')
    const img = document.querySelector('.profile .portrait img')
    expect(img?.getAttribute('alt')).toBe('صورة الكاتبة الثانية')
    expect(img?.getAttribute('width')).toBe('800')
    expect(img?.getAttribute('src')).toMatch(/^\/media\/AAAAAAAAAAAAAAAAAAAAAA/)
    expect(document.querySelectorAll('.profile picture source')).toHaveLength(2)
    expect(jsonLdBlocks(document)[0]!.mainEntity.image).toMatchObject({
      '@type': 'ImageObject',
      url: expect.stringMatching(new RegExp(`^${ORIGIN}/media/AAAAAAAAAAAAAAAAAAAAAA`)),
      width: 800,
    })
  })

  it('escapes what it shows: a name with markup is text', async () => {
    const key = authorShardKey('writer-b', 1)
    const shard = JSON.parse((await env.CONTENT.get(key))!)
    shard.author.name = '<img src=x onerror=alert(1)>'
    shard.author.role = '<b>دور</b>'
    await env.CONTENT.put(key, JSON.stringify(shard))
    await bumpContentVersion()
    const { html, document } = await readerPage('/authors/writer-b')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>دور')
    expect(textOf(document, 'h1')).toBe('<img src=x onerror=alert(1)>')
  })

  it('answers an unknown author with the Arabic 404, and a malformed one with a 400', async () => {
    const unknown = await readerPage('/authors/writer-z')
    expect(unknown.status).toBe(404)
    expect(textOf(unknown.document, 'main')).toContain('لا يوجد كاتب بهذا الاسم')
    const malformed = await readerPage(`/authors/${'a'.repeat(201)}`)
    expect(malformed.status).toBe(400)
    expect(textOf(malformed.document, 'main')).toContain('اسم الكاتب في الرابط')
  })
})
