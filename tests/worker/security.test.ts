import { beforeEach, describe, expect, it } from 'vitest'
import { fetchWorker, loadSeed, NK_SLUG } from './seed'

beforeEach(loadSeed)

const PAGES = [
  '/',
  `/articles/${NK_SLUG}`,
  '/tags',
  `/tags/${encodeURIComponent('كوريا-الجنوبيه')}`,
  '/articles/no-such-article',
]

async function sha256(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

describe('security headers', () => {
  it.each(PAGES)(
    '%s has a strict CSP whose hashes match exactly its stylesheet and JSON-LD',
    async (path) => {
      const res = await fetchWorker(path)
      const html = await res.text()
      const policy = res.headers.get('content-security-policy')!
      expect(policy).toContain("default-src 'none'")
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).toContain("base-uri 'none'")
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
      expect(policy).toContain(`style-src ${await sha256(style)}`)
      const scripts = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ].map((match) => match[1]!)
      const expected = scripts.length
        ? (await Promise.all(scripts.map(sha256))).join(' ')
        : "'none'"
      expect(policy).toContain(`script-src ${expected}`)
    }
  )

  it('the embed card allows its one stylesheet by hash, with no unsafe-inline', async () => {
    const res = await fetchWorker(`/embed/${NK_SLUG}`)
    const style = /<style>([\s\S]*?)<\/style>/.exec(await res.text())![1]!
    expect(res.headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src ${await sha256(style)}; base-uri 'none'; form-action 'none'; frame-ancestors *`
    )
  })

  it.each([...PAGES, '/api/articles', '/feed.xml', '/api/articles/nope'])(
    '%s carries nosniff, referrer, permissions and HSTS headers',
    async (path) => {
      const res = await fetchWorker(path)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy')).toContain('camera=()')
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains'
      )
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
  )
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    '%s on a page is a 405 Arabic page with Allow',
    async (method) => {
      const res = await fetchWorker(`/articles/${NK_SLUG}`, { method })
      expect(res.status).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
      expect(await res.text()).toContain('<h1>طريقة الطلب غير مسموحة</h1>')
    }
  )

  it.each(['POST', 'DELETE'])('%s on the API is a 405 error object with Allow', async (method) => {
    const res = await fetchWorker('/api/articles', {
      method,
      body: method === 'POST' ? '{}' : undefined,
    })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(await res.json()).toEqual({
      error: { code: 'method_not_allowed', message: expect.any(String) },
    })
  })

  it('answers OPTIONS on a page with the allowed methods', async () => {
    const res = await fetchWorker('/', { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })
})

describe('malformed requests get a 4xx in their own format, never a 5xx', () => {
  const long = 'a'.repeat(10 * 1024)
  it.each([
    ['an invalid percent-encoding', '/articles/%E0%A4%A', 400],
    ['a NUL byte', '/articles/a%00b', 400],
    ['a 10 KB segment', `/articles/${long}`, 400],
    ['a 10 KB tag', `/tags/${long}`, 400],
    ['../ traversal', '/articles/../../etc/passwd', 404],
    ['encoded ../ traversal', '/articles/..%2F..%2Fetc%2Fpasswd', 400],
    ['a right-to-left override in a slug', '/articles/%E2%80%AEnorth-korea', 400],
    ['mixed scripts in a slug', '/articles/north-كوريا-Корея', 400],
    ['a negative page', '/?page=-3', 400],
    ['a huge page', '/?page=99999999999999999999', 400],
    ['conflicting pages', '/?page=1&page=2', 400],
  ])('a page request with %s', async (_case, path, status) => {
    const res = await fetchWorker(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).toContain('<html lang="ar" dir="rtl">')
  })

  it.each([
    ['an invalid percent-encoding', '/api/articles/%E0%A4%A'],
    ['a NUL byte', '/api/tags/a%00%00'],
    ['a 10 KB segment', `/api/articles/${long}`],
    ['a right-to-left override', '/api/articles/%E2%80%AEx'],
    ['a huge limit', '/api/articles?limit=1e999'],
    ['conflicting limits', '/api/articles?limit=1&limit=50'],
    ['a negative page', '/api/tags/x?page=-1'],
  ])('an API request with %s', async (_case, path) => {
    const res = await fetchWorker(path)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await res.json()).toEqual({
      error: { code: expect.any(String), message: expect.any(String) },
    })
  })
})
