import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey } from '../../src/store/keys'
import { SITE_CSS } from '../../src/views/styles'
import { fetchWorker, loadSeed, NK_SLUG, ORIGIN } from './seed'
import { decodeEntities } from './seed-text'

beforeEach(loadSeed)

const SOUTH_KOREA = encodeURIComponent('كوريا-الجنوبيه')

async function html(path: string) {
  return (await fetchWorker(path)).text()
}

/** Every JSON-LD block of a page, parsed. */
function jsonLd(page: string): Array<Record<string, any>> {
  return [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) =>
    JSON.parse(match[1]!)
  )
}

const metaContent = (page: string, attribute: 'name' | 'property', key: string) =>
  [...page.matchAll(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`, 'g'))].map(
    (match) => decodeEntities(match[1]!)
  )

describe('article page metadata', () => {
  it('has a canonical link, a description, Open Graph and Twitter tags', async () => {
    const page = await html(`/articles/${NK_SLUG}`)
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/articles/${NK_SLUG}"/>`)
    expect(metaContent(page, 'name', 'description')).toEqual([
      'تعتبر علاقات كوريا الشمالية مع روسيا من أقدم وأعمق العلاقات الدولية في العالم، فهي ترجع إلى نهاية الحرب العالمية الثانية وبداية الحرب الباردة.',
    ])
    expect(metaContent(page, 'property', 'og:locale')).toEqual(['ar_AR'])
    expect(metaContent(page, 'property', 'og:type')).toEqual(['article'])
    expect(metaContent(page, 'property', 'og:title')).toEqual(['علاقات كوريا الشمالية مع روسيا'])
    expect(metaContent(page, 'property', 'article:published_time')).toEqual([
      '2025-04-03T10:00:00+02:00',
    ])
    expect(metaContent(page, 'property', 'article:tag')).toHaveLength(11)
    expect(metaContent(page, 'name', 'twitter:card')).toEqual(['summary'])
    expect(metaContent(page, 'name', 'robots')).toEqual([])
  })

  it('describes the article as a NewsArticle: no byline, so the publication is its author; its source is its basis', async () => {
    const [article] = jsonLd(await html(`/articles/${NK_SLUG}`))
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'علاقات كوريا الشمالية مع روسيا',
      description: expect.stringContaining('تعتبر علاقات كوريا الشمالية'),
      datePublished: '2025-04-03T10:00:00+02:00',
      dateModified: '2025-04-03T10:00:00+02:00',
      inLanguage: 'ar',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/articles/${NK_SLUG}` },
      author: { '@type': 'NewsMediaOrganization', name: 'منبر' },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'منبر',
        url: `${ORIGIN}/`,
        publishingPrinciples: `${ORIGIN}/editorial-policy`,
        correctionsPolicy: `${ORIGIN}/corrections-policy`,
      },
      articleSection: 'عربي ودولي',
      isBasedOn: {
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: 'صدى البلد' },
      },
    })
    expect(article!.keywords).toHaveLength(11)
    expect(article!.keywords).toContain('كوريا الجنوبية')
  })

  it('has breadcrumbs, on the page and as a BreadcrumbList: home › section › article', async () => {
    const page = await html(`/articles/${NK_SLUG}`)
    const breadcrumbs = jsonLd(page)[1]!
    expect(breadcrumbs['@type']).toBe('BreadcrumbList')
    expect(breadcrumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: `${ORIGIN}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'عربي ودولي',
        item: `${ORIGIN}/sections/world`,
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'علاقات كوريا الشمالية مع روسيا',
        item: `${ORIGIN}/articles/${NK_SLUG}`,
      },
    ])
    expect(page).toMatch(
      /<nav class="breadcrumbs" aria-label="مسار التنقل"><ol><li><a href="[^"]+\/">الرئيسية<\/a><\/li><li><a href="[^"]+">عربي ودولي<\/a><\/li><li aria-current="page">علاقات كوريا الشمالية مع روسيا<\/li><\/ol><\/nav>/
    )
  })

  it('cannot be broken out of by a headline containing </script>', async () => {
    const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    await env.CONTENT.put(
      articleKey(NK_SLUG),
      JSON.stringify({ ...record, title: 'عنوان </script><script>alert(1)</script>' })
    )
    const page = await html(`/articles/${NK_SLUG}`)
    expect(page).not.toContain('<script>alert(1)')
    expect(jsonLd(page)[0]!.headline).toBe('عنوان </script><script>alert(1)</script>')
  })
})

describe('home and tag page metadata', () => {
  it('the home page is a WebSite with a canonical link', async () => {
    const page = await html('/')
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/"/>`)
    expect(metaContent(page, 'property', 'og:type')).toEqual(['website'])
    expect(metaContent(page, 'property', 'og:locale')).toEqual(['ar_AR'])
    expect(jsonLd(page)).toMatchObject([{ '@type': 'WebSite', name: 'منبر', inLanguage: 'ar' }])
  })

  it('a tag page is a CollectionPage with breadcrumbs home › tags › tag', async () => {
    const page = await html(`/tags/${SOUTH_KOREA}`)
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/tags/${SOUTH_KOREA}"/>`)
    const [collection, breadcrumbs] = jsonLd(page)
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      name: 'كوريا الجنوبية',
      inLanguage: 'ar',
    })
    expect(breadcrumbs!.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'الرئيسية',
      'الوسوم',
      'كوريا الجنوبية',
    ])
    expect(metaContent(page, 'name', 'description')).toEqual(['مقالات عن كوريا الجنوبية'])
  })

  it('error pages ask not to be indexed and claim no canonical address', async () => {
    const page = await html('/articles/no-such-article')
    expect(metaContent(page, 'name', 'robots')).toEqual(['noindex'])
    expect(page).not.toContain('rel="canonical"')
  })
})

describe('page weight and CSS', () => {
  it('the seed article page fits in one TCP initial window: at most 14 KB gzip-compressed', async () => {
    const body = (await fetchWorker(`/articles/${NK_SLUG}`)).body!
    const compressed = await new Response(
      body.pipeThrough(new CompressionStream('gzip'))
    ).arrayBuffer()
    expect(compressed.byteLength).toBeGreaterThan(1000)
    expect(compressed.byteLength).toBeLessThanOrEqual(14 * 1024)
  })

  it('needs no client JavaScript: the only scripts are JSON-LD data blocks', async () => {
    for (const path of ['/', `/articles/${NK_SLUG}`, `/tags/${SOUTH_KOREA}`, '/tags']) {
      const page = await html(path)
      expect(page.match(/<script(?! type="application\/ld\+json")/g), path).toBeNull()
      expect(page).not.toMatch(/<link rel="stylesheet"|@import|@font-face/)
    }
  })

  it('uses logical properties and never spaces Arabic letters apart', () => {
    expect(SITE_CSS).not.toMatch(/letter-spacing/)
    expect(SITE_CSS).not.toMatch(/(margin|padding|border)-(left|right)\b/)
    expect(SITE_CSS).not.toMatch(/[{;](left|right):/)
    expect(SITE_CSS).not.toMatch(/text-align:\s*(left|right)/)
    expect(SITE_CSS).toMatch(/line-height:1\.8|\/1\.8 /)
    expect(SITE_CSS).toContain('prefers-color-scheme:dark')
    expect(SITE_CSS).toContain('@media print')
  })
})
