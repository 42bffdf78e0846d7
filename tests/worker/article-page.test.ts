import { env, exports } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG } from './seed'
import {
  decodeEntities,
  readerText,
  KEYWORD_LINE,
  MOJ_BLOCKS,
  NK_BLOCKS,
  READ_ALSO_REWORDED,
  READ_ALSO_TITLE,
  SIMILAR_TITLES,
  SIMILAR_TITLES_SHOWN,
} from './seed-text'

beforeEach(loadSeed)

async function page(path: string) {
  const res = await fetchWorker(path)
  return { res, html: await res.text() }
}

/** The text of every `<li>` inside the element that starts at `marker`. */
function listItemsAfter(html: string, marker: string): string[] {
  const start = html.indexOf(marker)
  const section = html.slice(start, html.indexOf('</ul>', start))
  return [...section.matchAll(/<li>(.*?)<\/li>/gs)].map((match) =>
    decodeEntities(match[1]!.replace(/<[^>]+>/g, '').trim())
  )
}

describe('GET /articles/:slug (the seed article)', () => {
  it('is a right-to-left Arabic HTML page with one article and its headline', async () => {
    const { res, html } = await page(`/articles/${NK_SLUG}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html.match(/<article>/g)).toHaveLength(1)
    expect(html).toContain('<h1>علاقات كوريا الشمالية مع روسيا</h1>')
    expect(html).toContain('<title>علاقات كوريا الشمالية مع روسيا | منبر</title>')
  })

  it("dates the article with a machine-readable <time> and the Arabic date, time and site's zone", async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toContain(
      '<time datetime="2025-04-03T10:00:00+02:00">3 أبريل 2025، 10:00 بتوقيت القاهرة</time>'
    )
  })

  it('contains every paragraph, heading and list item of the seed, word for word and in order', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    const text = readerText(html)
    expect(NK_BLOCKS).toHaveLength(20) // 10 paragraphs, 2 headings, 8 list items
    let position = 0
    for (const block of NK_BLOCKS) {
      const found = text.indexOf(block, position)
      expect(found, `missing or out of order: ${block}`).toBeGreaterThan(-1)
      position = found + block.length
    }
  })

  it('isolates the Latin and number runs inside Arabic text, so (1950-1953) reads in order', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toContain('خلال حرب كوريا (<bdi>1950-1953</bdi>)، التي اندلعت')
    expect(html).toContain('في ال <bdi>72</bdi> ساعة القادمة')
  })

  it('shows the Hijri date beside the Gregorian one', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toContain(
      '<time datetime="2025-04-03T10:00:00+02:00">3 أبريل 2025، 10:00 بتوقيت القاهرة</time><span class="hijri"> (5 شوال 1446 هـ)</span>'
    )
  })

  it('keeps both section headings as headings and both lists as lists', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toContain('<h2>التاريخ</h2>')
    expect(html).toContain('<h2>الواقع الراهن</h2>')
    const body = html.slice(html.indexOf('class="article-body"'), html.indexOf('class="source"'))
    expect(body.match(/<ul>/g)).toHaveLength(2)
    expect(body.match(/<li>/g)).toHaveLength(8)
  })

  it('prints the source line', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toMatch(/<p class="source">المصدر: صدى البلد<\/p>/)
  })

  it('links every keyword of «كلمات دلالية» as written, to its tag page', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    const links = [...html.matchAll(/<a href="(\/tags\/[^"]+)" rel="tag">([^<]+)<\/a>/g)]
    expect(links.map((link) => link[2]).join(' ')).toBe(KEYWORD_LINE)
    for (const [, href] of links)
      expect(decodeURIComponent(href!.slice('/tags/'.length))).not.toMatch(/\s/)
  })

  it('shows the read-also article as a link with its summary', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    const section = html.slice(html.indexOf('id="read-also-heading"'))
    expect(section).toContain('>إقرأ أيضاً</h2>')
    expect(decodeEntities(section)).toContain(
      `<a href="/articles/${MOJ_SLUG}">${READ_ALSO_TITLE}</a>`
    )
    expect(section).toContain('وقعت وزارة العدل مذكرة تفاهم مع جامعة الإمارات')
  })

  it('lists the similar articles in the seed order, without repeating the read-also article', async () => {
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(html).toContain('>مقالات مشابهة</h2>')
    const shown = listItemsAfter(html, 'id="related-heading"')
    expect(SIMILAR_TITLES).toHaveLength(10)
    expect(shown).toEqual(SIMILAR_TITLES_SHOWN)
    expect(shown).toHaveLength(8)
    expect(shown).not.toContain(READ_ALSO_TITLE)
    expect(shown).not.toContain(READ_ALSO_REWORDED)
  })
})

describe('GET /articles/:slug (pages made once per record)', () => {
  it('makes a new page as soon as the record changes, and one per origin', async () => {
    const first = await page(`/articles/${NK_SLUG}`)
    const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    record.title = 'عنوان جديد بعد التعديل'
    await env.CONTENT.put(articleKey(NK_SLUG), JSON.stringify(record))
    await bumpContentVersion()
    const changed = await page(`/articles/${NK_SLUG}`)
    expect(changed.html).toContain('<h1>عنوان جديد بعد التعديل</h1>')
    expect(changed.html).toContain('<title>عنوان جديد بعد التعديل | منبر</title>')
    expect(changed.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'))
    // The same record read again is the same page, byte for byte.
    await bumpContentVersion()
    const again = await page(`/articles/${NK_SLUG}`)
    expect(again.html).toBe(changed.html)
    expect(again.res.headers.get('etag')).toBe(changed.res.headers.get('etag'))
    // Another origin (no SITE_URL pins it here) gets its own canonical links.
    await bumpContentVersion()
    const other = await exports.default.fetch(
      new Request(`https://other.example/articles/${NK_SLUG}`)
    )
    const otherHtml = await other.text()
    expect(otherHtml).toContain(
      `<link rel="canonical" href="https://other.example/articles/${NK_SLUG}"/>`
    )
    expect(otherHtml).not.toContain('https://minbar.test')
  })
})

describe('GET /articles/:slug (links to scheduled articles)', () => {
  it('leaves out a link to an article that is not out yet, and shows it once it is', async () => {
    // The read-also article scheduled a moment from now, as a publish would store it: its time in
    // the seed article's record and in the content version's upcoming list.
    const soon = new Date(Date.now() + 1500).toISOString()
    const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    record.read_also[0].published_at = soon
    await env.CONTENT.put(articleKey(NK_SLUG), JSON.stringify(record))
    await bumpContentVersion([soon])
    const link = `<a href="/articles/${MOJ_SLUG}">`
    // Twice: the second render is of the record the isolate already holds.
    // Only the article's own record is changed here, so the side rail's latest list (the
    // latest shard) still links to it: the article, in <main>, is what is checked.
    const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    for (let i = 0; i < 2; i++) {
      const { html } = await page(`/articles/${NK_SLUG}`)
      expect(html).toContain('<h1>علاقات كوريا الشمالية مع روسيا</h1>')
      expect(mainOf(html)).not.toContain(link)
      expect(html).not.toContain('id="read-also-heading"')
    }
    await scheduler.wait(1600)
    const { html } = await page(`/articles/${NK_SLUG}`)
    expect(mainOf(html)).toContain(link)
    expect(html).toContain('id="read-also-heading"')
  })
})

describe('GET /articles/:slug (the read-also article)', () => {
  it('has its dateline, every paragraph and its source', async () => {
    const { res, html } = await page(`/articles/${MOJ_SLUG}`)
    expect(res.status).toBe(200)
    const text = decodeEntities(html)
    expect(MOJ_BLOCKS[0]).toBe('أبوظبي: «الخليج»')
    for (const block of MOJ_BLOCKS) expect(text).toContain(`<p>${block}</p>`)
    expect(html).toContain('<p class="source">المصدر: الخليج</p>')
    // Filed at 09:30 in Abu Dhabi; the site (content/site.yml) keeps Cairo time.
    expect(html).toContain(
      '<time datetime="2025-04-02T09:30:00+04:00">2 أبريل 2025، 07:30 بتوقيت القاهرة</time>'
    )
  })
})

describe('article page errors', () => {
  it('answers an unknown slug with an Arabic 404 page in the site layout', async () => {
    const { res, html } = await page('/articles/no-such-article')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<h1>الصفحة غير موجودة</h1>')
    expect(html).toContain('<a href="/">العودة إلى الصفحة الرئيسية</a>')
  })

  it.each([
    ['upper case', '/articles/North-Korea'],
    ['a broken percent-encoding', '/articles/%E0%A4%A'],
    ['a slug over 200 characters', `/articles/${'a'.repeat(201)}`],
    ['a double hyphen', '/articles/north--korea'],
    ['a dot segment', '/articles/..%2F..%2Fetc'],
  ])('answers %s with an Arabic 400 page', async (_case, path) => {
    const { res, html } = await page(path)
    expect(res.status).toBe(400)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<h1>طلب غير صالح</h1>')
  })

  it('answers an unknown path with the Arabic 404 page', async () => {
    const { res, html } = await page('/no/such/page')
    expect(res.status).toBe(404)
    expect(html).toContain('<h1>الصفحة غير موجودة</h1>')
  })
})
