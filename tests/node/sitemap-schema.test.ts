/**
 * Every sitemap the site serves is valid against sitemaps.org's own schema (`sitemap.xsd`, as the
 * npm package `sitemap` ships it), checked by libxml2's validator (xmllint-wasm), in both states
 * of the news sitemap: with no recent article (it is left out of the index and answers 404) and
 * with one (it is listed, and valid with Google News' elements).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML, type XMLFileInfo } from 'xmllint-wasm'
import { readFileSync } from 'node:fs'
import { NEWSROOM_NOW } from '../newsroom-corpus'
import { seedRecords } from '../seed-records'
import { writeNewsroomCorpus } from '../worker/newsroom-folder'
import { articleFile, contentSet } from './content-set'
import { serveSite, type ServedSite } from './served-site'

const schemaFile = (fileName: string, path: string): XMLFileInfo => ({
  fileName,
  contents: readFileSync(path, 'utf8'),
})
const SITEMAP_XSD = schemaFile('sitemap.xsd', 'node_modules/sitemap/schema/sitemap.xsd')
const NEWS_XSD = schemaFile('sitemap-news.xsd', 'tests/schemas/sitemap-news.xsd')
const WITH_NEWS_XSD = schemaFile('sitemap-with-news.xsd', 'tests/schemas/sitemap-with-news.xsd')
const INDEX_XSD = schemaFile('siteindex.xsd', 'tests/schemas/siteindex.xsd')

/** libxml2's complaints about `xml` against `schema` (none when valid). */
async function schemaErrors(xml: string, schema: XMLFileInfo): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'served.xml', contents: xml },
    schema,
    preload: [SITEMAP_XSD, NEWS_XSD],
  })
  return result.errors.map((error) => error.rawMessage)
}

/** Every sitemap the index of `site` leads to, each checked against its schema. */
async function checkEverySitemap(site: ServedSite): Promise<string[]> {
  const index = await (await site.get('/sitemap.xml')).text()
  expect(await schemaErrors(index, INDEX_XSD)).toEqual([])
  const children = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  for (const child of children) {
    const response = await site.get(new URL(child).pathname)
    expect(response.status, child).toBe(200)
    const xml = await response.text()
    const schema = child.endsWith('/news-sitemap.xml') ? WITH_NEWS_XSD : SITEMAP_XSD
    expect(await schemaErrors(xml, schema), child).toEqual([])
  }
  return children.map((child) => new URL(child).pathname)
}

describe('the validator itself', () => {
  it('refuses an empty urlset, which is why no sitemap is ever served empty', async () => {
    const empty =
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>'
    expect(await schemaErrors(empty, SITEMAP_XSD)).not.toEqual([])
  })
})

describe('sitemaps with no recent article (the seed, published in 2025)', () => {
  let site: ServedSite
  beforeAll(async () => {
    site = await serveSite()
  })
  afterAll(() => site?.close())

  it('are all valid, and the index leaves the news sitemap out', async () => {
    expect(await checkEverySitemap(site)).toEqual([
      '/sitemaps/pages.xml',
      '/sitemaps/newsroom.xml',
      '/sitemaps/articles/1.xml',
    ])
  })

  it('answer 404 for the news sitemap rather than an empty, invalid one', async () => {
    const response = await site.get('/news-sitemap.xml')
    expect(response.status).toBe(404)
  })
})

describe('sitemaps with an article published an hour ago', () => {
  let site: ServedSite
  beforeAll(async () => {
    const now = Date.now()
    const hourAgo = new Date(now - 3_600_000).toISOString()
    const content = contentSet({
      'fresh.md': articleFile('fresh', { title: '"خبر الساعة"', published: `"${hourAgo}"` }),
      'old.md': articleFile('old', { title: '"خبر قديم"' }),
    })
    site = await serveSite({ records: await seedRecords(content, now) })
  })
  afterAll(() => site?.close())

  it('are all valid, and the index lists the news sitemap, which has the fresh article only', async () => {
    expect(await checkEverySitemap(site)).toEqual([
      '/sitemaps/pages.xml',
      '/sitemaps/articles/1.xml',
      '/news-sitemap.xml',
    ])
    // This content folder has no site.yml, authors or pages: no sitemap of them, rather than an
    // empty one.
    expect((await site.get('/sitemaps/newsroom.xml')).status).toBe(404)
    const news = await (await site.get('/news-sitemap.xml')).text()
    expect(news).toContain('<news:title>خبر الساعة</news:title>')
    expect(news).not.toContain('خبر قديم')
  })
})

describe('sitemaps of a newsroom with sections, authors and static pages', () => {
  let site: ServedSite
  beforeAll(async () => {
    site = await serveSite({ records: await seedRecords(writeNewsroomCorpus(), NEWSROOM_NOW) })
  })
  afterAll(() => site?.close())

  it('are all valid, and the sitemap of those pages lists each of them', async () => {
    expect(await checkEverySitemap(site)).toEqual([
      '/sitemaps/pages.xml',
      '/sitemaps/newsroom.xml',
      '/sitemaps/articles/1.xml',
    ])
    const xml = await (await site.get('/sitemaps/newsroom.xml')).text()
    for (const path of ['/sections/politics', '/authors/writer-b', '/editorial-policy'])
      expect(xml).toContain(`<loc>${site.origin}${path}</loc>`)
  })
})
