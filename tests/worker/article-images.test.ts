import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { fetchWorker, loadImageSite, ORIGIN, NK_SLUG } from './seed'

beforeEach(loadImageSite)

async function hero() {
  const record = v.parse(
    ArticleRecordSchema,
    JSON.parse((await env.CONTENT.get(`v1:article:${NK_SLUG}`))!)
  )
  return record.image!
}

const ALT = 'صورة اختبار مولّدة: مستطيل أصفر على أزرق'

describe('an article with images', () => {
  it('shows the hero as a figure with a picture (AVIF, WebP, JPEG), its caption and credit', async () => {
    const { id } = await hero()
    const res = await fetchWorker(`/articles/${NK_SLUG}`)
    const html = await res.text()
    const figure = html.slice(html.indexOf('<figure class="hero">'), html.indexOf('</figure>') + 9)
    expect(figure).toContain(
      `<source type="image/avif" srcset="/media/${id}-400.avif 400w, /media/${id}-800.avif 800w, /media/${id}-1200.avif 1200w, /media/${id}-1600.avif 1600w" sizes=`
    )
    expect(figure).toContain(`<source type="image/webp" srcset="/media/${id}-400.webp 400w`)
    expect(figure).toMatch(
      new RegExp(
        `<img src="/media/${id}-800.jpg" srcset="/media/${id}-400.jpg 400w[^"]*" sizes="[^"]+" width="1600" height="941" alt="${ALT}" fetchpriority="high"`
      )
    )
    expect(figure).toContain(
      '<figcaption>صورة مولّدة للاختبار · <span class="credit">تصوير: منبر (اختبار)</span></figcaption>'
    )
    // The body image: the same picture, loaded lazily.
    expect(html).toMatch(
      /<img src="\/media\/[\w-]{22}-800\.jpg"[^>]*alt="مستطيل أصفر على أزرق" loading="lazy" decoding="async">/
    )
    // The CSP lets the page's own images load, and nothing else in it changed.
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self' https:")
  })

  it('keeps the page within 14 KB gzip-compressed: the images are separate requests', async () => {
    const body = (await fetchWorker(`/articles/${NK_SLUG}`)).body!
    const compressed = await new Response(
      body.pipeThrough(new CompressionStream('gzip'))
    ).arrayBuffer()
    expect(compressed.byteLength).toBeLessThanOrEqual(14 * 1024)
  })

  it('describes the image to link previews and search engines', async () => {
    const { id } = await hero()
    const html = await (await fetchWorker(`/articles/${NK_SLUG}`)).text()
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/media/${id}-og.jpg"/>`)
    expect(html).toContain('<meta property="og:image:width" content="1200"/>')
    expect(html).toContain('<meta property="og:image:height" content="630"/>')
    expect(html).toContain(`<meta property="og:image:alt" content="${ALT}"/>`)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const [, jsonLd] =
      /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle".*?)<\/script>/.exec(
        html
      )!
    const article = JSON.parse(jsonLd!) as { image: unknown }
    expect(article.image).toEqual([
      {
        '@type': 'ImageObject',
        url: `${ORIGIN}/media/${id}-og.jpg`,
        width: 1200,
        height: 630,
        caption: 'صورة مولّدة للاختبار',
        creditText: 'تصوير: منبر (اختبار)',
      },
      {
        '@type': 'ImageObject',
        url: `${ORIGIN}/media/${id}-1200.jpg`,
        width: 1200,
        height: 706,
        caption: 'صورة مولّدة للاختبار',
        creditText: 'تصوير: منبر (اختبار)',
      },
    ])
  })

  it('gives the JSON API Ghost\u2019s feature_image fields, in the article and its summaries', async () => {
    const { id } = await hero()
    const fields = {
      feature_image: `${ORIGIN}/media/${id}-1200.jpg`,
      feature_image_alt: ALT,
      feature_image_caption: 'صورة مولّدة للاختبار',
      feature_image_credit: 'تصوير: منبر (اختبار)',
    }
    const one = (await (await fetchWorker(`/api/articles/${NK_SLUG}`)).json()) as {
      article: Record<string, unknown>
    }
    expect(one.article).toMatchObject(fields)
    const list = (await (await fetchWorker('/api/articles')).json()) as {
      articles: Array<Record<string, unknown>>
    }
    expect(list.articles[0]).toMatchObject(fields)
    expect(list.articles[1]).toMatchObject({
      feature_image: null,
      feature_image_alt: null,
      feature_image_caption: null,
      feature_image_credit: null,
    })
  })

  it('puts the image in every feed and in the oEmbed answer', async () => {
    const { id } = await hero()
    const jpeg = `${ORIGIN}/media/${id}-1200.jpg`
    const rss = await (await fetchWorker('/feed.xml')).text()
    expect(rss).toContain(
      `<media:content url="${jpeg}" medium="image" type="image/jpeg" width="1200" height="706">`
    )
    expect(rss).toContain('xmlns:media="http://search.yahoo.com/mrss/"')
    const atom = await (await fetchWorker('/atom.xml')).text()
    expect(atom).toContain(`&lt;figure&gt;&lt;img src=&quot;${jpeg}&quot;`)
    expect(atom).toContain(`srcset=&quot;${ORIGIN}/media/`)
    const feed = (await (await fetchWorker('/feed.json')).json()) as {
      items: Array<{ image?: string }>
    }
    expect(feed.items[0]!.image).toBe(jpeg)
    expect(feed.items[1]!.image).toBeUndefined()
    const oembed = (await (
      await fetchWorker(
        `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${NK_SLUG}`)}&format=json`
      )
    ).json()) as Record<string, unknown>
    expect(oembed).toMatchObject({
      thumbnail_url: `${ORIGIN}/media/${id}-og.jpg`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    })
  })
})
