import { beforeEach, describe, expect, it } from 'vitest'
import { fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG, ORIGIN } from './seed'

beforeEach(loadSeed)

const ARTICLE_URL = `${ORIGIN}/articles/${NK_SLUG}`
const oembed = (query: string) => fetchWorker(`/oembed?${query}`)

describe('GET /oembed', () => {
  it('returns a rich oEmbed 1.0 response for an article URL', async () => {
    const res = await oembed(`url=${encodeURIComponent(ARTICLE_URL)}&format=json`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'علاقات كوريا الشمالية مع روسيا',
      author_name: 'صدى البلد',
      provider_name: 'منبر',
      provider_url: `${ORIGIN}/`,
      cache_age: 86400,
      html: expect.any(String),
      width: 550,
      height: 260,
    })
  })

  it('embeds a sandboxed iframe of the card, with a blockquote link inside for frameless pages', async () => {
    const { html } = (await (await oembed(`url=${encodeURIComponent(ARTICLE_URL)}`)).json()) as {
      html: string
    }
    expect(html).toMatch(
      /^<iframe src="https:\/\/minbar\.test\/embed\/north-korea-russia-relations" width="550" height="260"/
    )
    expect(html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"')
    expect(html).not.toContain('allow-scripts')
    expect(html).toContain(
      `<blockquote cite="${ARTICLE_URL}" lang="ar" dir="rtl"><p><a href="${ARTICLE_URL}">علاقات كوريا الشمالية مع روسيا</a></p>`
    )
    expect(html).toMatch(/<\/blockquote><\/iframe>$/)
  })

  it.each([
    ['maxwidth=300', 300, 340],
    ['maxheight=120', 550, 120],
    ['maxwidth=1000&maxheight=1000', 550, 260],
    ['maxwidth=200&maxheight=150', 200, 150],
  ])('honours %s', async (query, width, height) => {
    const body = (await (
      await oembed(`url=${encodeURIComponent(ARTICLE_URL)}&${query}`)
    ).json()) as { width: number; height: number; html: string }
    expect([body.width, body.height]).toEqual([width, height])
    expect(body.html).toContain(`width="${width}" height="${height}"`)
  })

  it('accepts the URL with a trailing slash or a query', async () => {
    expect((await oembed(`url=${encodeURIComponent(`${ARTICLE_URL}/`)}`)).status).toBe(200)
    expect((await oembed(`url=${encodeURIComponent(`${ARTICLE_URL}?utm_source=x`)}`)).status).toBe(
      200
    )
  })

  it('answers format=xml with 501', async () => {
    const res = await oembed(`url=${encodeURIComponent(ARTICLE_URL)}&format=xml`)
    expect(res.status).toBe(501)
    expect(await res.json()).toEqual({
      error: { code: 'not_implemented', message: expect.any(String) },
    })
  })

  it.each([
    ['a foreign site', 'https://evil.example/articles/north-korea-russia-relations'],
    ['an unknown article', `${ORIGIN}/articles/no-such-article`],
    ['a page that is not an article', `${ORIGIN}/tags`],
    ['the same path over another scheme', `http://minbar.test/articles/${NK_SLUG}`],
  ])('answers %s with 404', async (_case, url) => {
    const res = await oembed(`url=${encodeURIComponent(url)}`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } })
  })

  it.each([
    ['', 'no url'],
    ['url=not%20a%20url', 'not a URL'],
    [`url=${encodeURIComponent(ARTICLE_URL)}&maxwidth=-5`, 'negative maxwidth'],
    [`url=${encodeURIComponent(ARTICLE_URL)}&maxheight=abc`, 'maxheight not a number'],
    [`url=a&url=b`, 'url twice'],
  ])('answers %s (%s) with 400', async (query) => {
    const res = await oembed(query)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'invalid_request', message: expect.any(String) },
    })
  })
})

describe('oEmbed discovery and feed discovery', () => {
  it('every article page announces its oEmbed endpoint', async () => {
    const html = await (await fetchWorker(`/articles/${MOJ_SLUG}`)).text()
    const expected = `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${MOJ_SLUG}`)}&amp;format=json`
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${ORIGIN}${expected}"`
    )
  })

  it.each(['/', `/articles/${NK_SLUG}`, '/tags'])(
    '%s announces the RSS, Atom and JSON feeds',
    async (path) => {
      const html = await (await fetchWorker(path)).text()
      expect(html).toContain('<link rel="alternate" type="application/rss+xml" href="/feed.xml"')
      expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/atom.xml"')
      expect(html).toContain('<link rel="alternate" type="application/feed+json" href="/feed.json"')
    }
  )

  it('a tag page also announces its own feed', async () => {
    const html = await (await fetchWorker(`/tags/${encodeURIComponent('كوريا-الجنوبيه')}`)).text()
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" href="/tags/${encodeURIComponent('كوريا-الجنوبيه')}/feed.xml"`
    )
  })
})

describe('GET /embed/:slug', () => {
  it('is a self-contained RTL card with headline, summary, source, date and a link', async () => {
    const res = await fetchWorker(`/embed/${NK_SLUG}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true)
    expect(html).toContain(
      `<a href="${ARTICLE_URL}" rel="noopener">علاقات كوريا الشمالية مع روسيا</a>`
    )
    expect(html).toContain('<p class="summary">تعتبر علاقات كوريا الشمالية مع روسيا')
    expect(html).toContain(
      'صدى البلد · <time datetime="2025-04-03T10:00:00+02:00">3 أبريل 2025</time>'
    )
    expect(html).toContain('<base target="_blank"/>')
    expect(html).not.toMatch(/<script|<link|src=/)
  })

  it('is the only page other sites may frame', async () => {
    const card = await fetchWorker(`/embed/${NK_SLUG}`)
    expect(card.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(card.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(card.headers.get('x-frame-options')).toBeNull()
    for (const path of ['/', `/articles/${NK_SLUG}`, '/tags', '/embed/no-such-article']) {
      const res = await fetchWorker(path)
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('answers an unknown slug with 404', async () => {
    expect((await fetchWorker('/embed/no-such-article')).status).toBe(404)
  })
})
