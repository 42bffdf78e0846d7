/**
 * Third-party clients against the real bundle served over HTTP: a feed parser, an XML
 * validator, a JSON Schema validator, an OpenAPI validator and an oEmbed consumer.
 */
import { extract, setProviderList } from '@extractus/oembed-extractor'
import { Validator as OpenApiValidator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import FeedParser from 'feedparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Readable } from 'node:stream'
import { NEWSROOM_NAME, NEWSROOM_NOW, THREE_BYLINE } from '../newsroom-corpus'
import { seedRecords } from '../seed-records'
import { writeNewsroomCorpus } from '../worker/newsroom-folder'
import { serveSite, type ServedSite } from './served-site'

const NK = 'north-korea-russia-relations'
const MOJ = 'moj-uae-university-forensic-medicine'
const SOUTH_KOREA = encodeURIComponent('كوريا-الجنوبيه')

let site: ServedSite
beforeAll(async () => {
  site = await serveSite()
})
afterAll(() => site?.close())

type ParsedFeed = { meta: FeedParser.Meta; items: FeedParser.Item[] }

/** Parses a feed with feedparser (a streaming RSS/Atom/RDF parser used by many readers). */
function parseFeed(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false })
    const items: FeedParser.Item[] = []
    let meta: FeedParser.Meta
    parser.on('error', reject)
    parser.on('meta', (m: FeedParser.Meta) => (meta = m))
    parser.on('readable', () => {
      let item: FeedParser.Item | null
      while ((item = parser.read())) items.push(item)
    })
    parser.on('end', () => {
      resolve({ meta, items })
    })
    Readable.from([xml]).pipe(parser)
  })
}

async function text(path: string, type: RegExp) {
  const res = await site.get(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toMatch(type)
  return res.text()
}

describe('feeds, read by feedparser', () => {
  it.each([
    ['/feed.xml', /^application\/rss\+xml/, 'rss'],
    ['/atom.xml', /^application\/atom\+xml/, 'atom'],
  ])(
    '%s is well-formed, declares Arabic, and carries both articles in full',
    async (path, type, format) => {
      const xml = await text(path, type)
      expect(XMLValidator.validate(xml)).toBe(true)
      const { meta, items } = await parseFeed(xml)
      expect(meta['#type']).toBe(format)
      expect(meta.language).toBe('ar')
      expect(items.map((item) => item.title)).toEqual([
        'علاقات كوريا الشمالية مع روسيا',
        '«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي',
      ])
      expect(items[0]!.link).toBe(`${site.origin}/articles/${NK}`)
      expect(items[0]!.description).toContain('<h2>الواقع الراهن</h2>')
      expect(items[0]!.pubdate?.toISOString()).toBe('2025-04-03T08:00:00.000Z')
      expect(items[0]!.categories).toContain('كوريا الجنوبية')
    }
  )

  it('RSS carries the body in content:encoded and the summary in description', async () => {
    const xml = await text('/feed.xml', /rss/)
    const rss = new XMLParser().parse(xml)
    expect(rss.rss.channel.language).toBe('ar')
    const [first] = rss.rss.channel.item
    expect(first['content:encoded']).toContain('<h2>التاريخ</h2>')
    expect(first.description).toBe(
      'تعتبر علاقات كوريا الشمالية مع روسيا من أقدم وأعمق العلاقات الدولية في العالم، فهي ترجع إلى نهاية الحرب العالمية الثانية وبداية الحرب الباردة.'
    )
  })

  it('Atom declares xml:lang="ar" on the feed', async () => {
    const xml = await text('/atom.xml', /atom/)
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="ar">/)
  })

  it("the per-tag feed lists the tag's articles only, and answers other spellings with a redirect", async () => {
    const xml = await text(`/tags/${SOUTH_KOREA}/feed.xml`, /rss/)
    const { meta, items } = await parseFeed(xml)
    expect(meta.language).toBe('ar')
    expect(meta.title).toContain('كوريا الجنوبية')
    expect(items.map((item) => item.link)).toEqual([`${site.origin}/articles/${NK}`])
    const redirect = await site.get(`/tags/${encodeURIComponent('کوریا الجنوبیة')}/feed.xml`, {
      redirect: 'manual',
    })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe(`/tags/${SOUTH_KOREA}/feed.xml`)
  })

  it('JSON Feed 1.1 declares its version and language and carries full content', async () => {
    const feed = JSON.parse(await text('/feed.json', /^application\/feed\+json/))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('ar')
    expect(feed.feed_url).toBe(`${site.origin}/feed.json`)
    expect(feed.items).toHaveLength(2)
    expect(feed.items[0]).toMatchObject({
      id: `${site.origin}/articles/${NK}`,
      language: 'ar',
      // The seed has no bylines: its articles are credited to the publisher.
      authors: [{ name: 'منبر', url: `${site.origin}/` }],
    })
    expect(feed.items[0].content_html).toContain('<h2>التاريخ</h2>')
    expect(feed.items[0].date_published).toBe('2025-04-03T08:00:00.000Z')
  })
})

describe('section and author feeds of a newsroom, read by feedparser', () => {
  let newsroom: ServedSite
  beforeAll(async () => {
    newsroom = await serveSite({
      records: await seedRecords(writeNewsroomCorpus(), NEWSROOM_NOW),
    })
  })
  afterAll(() => newsroom?.close())

  async function newsroomFeed(path: string) {
    const res = await newsroom.get(path)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/)
    const xml = await res.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    return { xml, ...(await parseFeed(xml)) }
  }

  /** Every dc:creator of the item, in document order, as feedparser hands them over. */
  const creators = (item: FeedParser.Item) => {
    const raw = (item as unknown as Record<string, unknown>)['dc:creator']
    return (Array.isArray(raw) ? raw : [raw]).map((c) => (c as { '#': string })['#'])
  }

  it("a section's feed is titled with the section and the site, and lists only its articles", async () => {
    const { meta, items } = await newsroomFeed('/sections/politics/feed.xml')
    expect(meta['#type']).toBe('rss')
    expect(meta.language).toBe('ar')
    expect(meta.title).toBe(`سياسة | ${NEWSROOM_NAME}`)
    expect(meta.link).toBe(`${newsroom.origin}/sections/politics`)
    expect(items).toHaveLength(20)
    expect(items.every((item) => item.link.includes('/articles/politics-'))).toBe(true)
  })

  it("an author's feed names every author of each item, in byline order", async () => {
    const { meta, items } = await newsroomFeed('/authors/writer-b/feed.xml')
    expect(meta.title).toBe(`الكاتبة الثانية | ${NEWSROOM_NAME}`)
    expect(items.map((item) => item.link)).toEqual(
      ['economy-1', 'politics-2', THREE_BYLINE.slug].map(
        (slug) => `${newsroom.origin}/articles/${slug}`
      )
    )
    expect(creators(items[2]!)).toEqual(['الكاتبة الثانية', 'الكاتب الأول', 'الكاتب الثالث'])
    expect(items[2]!.author).toBe('الكاتبة الثانية')
    expect(creators(items[0]!)).toEqual(['الكاتبة الثانية'])
  })

  it('Atom gives each entry its authors with their pages, or the publisher', async () => {
    const res = await newsroom.get('/atom.xml')
    const { items } = await parseFeed(await res.text())
    const economy = items.find((item) => item.link.endsWith('/articles/economy-1'))!
    expect(economy.author).toBe('الكاتبة الثانية')
    const sports = items.find((item) => item.link.endsWith('/articles/sports-1'))!
    expect(sports.author).toBe(NEWSROOM_NAME)
  })
})

describe('sitemaps and robots.txt', () => {
  it('robots.txt points to the sitemap index, which lists the news sitemap when it has articles', async () => {
    const robots = await text('/robots.txt', /^text\/plain/)
    expect(robots).toContain(`Sitemap: ${site.origin}/sitemap.xml`)
    expect(robots).not.toContain('news-sitemap.xml')
  })

  it('the sitemap index leads to every article and tag page, all well-formed', async () => {
    const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' })
    const index = await text('/sitemap.xml', /^application\/xml/)
    expect(XMLValidator.validate(index)).toBe(true)
    const children: string[] = parser
      .parse(index)
      .sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)
    expect(children).toEqual([
      `${site.origin}/sitemaps/pages.xml`,
      `${site.origin}/sitemaps/newsroom.xml`,
      `${site.origin}/sitemaps/articles/1.xml`,
    ])
    const locations: string[] = []
    for (const child of children) {
      const xml = await text(new URL(child).pathname, /xml/)
      expect(XMLValidator.validate(xml)).toBe(true)
      locations.push(...parser.parse(xml).urlset.url.map((entry: { loc: string }) => entry.loc))
    }
    expect(locations).toContain(`${site.origin}/articles/${NK}`)
    expect(locations).toContain(`${site.origin}/articles/${MOJ}`)
    expect(locations).toContain(`${site.origin}/tags/${SOUTH_KOREA}`)
    expect(locations.filter((loc) => loc.includes('/tags/'))).toHaveLength(15)
    expect(locations).toContain(`${site.origin}/sections/world`)
    expect(locations).toContain(`${site.origin}/about`)
  })
})

describe('JSON Schema and OpenAPI, checked by validators written elsewhere', () => {
  it('the published article schema accepts every real article response', async () => {
    const schema = JSON.parse(await text('/api/schema/article.json', /^application\/schema\+json/))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    for (const slug of [NK, MOJ]) {
      const body = await (await site.get(`/api/articles/${slug}`)).json()
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
    }
    expect(validate({ article: { slug: NK } })).toBe(false)
  })

  it('the OpenAPI document is valid OpenAPI 3.1, and real responses match its schemas', async () => {
    const document = JSON.parse(await text('/api/openapi.json', /^application\/json/))
    const validator = new OpenApiValidator()
    const result = await validator.validate(document)
    expect(result.valid, JSON.stringify(result.errors)).toBe(true)
    expect(validator.version).toBe('3.1')
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    for (const [name, schema] of Object.entries(document.components.schemas))
      ajv.addSchema(schema as object, `#/components/schemas/${name}`)
    const cases: Array<[request: string, documented: string, schema: string, status: number]> = [
      ['/api/articles', '/api/articles', 'ArticleListResponse', 200],
      [`/api/articles/${NK}`, '/api/articles/{slug}', 'ArticleResponse', 200],
      ['/api/tags', '/api/tags', 'TagListResponse', 200],
      [`/api/tags/${SOUTH_KOREA}`, '/api/tags/{tag}', 'TagArticlesResponse', 200],
      [
        `/oembed?url=${encodeURIComponent(`${site.origin}/articles/${NK}`)}`,
        '/oembed',
        'OEmbedResponse',
        200,
      ],
      ['/api/articles/nope', '/api/articles/{slug}', 'Error', 404],
      ['/api/articles?limit=99', '/api/articles', 'Error', 400],
    ]
    for (const [path, documented, name, status] of cases) {
      const res = await site.get(path)
      expect(res.status, path).toBe(status)
      expect(
        document.paths[documented].get.responses[status],
        `${documented} documents ${status}`
      ).toBeDefined()
      const validate = ajv.getSchema(`#/components/schemas/${name}`)!
      expect(validate(await res.json()), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })
})

describe('oEmbed, as a consumer library sees it', () => {
  it('is found by auto-discovery from the article page', async () => {
    const data = await extract(`${site.origin}/articles/${NK}`)
    expect(data).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'علاقات كوريا الشمالية مع روسيا',
      author_name: 'صدى البلد',
      provider_name: 'منبر',
      provider_url: `${site.origin}/`,
      width: 550,
    })
    expect(data.html).toContain(`src="${site.origin}/embed/${NK}"`)
  })

  it('is used as a registered provider, honouring maxwidth and maxheight', async () => {
    setProviderList([
      {
        provider_name: 'منبر',
        provider_url: `${site.origin}/`,
        endpoints: [{ schemes: [`${site.origin}/articles/*`], url: `${site.origin}/oembed` }],
      },
    ])
    // The library upgrades provider endpoints to https; this loopback server speaks plain http.
    const loopbackFetch = (url: string) =>
      fetch(url.replace(/^https:\/\/127\.0\.0\.1/, 'http://127.0.0.1'))
    const data = await extract(
      `${site.origin}/articles/${MOJ}`,
      { maxwidth: 320, maxheight: 200 },
      loopbackFetch
    )
    expect(data.width).toBeLessThanOrEqual(320)
    expect(data.height).toBeLessThanOrEqual(200)
    expect(data.html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"')
    expect(data.html).toContain('<blockquote')
  })
})
