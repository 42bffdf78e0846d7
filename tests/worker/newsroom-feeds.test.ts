/**
 * Section and author feeds, the bylines every feed format carries, oEmbed's author, and the
 * sitemap of the section, author and static pages, read through the Worker from the newsroom
 * corpus and the seed.
 */
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { atomFeed } from '../../src/feeds/atom'
import type { FeedItem } from '../../src/feeds/feed-items'
import { jsonFeed } from '../../src/feeds/json-feed'
import { getArticle } from '../../src/store/articles'
import { authorIndexKey, siteKey } from '../../src/store/keys'
import { NEWSROOM_NAME, NEWSROOM_NOW, THREE_BYLINE } from '../newsroom-corpus'
import { fetchWorker, loadNewsroom, loadSeed, NK_SLUG, ORIGIN } from './seed'

/** The byline of politics-1 in its order, as readers see the names. */
const THREE_NAMES = ['الكاتبة الثانية', 'الكاتب الأول', 'الكاتب الثالث']

async function feed(path: string) {
  const res = await fetchWorker(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  return res.text()
}

/** The text of every `<name>` element in `xml`, in order. */
const all = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((match) => match[1])

/** Each `<item>` of an RSS feed, as text. */
const items = (xml: string) => xml.split('<item>').slice(1)

describe('section and author feeds', () => {
  beforeEach(loadNewsroom)

  it("the section feed is the section's newest 20 articles, titled with the section and the site", async () => {
    const xml = await feed('/sections/politics/feed.xml')
    expect(xml).toContain('<language>ar</language>')
    expect(all(xml, 'title')[0]).toBe(`سياسة | ${NEWSROOM_NAME}`)
    expect(xml).toContain(`<link>${ORIGIN}/sections/politics</link>`)
    expect(xml).toContain(`href="${ORIGIN}/sections/politics/feed.xml" rel="self"`)
    const links = items(xml).map((item) => all(item, 'link')[0])
    expect(links).toHaveLength(20)
    expect(links[0]).toBe(`${ORIGIN}/articles/politics-23`)
    expect(links.every((link) => link!.includes('/articles/politics-'))).toBe(true)
  })

  it('the author feed lists their articles, each with its whole byline as dc:creator, in order', async () => {
    const xml = await feed('/authors/writer-b/feed.xml')
    expect(all(xml, 'title')[0]).toBe(`الكاتبة الثانية | ${NEWSROOM_NAME}`)
    const [economy, politics2, politics1] = items(xml)
    expect(items(xml)).toHaveLength(3)
    expect(all(economy!, 'link')).toEqual([`${ORIGIN}/articles/economy-1`])
    expect(all(economy!, 'dc:creator')).toEqual(['الكاتبة الثانية'])
    expect(all(politics2!, 'dc:creator')).toEqual(['الكاتب الأول', 'الكاتبة الثانية'])
    expect(all(politics1!, 'dc:creator')).toEqual(THREE_NAMES)
  })

  it('an article without a byline is credited to the publisher in every format', async () => {
    const rss = await feed('/feed.xml')
    const sports = items(rss).find((item) => item.includes('/articles/sports-1<'))!
    expect(all(sports, 'dc:creator')).toEqual([NEWSROOM_NAME])
    const atom = await (await fetchWorker('/atom.xml')).text()
    const entry = atom.split('<entry>').find((e) => e.includes('/articles/sports-1<'))!
    expect(entry).toContain(`<author><name>${NEWSROOM_NAME}</name><uri>${ORIGIN}/</uri></author>`)
    const json = (await (await fetchWorker('/feed.json')).json()) as {
      items: Array<{ id: string; authors: unknown }>
    }
    const item = json.items.find((i) => i.id.endsWith('/articles/sports-1'))!
    expect(item.authors).toEqual([{ name: NEWSROOM_NAME, url: `${ORIGIN}/` }])
  })

  it('Atom and JSON Feed carry a byline as one author each, in order, with their pages', async () => {
    // politics-1 is older than the site feeds' 20: its real record goes through the renderers.
    const article = (await getArticle(env.CONTENT, THREE_BYLINE.slug, NEWSROOM_NOW))!
    const item: FeedItem = { article, url: `${ORIGIN}/articles/${article.slug}` }
    const channel = {
      title: NEWSROOM_NAME,
      description: '',
      homePageUrl: `${ORIGIN}/`,
      feedUrl: `${ORIGIN}/atom.xml`,
      publisher: { name: NEWSROOM_NAME, url: `${ORIGIN}/` },
    }
    const authors = THREE_BYLINE.authors.map((slug, n) => ({
      name: THREE_NAMES[n],
      url: `${ORIGIN}/authors/${slug}`,
    }))
    expect(atomFeed(channel, [item])).toContain(
      authors
        .map(({ name, url }) => `<author><name>${name}</name><uri>${url}</uri></author>`)
        .join('')
    )
    expect(jsonFeed(channel, [item]).items[0]!.authors).toEqual(authors)
    // And through the Worker: an entry with one name.
    const atom = await (await fetchWorker('/atom.xml')).text()
    const economy = atom.split('<entry>').find((e) => e.includes('/articles/economy-1<'))!
    expect(all(economy, 'name')).toEqual(['الكاتبة الثانية'])
    expect(all(economy, 'uri')).toEqual([`${ORIGIN}/authors/writer-b`])
  })

  it.each([['/sections/no-such-section/feed.xml'], ['/authors/no-such-writer/feed.xml']])(
    '%s is the Arabic 404 page',
    async (path) => {
      const res = await fetchWorker(path)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    }
  )

  it.each([['/sections/Politics/feed.xml'], [`/authors/${'a'.repeat(201)}/feed.xml`]])(
    '%s is a 400',
    async (path) => {
      expect((await fetchWorker(path)).status).toBe(400)
    }
  )
})

describe('oEmbed names the first author', () => {
  beforeEach(loadNewsroom)

  const oEmbed = async (slug: string) => {
    const url = encodeURIComponent(`${ORIGIN}/articles/${slug}`)
    const res = await fetchWorker(`/oembed?url=${url}`)
    expect(res.status).toBe(200)
    return (await res.json()) as Record<string, unknown>
  }

  it('with a link to their page, when the article has a byline', async () => {
    expect(await oEmbed(THREE_BYLINE.slug)).toMatchObject({
      author_name: 'الكاتبة الثانية',
      author_url: `${ORIGIN}/authors/writer-b`,
      provider_name: NEWSROOM_NAME,
    })
  })

  it('and names the source when it has none', async () => {
    const body = await oEmbed('sports-1')
    expect(body.author_name).toBe(NEWSROOM_NAME)
    expect(body).not.toHaveProperty('author_url')
  })
})

describe('the sitemap of sections, authors and static pages', () => {
  const locs = (xml: string) => all(xml, 'loc')

  it('lists every section, author and page of the newsroom, and the index leads to it', async () => {
    await loadNewsroom()
    const index = await (await fetchWorker('/sitemap.xml')).text()
    expect(locs(index)).toContain(`${ORIGIN}/sitemaps/newsroom.xml`)
    const res = await fetchWorker('/sitemaps/newsroom.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const urls = locs(await res.text())
    expect(urls).toHaveLength(12 + 3 + 3)
    expect(urls.slice(0, 2)).toEqual([`${ORIGIN}/sections/politics`, `${ORIGIN}/sections/economy`])
    expect(urls).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/authors/writer-a`,
        `${ORIGIN}/authors/writer-c`,
        `${ORIGIN}/about`,
        `${ORIGIN}/corrections-policy`,
      ])
    )
  })

  it("lists the seed's two sections and three pages", async () => {
    await loadSeed()
    const urls = locs(await (await fetchWorker('/sitemaps/newsroom.xml')).text())
    expect(urls).toHaveLength(5)
    expect(urls).toContain(`${ORIGIN}/sections/world`)
    expect(urls).toContain(`${ORIGIN}/editorial-policy`)
  })

  it('is a 404 left out of the index on a site with none of them (an empty urlset is invalid)', async () => {
    await loadSeed()
    await env.CONTENT.delete(siteKey())
    await env.CONTENT.delete(authorIndexKey())
    expect((await fetchWorker('/sitemaps/newsroom.xml')).status).toBe(404)
    const index = await (await fetchWorker('/sitemap.xml')).text()
    expect(locs(index)).not.toContain(`${ORIGIN}/sitemaps/newsroom.xml`)
    expect(locs(index)).toContain(`${ORIGIN}/sitemaps/articles/1.xml`)
  })
})

describe('the seed, without bylines', () => {
  beforeEach(loadSeed)

  it('credits its articles to the publisher in the feeds, and to their source in oEmbed', async () => {
    const rss = await feed('/feed.xml')
    expect(all(items(rss)[0]!, 'dc:creator')).toEqual(['منبر'])
    const url = encodeURIComponent(`${ORIGIN}/articles/${NK_SLUG}`)
    const body = (await (await fetchWorker(`/oembed?url=${url}`)).json()) as Record<string, unknown>
    expect(body.author_name).toBe('صدى البلد')
  })
})
