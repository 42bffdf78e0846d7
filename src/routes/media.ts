/**
 * @module
 * `/media/<key>`: an image variant, streamed from the R2 bucket. Keys are content-addressed, so
 * an object never changes: it is cached for a year (`immutable`) by browsers and kept in the edge
 * cache under its URL alone, whatever the content version. Its ETag is R2's own (strong), so a
 * revalidation is a 304; a `Range` request is answered from R2 with a 206.
 */
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { notFound } from '../http/public-error'
import { validate } from '../http/validate'
import { describeRoute, errorResponse } from '../openapi/describe-route'
import { MEDIA_KEY_PATTERN, mediaContentType } from '../store/media-keys'

const IMMUTABLE = 'public, max-age=31536000, immutable'

const MediaKeyParamSchema = v.object({
  key: v.pipe(
    v.string(),
    v.maxLength(40),
    v.regex(MEDIA_KEY_PATTERN, 'مفتاح صورة غير صالح'),
    v.examples(['uf7GkajhRUleupTULAiF9q-800.avif'])
  ),
})

const imageBody = (description: string) => ({
  description,
  content: Object.fromEntries(
    ['image/avif', 'image/webp', 'image/jpeg'].map((type) => [
      type,
      { schema: { type: 'string', format: 'binary' } },
    ])
  ),
})

/** The headers every answer about `object` carries. */
function objectHeaders(key: string, object: R2Object): Headers {
  const headers = new Headers({
    'Content-Type': mediaContentType(key),
    'Cache-Control': IMMUTABLE,
    ETag: object.httpEtag,
    'Accept-Ranges': 'bytes',
  })
  return headers
}

/** `Content-Range` of an R2 ranged read of an object `size` bytes long. */
function contentRange(range: R2Range, size: number): { start: number; end: number } {
  // Miniflare names every field, `suffix: undefined` included.
  const { offset, length, suffix } = range as { offset?: number; length?: number; suffix?: number }
  if (suffix !== undefined) return { start: size - suffix, end: size - 1 }
  const start = offset ?? 0
  const end = length !== undefined ? start + length - 1 : size - 1
  return { start, end }
}

export const media = new Hono<AppEnv>()

media.get(
  '/media/:key',
  describeRoute({
    summary: 'An image variant (content-addressed, immutable)',
    responses: {
      200: imageBody('The image'),
      206: imageBody('The requested byte range of the image'),
      404: errorResponse('No image under this key'),
    },
  }),
  validate('param', MediaKeyParamSchema),
  async (c) => {
    const { key } = c.req.valid('param')
    const bucket = c.env.MEDIA
    const rangeHeader = c.req.header('Range')
    if (c.req.method === 'HEAD') {
      const head = await bucket.head(key)
      if (!head) throw notFound()
      const headers = objectHeaders(key, head)
      headers.set('Content-Length', String(head.size))
      return new Response(null, { headers })
    }
    if (rangeHeader) {
      const object = await bucket.get(key, { range: c.req.raw.headers })
      if (!object) throw notFound()
      const headers = objectHeaders(key, object)
      if (!object.range) return new Response(object.body, { headers })
      const { start, end } = contentRange(object.range, object.size)
      headers.set('Content-Range', `bytes ${start}-${end}/${object.size}`)
      headers.set('Content-Length', String(end - start + 1))
      return new Response(object.body, { status: 206, headers })
    }
    const cache = caches.default
    const cacheKey = new Request(new URL(c.req.path, c.req.url).toString())
    const hit = await cache.match(cacheKey)
    if (hit) {
      const response = new Response(hit.body, hit)
      response.headers.set('X-Edge-Cache', 'HIT')
      return response
    }
    const object = await bucket.get(key)
    if (!object) throw notFound()
    const headers = objectHeaders(key, object)
    headers.set('Content-Length', String(object.size))
    const response = new Response(object.body, { headers })
    c.executionCtx.waitUntil(cache.put(cacheKey, response.clone()))
    response.headers.set('X-Edge-Cache', 'MISS')
    return response
  }
)
