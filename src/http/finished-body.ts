/**
 * @module
 * A response body encoded once, with its strong ETag: the SHA-1 of those bytes in hex, the value
 * Hono's `etag` middleware computes. The body is hashed where it is made (the page renderer) or,
 * for other responses, read once by the edge cache; the ETag middleware then finds the header
 * set and answers `If-None-Match` without hashing, and the edge cache builds both of its copies
 * from the same bytes instead of cloning and re-reading the response.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'

type FinishedBody = { bytes: Uint8Array<ArrayBuffer>; etag: string }

/** `"<sha-1 in hex>"`, as Hono's `etag` middleware writes it. */
async function strongEtag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return `"${hex}"`
}

const encoder = new TextEncoder()

/** A body's bytes and the promise of their ETag. */
export type EncodedBody = { bytes: Uint8Array<ArrayBuffer>; etag: Promise<string> }

/** `text` as bytes, hashed for their ETag. */
export function encodeBody(text: string): EncodedBody {
  // TextEncoder always makes a fresh ArrayBuffer.
  const bytes = encoder.encode(text) as Uint8Array<ArrayBuffer>
  return { bytes, etag: strongEtag(bytes) }
}

type EncodedPage = EncodedBody & { html: string }

/** The last page made at each address, the least recently made going first. */
const pages = new Map<string, EncodedPage>()
const PAGES_KEPT = 32

/**
 * `html` as bytes with their ETag. The same record renders the same page, so the last page made
 * at each address is kept: when the page just rendered is identical to it, character for
 * character, it is neither encoded nor hashed again. (Looked up by address and compared, not
 * looked up by the page's text, which would hash all of it.) The bytes are only ever read: each
 * response copies them.
 */
export function encodePage(address: string, html: string): EncodedPage {
  const known = pages.get(address)
  pages.delete(address)
  if (known?.html === html) {
    pages.set(address, known)
    return known
  }
  const page = { html, ...encodeBody(html) }
  pages.set(address, page)
  if (pages.size > PAGES_KEPT) pages.delete(pages.keys().next().value!)
  return page
}

/** Where a body is made: sets its ETag on `response` and keeps the bytes for the edge cache. */
export async function finishBody(
  c: Context<AppEnv>,
  response: Response,
  body: EncodedBody
): Promise<Response> {
  const { bytes } = body
  const etag = await body.etag
  response.headers.set('ETag', etag)
  c.set('body', { bytes, etag })
  return response
}

/**
 * The bytes and ETag of `c.res`: those it was made with, or, for a body made elsewhere, read
 * once, `c.res` being replaced by a response of those bytes that carries the ETag.
 */
export async function finishedBody(c: Context<AppEnv>): Promise<FinishedBody> {
  const finished = c.var.body as FinishedBody | undefined
  if (finished && finished.etag === c.res.headers.get('ETag')) return finished
  const bytes = new Uint8Array(await c.res.arrayBuffer())
  const etag = await strongEtag(bytes)
  const response = new Response(bytes, c.res)
  response.headers.set('ETag', etag)
  // Dropped first, so Hono does not wrap the new response and copy the headers over again.
  c.res = undefined
  c.res = response
  return { bytes, etag }
}
