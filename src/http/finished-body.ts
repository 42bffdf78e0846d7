/**
 * @module
 * A response's body as bytes, with its strong ETag: the SHA-1 of those bytes in hex, the value
 * Hono's `etag` middleware computes. A body is encoded where it is made when that is cheap (the
 * page renderer), or read back once from the response; the response then carries the ETag, so
 * the ETag step answers `If-None-Match` without reading and hashing it again.
 */
import type { Context } from 'hono'
import type { AppEnv, FinishedBody } from '../app-env'

/** `"<sha-1 in hex>"`, as Hono's `etag` middleware writes it. */
async function strongEtag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

const encoder = new TextEncoder()

/** `text` as bytes, with their ETag. */
export async function encodeBody(text: string): Promise<FinishedBody> {
  // TextEncoder always makes a fresh ArrayBuffer.
  const bytes = encoder.encode(text) as Uint8Array<ArrayBuffer>
  return { bytes, etag: await strongEtag(bytes) }
}

/**
 * The bytes and ETag of `c.res`: those it was made with (`c.var.body`, while the response still
 * carries their ETag), or else read once, `c.res` being replaced by a response of those bytes that
 * carries the ETag.
 */
export async function finishedBody(c: Context<AppEnv>): Promise<FinishedBody> {
  const made = c.var.body
  // The response must still be the one made with them (an error or a hit would replace it).
  if (made?.etag === c.res.headers.get('ETag')) return made
  const bytes = new Uint8Array(await c.res.arrayBuffer())
  const etag = await strongEtag(bytes)
  const response = new Response(bytes, c.res)
  response.headers.set('ETag', etag)
  // Dropped first, so Hono does not wrap the new response and copy the headers over again.
  c.res = undefined
  c.res = response
  return { bytes, etag }
}
