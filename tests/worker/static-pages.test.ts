/**
 * Static pages at the site's root (`/:slug`), on the newsroom corpus, and the rule that keeps
 * them from colliding with the Worker's own routes.
 */
import { env } from 'cloudflare:workers'
import { inspectRoutes } from 'hono/dev'
import { beforeEach, describe, expect, it } from 'vitest'
import { app } from '../../src/index'
import { ROUTE_SEGMENTS } from '../../src/site'
import { pageKey } from '../../src/store/keys'
import { jsonLdBlocks, readerPage, textOf } from './reader-dom'
import { bumpContentVersion, loadNewsroom, ORIGIN } from './seed'

beforeEach(loadNewsroom)

describe('GET /:slug (a static page)', () => {
  it('shows the page in the layout, with its title and text, linked from the footer', async () => {
    const { status, document } = await readerPage('/editorial-policy')
    expect(status).toBe(200)
    expect(textOf(document, 'main h1')).toBe('سياسة التحرير')
    expect(textOf(document, 'title')).toBe('سياسة التحرير | صحيفة الاختبار')
    expect(textOf(document, 'main .article-body')).toBe('نص تجريبي لسياسة التحرير.')
    expect(textOf(document, '.site-footer a[href="/editorial-policy"]')).toBe('سياسة التحرير')
    expect(document.querySelector('nav[aria-label="الأقسام"]')).not.toBeNull()
  })

  it('is a WebPage published by the publication, with breadcrumbs', async () => {
    const { document } = await readerPage('/about')
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${ORIGIN}/about`
    )
    const [page, breadcrumbs] = jsonLdBlocks(document)
    expect(page).toMatchObject({
      '@type': 'WebPage',
      name: 'من نحن',
      url: `${ORIGIN}/about`,
      description: 'صفحة تجريبية عن الصحيفة.',
      inLanguage: 'ar',
      publisher: { '@type': 'NewsMediaOrganization', name: 'صحيفة الاختبار' },
    })
    expect(breadcrumbs!.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'الرئيسية',
      'من نحن',
    ])
  })

  it('answers a page that does not exist, or a segment that is no slug, with the Arabic 404', async () => {
    for (const path of ['/no-such-page', '/About', '/wp-login.php', `/${'a'.repeat(300)}`]) {
      const { status, document } = await readerPage(path)
      expect(status, path).toBe(404)
      expect(textOf(document, 'h1'), path).toBe('الصفحة غير موجودة')
    }
  })

  it('does not shadow the routes registered before it', async () => {
    expect((await readerPage('/')).status).toBe(200)
    expect(textOf((await readerPage('/tags')).document, 'h1')).toBe('الوسوم')
    expect(textOf((await readerPage('/search?q=خبر')).document, 'h1')).not.toBe('الصفحة غير موجودة')
  })

  it('keeps the text the publish step sanitised as HTML, and escapes its title', async () => {
    const record = JSON.parse((await env.CONTENT.get(pageKey('about')))!)
    record.title = '<script>alert(1)</script>'
    record.html = '<p>فقرة <strong>مهمة</strong></p>'
    await env.CONTENT.put(pageKey('about'), JSON.stringify(record))
    await bumpContentVersion()
    const { html, document } = await readerPage('/about')
    expect(html).not.toContain('<script>alert(1)')
    expect(textOf(document, 'main h1')).toBe('<script>alert(1)</script>')
    expect(textOf(document, '.article-body strong')).toBe('مهمة')
  })
})

describe('ROUTE_SEGMENTS', () => {
  it('holds the first path segment of every route the Worker serves, so no page slug can take one', () => {
    const segments = new Set(
      inspectRoutes(app)
        .filter((route) => !route.isMiddleware)
        .map((route) => route.path.split('/')[1] ?? '')
    )
    // Parameters (`/:slug`, the static pages themselves), the root, and files, whose dot no slug has.
    const named = [...segments].filter(
      (segment) =>
        segment !== '' && !segment.startsWith(':') && !segment.includes('.') && segment !== '*'
    )
    expect(named.length).toBeGreaterThanOrEqual(6)
    expect(named.filter((segment) => !ROUTE_SEGMENTS.has(segment)).sort()).toEqual([])
  })
})
