import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { articleKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSeed, NK_SLUG } from './seed'

beforeEach(loadSeed)

const ROUTES = [
  '/',
  `/articles/${NK_SLUG}`,
  '/tags',
  `/tags/${encodeURIComponent('كوريا-الجنوبيه')}`,
  `/tags/${encodeURIComponent('كوريا-الجنوبيه')}/feed.xml`,
  '/api/articles',
  `/api/articles/${NK_SLUG}`,
  '/api/tags',
  `/api/tags/${encodeURIComponent('كوريا-الجنوبيه')}`,
  '/api/schema/article.json',
  '/api/openapi.json',
  `/embed/${NK_SLUG}`,
  `/oembed?url=${encodeURIComponent(`https://minbar.test/articles/${NK_SLUG}`)}`,
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/sitemaps/articles/1.xml',
  '/robots.txt',
]

describe('caching validators', () => {
  it.each(ROUTES)('%s has a strong ETag and an edge-friendly Cache-Control', async (path) => {
    const res = await fetchWorker(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
    const cacheControl = res.headers.get('cache-control')!
    expect(cacheControl).toMatch(/\bs-maxage=\d+/)
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/)
  })

  it.each(ROUTES)('%s answers a matching If-None-Match with an empty 304', async (path) => {
    const first = await fetchWorker(path)
    const etag = first.headers.get('etag')!
    const again = await fetchWorker(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
  })

  it('derives the ETag from the content: a republished article gets a new one', async () => {
    const before = (await fetchWorker(`/api/articles/${NK_SLUG}`)).headers.get('etag')
    const record = JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    await env.CONTENT.put(articleKey(NK_SLUG), JSON.stringify({ ...record, summary: 'ملخص معدل' }))
    await bumpContentVersion()
    const after = await fetchWorker(`/api/articles/${NK_SLUG}`, {
      headers: { 'If-None-Match': before! },
    })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
  })

  it('keeps a stale If-None-Match from matching', async () => {
    const res = await fetchWorker(`/api/articles/${NK_SLUG}`, {
      headers: { 'If-None-Match': '"0000"' },
    })
    expect(res.status).toBe(200)
  })

  it('never lets an outage be cached', async () => {
    await env.CONTENT.put(articleKey(NK_SLUG), 'broken')
    // A URL never served before, so no last good copy exists to stand in for it.
    const res = await fetchWorker(`/api/articles/${NK_SLUG}?first-visit=${crypto.randomUUID()}`)
    expect(res.status).toBe(503)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('HEAD', () => {
  it.each(ROUTES)('%s answers HEAD like GET, without a body', async (path) => {
    const get = await fetchWorker(path)
    const head = await fetchWorker(path, { method: 'HEAD' })
    expect(head.status).toBe(get.status)
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')
  })
})

describe('CORS', () => {
  it.each([
    '/api/articles',
    `/api/articles/${NK_SLUG}`,
    '/api/tags',
    '/api/openapi.json',
    `/oembed?url=${encodeURIComponent(`https://minbar.test/articles/${NK_SLUG}`)}`,
    '/feed.json',
  ])('%s may be read by any origin, without credentials', async (path) => {
    const res = await fetchWorker(path, { headers: { Origin: 'https://news.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag')
  })

  it.each(['/api/articles', '/oembed'])(
    'answers a preflight to %s with 204, methods and headers',
    async (path) => {
      const res = await fetchWorker(path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://news.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS')
      expect(res.headers.get('access-control-allow-headers')).toContain('If-None-Match')
      expect(res.headers.get('access-control-max-age')).toBe('86400')
      expect(await res.text()).toBe('')
    }
  )

  it('keeps its headers on a 304, so a browser embedder can revalidate', async () => {
    const headers = { Origin: 'https://news.example' }
    const etag = (await fetchWorker(`/api/articles/${NK_SLUG}`, { headers })).headers.get('etag')!
    const again = await fetchWorker(`/api/articles/${NK_SLUG}`, {
      headers: { ...headers, 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(again.headers.get('access-control-expose-headers')).toContain('ETag')
  })

  it('also covers API errors, so a browser client can read them', async () => {
    const res = await fetchWorker('/api/articles/nope', {
      headers: { Origin: 'https://news.example' },
    })
    expect(res.status).toBe(404)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('is not granted on reader pages', async () => {
    const res = await fetchWorker(`/articles/${NK_SLUG}`, {
      headers: { Origin: 'https://news.example' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
