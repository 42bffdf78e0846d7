/**
 * Property-based: random paths, queries and headers thrown at the Worker inside workerd. Whatever
 * comes in, nothing answers 5xx, errors have their format, and no input comes back unescaped.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { fetchWorker, loadSeed } from './seed'

beforeAll(loadSeed)

const PREFIXES = [
  '/',
  '/articles/',
  '/tags/',
  '/api/articles/',
  '/api/tags/',
  '/embed/',
  '/oembed',
  '/sitemaps/articles/',
  '/api/',
  '/feed.xml',
  '/tags/روسيا/',
]

/** Text an attacker would try: markup, quotes, encodings, bidi controls, Arabic, NULs, dots. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    '%E0%A4%A',
    '%00',
    '..%2F..',
    '\u202E',
    'كوريا الجنوبية',
    '%',
    '%%',
    '../',
    'a'.repeat(300)
  )
)

/** Header values are bytes on the wire: printable ASCII, markup included. */
const printable = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  fc.constantFrom('"<script>"', '*', 'W/"x"')
)

const encodeLoosely = (text: string, encode: boolean) => (encode ? encodeURIComponent(text) : text)

const request = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  segment: nasty,
  encode: fc.boolean(),
  query: fc.array(
    fc.tuple(fc.constantFrom('page', 'limit', 'url', 'format', 'maxwidth', 'x'), nasty),
    { maxLength: 4 }
  ),
  method: fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE'),
  headers: fc.record(
    { 'If-None-Match': printable, Accept: printable, Origin: printable },
    { requiredKeys: [] }
  ),
})

type RandomRequest = typeof request extends fc.Arbitrary<infer T> ? T : never

/** Builds a Request, or `null` when the runtime itself refuses the URL or a header. */
function build(input: RandomRequest) {
  const query = input.query
    .map(([key, value]) => `${key}=${encodeLoosely(value, input.encode)}`)
    .join('&')
  const path = `${input.prefix}${encodeLoosely(input.segment, input.encode)}${query ? `?${query}` : ''}`
  try {
    const headers = new Headers()
    for (const [name, value] of Object.entries(input.headers)) headers.set(name, value)
    return { path, init: { method: input.method, headers } }
  } catch {
    return null
  }
}

describe('random requests', () => {
  it('never get a 5xx, always get an error in their own format, and never see their input unescaped', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const built = build(input)
        if (!built) return
        let res: Response
        try {
          res = await fetchWorker(built.path, built.init)
        } catch (error) {
          // A URL the runtime cannot even parse never reaches the Worker.
          if (error instanceof TypeError) return
          throw error
        }
        expect(res.status, built.path).toBeLessThan(500)
        const body = await res.text()
        const isApi = /^\/(api(\/|$)|oembed$)/.test(
          new URL(res.url || `https://minbar.test${built.path}`).pathname
        )
        if (res.status >= 400 && input.method !== 'HEAD') {
          if (isApi)
            expect(JSON.parse(body)).toEqual({
              error: { code: expect.any(String), message: expect.any(String) },
            })
          else expect(body).toContain('<html lang="ar" dir="rtl">')
        }
        for (const text of [input.segment, ...input.query.map(([, value]) => value)]) {
          if (/[<>"]/.test(text) && text.length > 3) expect(body, built.path).not.toContain(text)
        }
      }),
      { numRuns: 300 }
    )
  }, 120_000)
})
