/**
 * Byte equality: every route serves exactly what it served before the render-cost work (issue
 * 17), for a miss, a hit, a HEAD, a 304 and a stale-if-error copy. The fixture
 * (`golden/responses.txt`) was written by this test from the code before that work; a changed
 * byte anywhere (body, ETag, CSP, cache headers) fails it. `npx vitest run -u` rewrites it, which
 * is for deliberate changes only, each one named in the commit that makes it.
 */
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSeed, MOJ_SLUG, NK_SLUG, ORIGIN } from './seed'

beforeEach(loadSeed)

const ARTICLE = `/articles/${NK_SLUG}`
const TAG = encodeURIComponent('كوريا-الجنوبيه')

/** Every route, as readers, crawlers and embedders reach it. */
const ROUTES = [
  '/',
  '/?page=1',
  '/?page=99',
  '/?page=abc',
  ARTICLE,
  `/articles/${MOJ_SLUG}`,
  '/articles/no-such-article',
  '/articles/BAD%20SLUG',
  '/tags',
  `/tags/${TAG}`,
  `/tags/${TAG}?page=2`,
  '/tags/کوریا-الجنوبیة',
  `/tags/${TAG}/feed.xml`,
  '/sections/world',
  '/sections/no-such-section',
  '/authors/no-such-author',
  '/about',
  '/no-such-page',
  '/api/articles',
  '/api/articles?limit=1&page=2',
  '/api/articles?limit=-1',
  `/api/articles/${NK_SLUG}`,
  '/api/articles/no-such-article',
  '/api/tags',
  `/api/tags/${TAG}`,
  '/api/sections',
  '/api/sections/world?limit=1',
  '/api/sections/no-such-section',
  '/api/authors',
  '/api/authors/no-such-writer',
  '/api/pages/about',
  '/api/settings',
  '/api/openapi.json',
  '/api/schema/article.json',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/robots.txt',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/sitemaps/newsroom.xml',
  '/sections/world/feed.xml',
  '/sitemaps/articles/1.xml',
  `/oembed?url=${encodeURIComponent(ORIGIN + ARTICLE)}&format=json`,
  `/oembed?url=${encodeURIComponent(ORIGIN + ARTICLE)}&format=xml`,
  '/oembed?url=nope',
  `/embed/${NK_SLUG}`,
  '/embed/no-such-article',
  '/no/such/page',
  `/search?q=${encodeURIComponent('كوريا الشمالية')}`,
  `/search?q=${encodeURIComponent('زلزال بركان')}`,
  '/search',
  '/search?q=%20',
  `/api/search?q=${encodeURIComponent('كوريا')}`,
  '/api/search?q=',
]

/** Headers whose value is the clock's or the test run's, not the response's. */
const VOLATILE = new Set(['date'])

async function describeResponse(label: string, response: Response): Promise<string> {
  const headers = [...response.headers]
    .filter(([name]) => !VOLATILE.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}: ${value}`)
  return [
    `=== ${label}`,
    `status: ${response.status}`,
    ...headers,
    '',
    await response.text(),
    '',
  ].join('\n')
}

describe('every route serves the bytes it served before', () => {
  it('for a miss, a hit, a HEAD and a conditional GET', async () => {
    const out: string[] = []
    for (const path of ROUTES) {
      const miss = await fetchWorker(path, { redirect: 'manual' })
      const etag = miss.headers.get('etag')
      out.push(await describeResponse(`GET ${path} (first)`, miss))
      out.push(
        await describeResponse(
          `GET ${path} (again)`,
          await fetchWorker(path, { redirect: 'manual' })
        )
      )
      out.push(
        await describeResponse(
          `HEAD ${path}`,
          await fetchWorker(path, { method: 'HEAD', redirect: 'manual' })
        )
      )
      if (etag)
        out.push(
          await describeResponse(
            `GET ${path} (If-None-Match)`,
            await fetchWorker(path, { headers: { 'If-None-Match': etag }, redirect: 'manual' })
          )
        )
    }
    await expect(out.join('\n')).toMatchFileSnapshot('golden/responses.txt')
    // Some fifty routes, four requests each: more than the default five seconds on a slow machine.
  }, 30_000)

  it('with no content version (every request rendered from KV)', async () => {
    await env.CONTENT.delete('v1:version')
    const out: string[] = []
    for (const path of [ARTICLE, '/', `/tags/${TAG}`, `/api/articles/${NK_SLUG}`, '/feed.xml']) {
      const first = await fetchWorker(path)
      out.push(await describeResponse(`GET ${path} (uncached)`, first))
      out.push(
        await describeResponse(
          `GET ${path} (uncached, If-None-Match)`,
          await fetchWorker(path, { headers: { 'If-None-Match': first.headers.get('etag')! } })
        )
      )
    }
    await expect(out.join('\n')).toMatchFileSnapshot('golden/uncached.txt')
  })

  it('for the stale copy served when storage fails', async () => {
    const out: string[] = []
    for (const path of [ARTICLE, `/api/articles/${NK_SLUG}`, `/embed/${NK_SLUG}`]) {
      await fetchWorker(path)
      await env.CONTENT.put(articleKey(NK_SLUG), '{not json')
      await bumpContentVersion()
      out.push(await describeResponse(`GET ${path} (storage failed)`, await fetchWorker(path)))
      await loadSeed()
    }
    await expect(out.join('\n')).toMatchFileSnapshot('golden/stale.txt')
  })
})
