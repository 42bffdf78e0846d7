/**
 * Search through the Worker, inside workerd, over the search corpus published by the real
 * pipeline into real local KV: every spelling rule, prefixes, phrases, ranking, drafts and
 * scheduled articles, no hits, hostile queries, the JSON API and the page.
 */
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { searchShardKey } from '../../src/store/keys'
import { bumpContentVersion, fetchWorker, loadSearchCorpus } from './seed'

beforeEach(loadSearchCorpus)

type Found = {
  query: { q: string; terms: string[] }
  results: Array<{ slug: string; url: string; snippet: string; score: number; title: string }>
  meta: { pagination: { total: number; page: number; pages: number } }
}

async function search(q: string, extra = ''): Promise<Found> {
  const res = await fetchWorker(`/api/search?q=${encodeURIComponent(q)}${extra}`)
  expect(res.status, q).toBe(200)
  return res.json()
}
const slugsFor = async (q: string) => (await search(q)).results.map((hit) => hit.slug)

describe('GET /api/search: Arabic, however it is spelled', () => {
  it.each([
    ['احمد', 'ahmad', 'alef without hamza'],
    ['إحمد', 'ahmad', 'alef with hamza below'],
    ['القاهره', 'cairo', 'ه for ة'],
    ['کوریا', 'korea', 'Persian kaf and yeh'],
    ['كُوريا', 'korea', 'tashkeel'],
    ['كـــوريا', 'korea', 'tatweel'],
    ['2025', 'cairo', 'ASCII digits for Arabic-Indic ones'],
    ['nato', 'nato', 'Latin case'],
    ['الصين', 'china', 'the article with و and ب attached (وبالصين)'],
    ['والكيمياء', 'ahmad', 'a query with و and ال attached'],
    ['للزراعه', 'farming', 'لل and ه for ة'],
  ])('«%s» finds %s (%s)', async (q, slug) => {
    expect(await slugsFor(q)).toContain(slug)
  })

  it('answers the query as typed, the normalised terms, and snippets with the matches marked', async () => {
    const found = await search('أمطار القاهرة')
    expect(found.query).toEqual({ q: 'أمطار القاهرة', terms: ['امطار', 'القاهره'] })
    expect(found.results.map((hit) => hit.slug)).toEqual(['cairo'])
    const [hit] = found.results
    expect(hit!.url).toBe('https://minbar.test/articles/cairo')
    expect(hit!.snippet).toContain('<mark>')
    expect(found.meta.pagination).toMatchObject({ page: 1, pages: 1, total: 1 })
  })

  it('needs the words of a phrase side by side', async () => {
    expect(await slugsFor('"الطب الشرعي"')).toEqual(['forensic'])
    expect((await slugsFor('الطب الشرعي')).sort()).toEqual(['forensic', 'forensic-apart'])
  })

  it('ranks a title match above a body match', async () => {
    expect(await slugsFor('الزراعة')).toEqual(['farming', 'mixed'])
  })

  it('requires every word, and falls back to any word when that finds nothing', async () => {
    expect(await slugsFor('أمطار القاهرة')).toEqual(['cairo'])
    expect((await slugsFor('القاهرة NATO')).sort()).toEqual(['cairo', 'nato'])
  })

  it('drops stop words from free text', async () => {
    const found = await search('في القاهرة')
    expect(found.query.terms).toEqual(['القاهره'])
    expect(found.results.map((hit) => hit.slug)).toEqual(['cairo'])
  })

  it('never finds a draft, and finds a scheduled article only from its time, with no republish', async () => {
    expect(await slugsFor('القمر')).toEqual([])
    expect(await slugsFor('مستقبلية')).toEqual([])
    expect(await slugsFor('متحف')).toEqual(['scheduled-past'])
  })

  it('answers no hits with an empty list', async () => {
    const found = await search('زلزال')
    expect(found.results).toEqual([])
    expect(found.meta.pagination.total).toBe(0)
  })

  it('escapes the text around a match, marking only the matched words', async () => {
    const [hit] = (await search('الذهب')).results
    expect(hit!.snippet).toContain('<mark>الذهب</mark>')
    expect(hit!.snippet).toContain('a &lt; b')
    expect(hit!.snippet).toContain('&amp;')
    expect(hit!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })

  it.each([
    ['a missing q', '', ''],
    ['a blank q', '   ', undefined],
    ['a q over 200 characters', 'ب'.repeat(201), undefined],
    ['a q of 11 words', 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد', undefined],
    ['a 10 KB q', 'x'.repeat(10_000), undefined],
  ])('refuses %s with a 400 in the error shape', async (_label, q, raw) => {
    const res = await fetchWorker(
      raw === '' ? '/api/search' : `/api/search?q=${encodeURIComponent(q)}`
    )
    expect(res.status).toBe(400)
    const body: { error: { code: string; message: string } } = await res.json()
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.message).toMatch(/^q: /)
  })

  it.each([['page=0'], ['page=abc'], ['limit=51'], ['limit=0'], ['page=1&page=2']])(
    'refuses %s like the rest of the API',
    async (query) => {
      const res = await fetchWorker(`/api/search?q=NATO&${query}`)
      expect(res.status).toBe(400)
    }
  )

  it('pages through results, 20 by default, `limit` at most 50', async () => {
    const found = await search('الزراعة', '&limit=1&page=2')
    expect(found.results.map((hit) => hit.slug)).toEqual(['mixed'])
    expect(found.meta.pagination).toMatchObject({ page: 2, pages: 2, total: 2 })
  })

  it('has CORS, a strong ETag with 304s, and the API cache headers', async () => {
    const res = await fetchWorker('/api/search?q=NATO')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cache-control')).toMatch(/max-age=60/)
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
    const again = await fetchWorker('/api/search?q=NATO', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
  })

  it('keeps results in the edge cache under the normalised query and the content version', async () => {
    expect(await slugsFor('احمد')).toEqual(['ahmad'])
    // With the index gone from KV, another spelling of the same query is still answered from the cache…
    const { keys } = await env.CONTENT.list({ prefix: 'v1:search:' })
    await Promise.all(keys.map(({ name }) => env.CONTENT.delete(name)))
    expect(await slugsFor('أحمد')).toEqual(['ahmad'])
    // …until a publish changes the content version.
    await bumpContentVersion()
    expect(await slugsFor('أحمد')).toEqual([])
    expect(searchShardKey(1)).toMatch(/^v1:search:/)
  })
})

describe('GET /search: the page', () => {
  it('shows each hit with its headline link, date, source and marked snippet', async () => {
    const res = await fetchWorker('/search?q=القاهره')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('<title>بحث: القاهره')
    expect(html).toContain('href="/articles/cairo"')
    expect(html).toMatch(/<mark>[^<]*القاهر[^<]*<\/mark>/)
    expect(html).toMatch(/<time datetime="2025-03-02T10:00:00\+02:00">/)
  })

  it('says so in Arabic when nothing is found, and suggests dropping a word', async () => {
    const res = await fetchWorker(`/search?q=${encodeURIComponent('زلزال بركان')}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('لم نجد مقالات تطابق بحثك.')
    expect(html).toContain(`href="/search?q=${encodeURIComponent('بركان')}"`)
  })

  it('has one search form on every page, the search page included, showing the query there', async () => {
    for (const path of ['/', '/tags', '/articles/cairo', '/search', '/search?q=NATO']) {
      const html = await (await fetchWorker(path)).text()
      expect(html.match(/<form /g), path).toHaveLength(1)
      expect(html, path).toMatch(/<form role="search" action="\/search" method="get"[^>]*>/)
      expect(html, path).toMatch(/<input[^>]* type="search" name="q"/)
    }
    const page = await (await fetchWorker('/search?q=NATO')).text()
    expect(page).toMatch(/<input id="site-search-q"[^>]* value="NATO"/)
  })

  it('counts the results in the Arabic plural form of their number', async () => {
    const one = await (await fetchWorker(`/search?q=${encodeURIComponent('القاهره')}`)).text()
    expect(one).toContain('>نتيجة واحدة<')
    const two = await (await fetchWorker(`/search?q=${encodeURIComponent('الزراعة')}`)).text()
    expect(two).toContain('>نتيجتان<')
    const none = await (await fetchWorker(`/search?q=${encodeURIComponent('زلزال بركان')}`)).text()
    expect(none).toContain('>لا نتائج<')
  })

  it('never reflects a hostile query unescaped', async () => {
    for (const q of ['<script>alert(1)</script>', '"><svg onload=alert(1)>', '\u202eأحمد\u202c']) {
      const res = await fetchWorker(`/search?q=${encodeURIComponent(q)}`)
      expect(res.status).toBeLessThan(500)
      const html = await res.text()
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('<svg onload')
    }
  })

  it.each(['/search', '/search?q=', '/search?q=%20%20', '/search?q=%09'])(
    'answers %s (an empty or blank box) with the page and a prompt, no error and no field name',
    async (path) => {
      const res = await fetchWorker(path)
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toContain('<h1>البحث</h1>')
      expect(html).toContain('اكتب ما تبحث عنه في مربع البحث')
      expect(html).not.toMatch(/\bq:/)
    }
  )

  it('names a bad field in words a reader knows, and answers a page past the last with the 404 page', async () => {
    const long = await fetchWorker(`/search?q=${'ب'.repeat(201)}`)
    expect(long.status).toBe(400)
    const html = await long.text()
    expect(html).toContain('نص البحث: يجب ألا يزيد البحث على 200 حرف')
    expect(html).not.toMatch(/\bq:/)
    expect((await fetchWorker('/search?q=NATO&page=2')).status).toBe(404)
  })
})

describe('any query', () => {
  const tricky = Array.from('<>"\'&/ابتثةهأإآىيکیك «»“”\u064e\u0640\u202e\u2066١٢3aZ ')
  const queries = fc.oneof(
    fc.string({ unit: fc.constantFrom(...tricky), maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...tricky), minLength: 150, maxLength: 400 })
  )

  it('gets 200 or 400, never a 5xx, and the page never reflects it unescaped', async () => {
    // A query such as «<» is in every page's own markup: only a query that is not can show a reflection.
    const markup = await (await fetchWorker(`/search?q=${encodeURIComponent('س')}`)).text()
    await fc.assert(
      fc.asyncProperty(queries, async (q) => {
        const page = await fetchWorker(`/search?q=${encodeURIComponent(q)}`)
        expect([200, 400]).toContain(page.status)
        const html = await page.text()
        if (/[<>]/.test(q) && !markup.includes(q)) expect(html).not.toContain(q)
        const api = await fetchWorker(`/api/search?q=${encodeURIComponent(q)}`)
        expect([200, 400]).toContain(api.status)
        const body: { results?: Array<{ snippet: string }> } = await api.json()
        for (const hit of body.results ?? [])
          expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
      }),
      { numRuns: 120 }
    )
  }, 60_000)
})
