/**
 * @module
 * A response's body read once, with its strong ETag: the SHA-1 of those bytes in hex, the value
 * Hono's `etag` middleware computes. The edge cache reads the body once to store it; the response
 * then carries the ETag, so the ETag step answers `If-None-Match` without reading and hashing it
 * again.
 */
import type { Context } from 'hono'

type FinishedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string }

/** `"<sha-1 in hex>"`, as Hono's `etag` middleware writes it. */
async function strongEtag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

/**
 * The bytes and ETag of `c.res`, read once; `c.res` is replaced by a response of those bytes that
 * carries the ETag.
 */
export async function finishedBody(c: Context): Promise<FinishedBody> {
  const bytes = new Uint8Array(await c.res.arrayBuffer())
  const etag = await strongEtag(bytes)
  const response = new Response(bytes, c.res)
  response.headers.set('ETag', etag)
  // Dropped first, so Hono does not wrap the new response and copy the headers over again.
  c.res = undefined
  c.res = response
  return { bytes, etag }
}
