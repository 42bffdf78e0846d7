/**
 * A 304 never changes how a page may render. Browsers replace a stored response's headers with
 * those of the 304 that revalidates it (RFC 9111 §4.3.4), so a 304 must repeat the security and
 * CORS headers of its 200 exactly: a 304 with the catch-all policy left reloaded pages without
 * their stylesheet, JSON-LD and images, and the framed embed card refused to render.
 */
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { articleKey, versionKey } from '../../src/store/keys'
import { fetchWorker, loadImageSite, NK_SLUG, ORIGIN } from './seed'

const TAG = encodeURIComponent('كوريا-الجنوبيه')

const ROUTES = [
  '/',
  `/articles/${NK_SLUG}`,
  '/tags',
  `/tags/${TAG}`,
  `/tags/${TAG}/feed.xml`,
  `/search?q=${encodeURIComponent('روسيا')}`,
  '/search',
  `/embed/${NK_SLUG}`,
  `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${NK_SLUG}`)}`,
  '/api/articles',
  `/api/articles/${NK_SLUG}`,
  `/api/search?q=${encodeURIComponent('روسيا')}`,
  '/api/openapi.json',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/favicon.ico',
  '/favicon.svg',
]

/** Depends on the clock, so it is never kept in the edge cache. */
const NOT_EDGE_CACHED = new Set(['/sitemap.xml'])

/** What decides whether and how a browser may render, frame or share the response. */
const RENDERING_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'strict-transport-security',
  'permissions-policy',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'cache-control',
  'etag',
]

const renderingHeaders = (response: Response) =>
  Object.fromEntries(RENDERING_HEADERS.map((name) => [name, response.headers.get(name)]))

/** The 200 of `path`, then a revalidation of it, as a returning reader's browser sends it. */
async function revalidate(path: string): Promise<{ ok: Response; notModified: Response }> {
  const init = { headers: { Origin: 'https://news.example' } }
  const ok = await fetchWorker(path, init)
  await ok.arrayBuffer()
  const etag = ok.headers.get('etag')!
  const notModified = await fetchWorker(path, {
    headers: { ...init.headers, 'If-None-Match': etag },
  })
  return { ok, notModified }
}

describe('a 304 carries the security headers of the 200 it revalidates', () => {
  it.each(ROUTES)('%s, from the edge cache', async (path) => {
    await loadImageSite()
    const { ok, notModified } = await revalidate(path)
    expect(ok.status).toBe(200)
    expect(notModified.status).toBe(304)
    if (!NOT_EDGE_CACHED.has(path)) expect(notModified.headers.get('x-edge-cache')).toBe('HIT')
    expect(renderingHeaders(notModified)).toEqual(renderingHeaders(ok))
  })

  it.each(ROUTES)('%s, rendered (no content version, so no edge cache)', async (path) => {
    await loadImageSite()
    await env.CONTENT.delete(versionKey())
    const { ok, notModified } = await revalidate(path)
    expect(ok.status).toBe(200)
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('x-edge-cache')).toBeNull()
    expect(renderingHeaders(notModified)).toEqual(renderingHeaders(ok))
  })

  it('for an image from R2', async () => {
    await loadImageSite()
    const record = v.parse(
      ArticleRecordSchema,
      JSON.parse((await env.CONTENT.get(articleKey(NK_SLUG)))!)
    )
    const { ok, notModified } = await revalidate(`/media/${record.image!.id}-800.avif`)
    expect(notModified.status).toBe(304)
    expect(renderingHeaders(notModified)).toEqual(renderingHeaders(ok))
  })

  it('keeps the page policy that lets the stylesheet and JSON-LD run, and the embed framable', async () => {
    await loadImageSite()
    const page = await revalidate(`/articles/${NK_SLUG}`)
    expect(page.notModified.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/)
    expect(page.notModified.headers.get('content-security-policy')).toMatch(/script-src 'sha256-/)
    const embed = await revalidate(`/embed/${NK_SLUG}`)
    expect(embed.notModified.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(embed.notModified.headers.get('x-frame-options')).toBeNull()
  })
})
