import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { fetchWorker, loadImageSite, NK_SLUG } from './seed'

beforeEach(loadImageSite)

/** The hero image's id, as the published record names it. */
async function heroId(): Promise<string> {
  const record = v.parse(
    ArticleRecordSchema,
    JSON.parse((await env.CONTENT.get(`v1:article:${NK_SLUG}`))!)
  )
  return record.image!.id
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

describe('GET /media/:key (image variants from R2)', () => {
  it('streams each format with its content type, a year of immutable caching and a strong ETag', async () => {
    const id = await heroId()
    for (const [key, type, magic] of [
      [`${id}-800.avif`, 'image/avif', 'ftypavif'],
      [`${id}-1600.webp`, 'image/webp', 'WEBP'],
      [`${id}-400.jpg`, 'image/jpeg', '\xff\xd8\xff'],
      [`${id}-og.jpg`, 'image/jpeg', '\xff\xd8\xff'],
    ] as const) {
      const res = await fetchWorker(`/media/${key}`)
      expect(res.status, key).toBe(200)
      expect(res.headers.get('content-type')).toBe(type)
      expect(res.headers.get('cache-control')).toBe(IMMUTABLE)
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
      expect(String.fromCharCode(...bytes.slice(0, 16))).toContain(magic)
      const stored = await env.MEDIA.get(key)
      expect(bytes).toEqual(new Uint8Array(await stored!.arrayBuffer()))
    }
  })

  it('answers a matching If-None-Match with 304, keeping the cache headers', async () => {
    const key = `${await heroId()}-800.webp`
    const first = await fetchWorker(`/media/${key}`)
    await first.arrayBuffer()
    const etag = first.headers.get('etag')!
    const again = await fetchWorker(`/media/${key}`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toBe(IMMUTABLE)
    expect(await again.text()).toBe('')
  })

  it('answers a Range with 206 and exactly those bytes', async () => {
    const key = `${await heroId()}-1200.jpg`
    const whole = new Uint8Array(await (await env.MEDIA.get(key))!.arrayBuffer())
    const res = await fetchWorker(`/media/${key}`, { headers: { Range: 'bytes=100-199' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(whole.slice(100, 200))
    const suffix = await fetchWorker(`/media/${key}`, { headers: { Range: 'bytes=-10' } })
    expect(suffix.status).toBe(206)
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(whole.slice(-10))
  })

  it('answers HEAD with the headers and no body', async () => {
    const key = `${await heroId()}-400.avif`
    const res = await fetchWorker(`/media/${key}`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/avif')
    expect(Number(res.headers.get('content-length'))).toBe((await env.MEDIA.head(key))!.size)
    expect(await res.text()).toBe('')
  })

  it('keeps media in the edge cache, whatever the content version', async () => {
    const key = `${await heroId()}-800.jpg`
    const first = await fetchWorker(`/media/${key}`)
    await first.arrayBuffer()
    expect(first.headers.get('x-edge-cache')).toBe('MISS')
    const second = await fetchWorker(`/media/${key}`)
    await second.arrayBuffer()
    expect(second.headers.get('x-edge-cache')).toBe('HIT')
    expect(second.headers.get('cache-control')).toBe(IMMUTABLE)
  })

  it('answers an unknown key with 404 and a malformed one with 400', async () => {
    const unknown = await fetchWorker('/media/AAAAAAAAAAAAAAAAAAAAAA-800.jpg')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await fetchWorker('/media/..%2Fsecret.jpg')).status).toBe(400)
    expect((await fetchWorker('/media/x-800.gif')).status).toBe(400)
  })
})
