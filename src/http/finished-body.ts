/**
 * @module
 * A response body encoded once, with its strong ETag: the SHA-1 of those bytes in hex, the value
 * Hono's `etag` middleware computes. The body is hashed where it is made (the page renderer) or,
 * for other responses, read once by the edge cache; the ETag middleware then finds the header
 * set and answers `If-None-Match` without hashing, and the edge cache builds both of its copies
 * from the same bytes instead of cloning and re-reading the response.
 */
import type { Context } from 'hono'

type FinishedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string }

/** The body made for each request, by its request. */
const made = new WeakMap<Request, FinishedBody>()

/** `"<sha-1 in hex>"`, as Hono's `etag` middleware writes it. */
async function strongEtag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

/** Where a body is made: sets its ETag on `response` and keeps the bytes for the edge cache. */
export async function finishBody(
  request: Request,
  response: Response,
  bytes: Uint8Array<ArrayBuffer>
): Promise<Response> {
  const etag = await strongEtag(bytes)
  response.headers.set('ETag', etag)
  made.set(request, { bytes, etag })
  return response
}

/**
 * The bytes and ETag of `c.res`: those it was made with, or, for a body made elsewhere, read
 * once, `c.res` being replaced by a response of those bytes that carries the ETag.
 */
export async function finishedBody(c: Context): Promise<FinishedBody> {
  const finished = made.get(c.req.raw)
  if (finished?.etag === c.res.headers.get('ETag')) return finished
  const bytes = new Uint8Array(await c.res.arrayBuffer())
  const etag = await strongEtag(bytes)
  const response = new Response(bytes, c.res)
  response.headers.set('ETag', etag)
  // Dropped first, so Hono does not wrap the new response and copy the headers over again.
  c.res = undefined
  c.res = response
  return { bytes, etag }
}
