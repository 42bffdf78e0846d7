/**
 * The search engine on small real Arabic corpora, built by the publish step's builder into a Map
 * that stands in for KV: spellings, particles, phrases, ranking, AND then OR, stop words, drafts,
 * scheduled articles, hostile queries, paging and the reads a query makes.
 */
import { describe, expect, it } from 'vitest'
import { searchArticles } from '../../src/search/search-articles'
import { SearchQueryError } from '../../src/search/search-query-error'
import { searchCorpus, type SearchSpec } from './search-corpus'

const NEWSROOM: SearchSpec[] = [
  {
    slug: 'russia-china-energy',
    title: 'روسيا والصين توقّعان اتفاقية للطاقة',
    body: 'وقّعت موسكو وبكين اتفاقية جديدة للتعاون في مجال الطاقة والنفط، بحسب مصادر رسمية.',
    tags: ['روسيا', 'الطاقة'],
    published: '2025-04-01T10:00:00+03:00',
  },
  {
    slug: 'economy-report',
    title: 'تقرير اقتصادي عن الأسواق الآسيوية',
    body: 'ارتفعت مؤشرات الأسواق في آسيا هذا الأسبوع. وقال محللون إن الطلب في الصين ما زال ضعيفًا.',
    published: '2025-04-02T10:00:00+03:00',
  },
  {
    slug: 'ahmad-prize',
    title: 'أحمد إبراهيم يفوز بجائزة الرواية العربية',
    body: 'فاز الكاتب أحمد إبراهيم بالجائزة عن روايته الأخيرة في المدرسة الأدبية الحديثة.',
    published: '2025-04-03T10:00:00+03:00',
  },
  {
    slug: 'korea-missile',
    title: 'بيونغ يانغ تختبر صاروخاً جديداً',
    body: 'أعلنت كوريا الشمالية أنها اختبرت صاروخاً بعيد المدى.',
    tags: ['کوریا الشمالیة'],
    published: '2025-04-04T10:00:00+03:00',
  },
  {
    slug: 'budget-2025',
    title: 'موازنة مصر لعام ٢٠٢٥',
    body: 'أقر البرلمان موازنة العام المالي الجديد.',
    published: '2025-04-05T10:00:00+03:00',
  },
  {
    slug: 'nato-summit',
    title: 'قمة NATO الطارئة في بروكسل',
    body: 'اجتمع قادة الحلف في قمة طارئة.',
    published: '2025-04-06T10:00:00+03:00',
  },
  {
    slug: 'ai-adjacent',
    title: 'مؤتمر التقنية في دبي',
    body: 'ناقش المؤتمر مستقبل الذكاء الاصطناعي في التعليم.',
    published: '2025-04-07T10:00:00+03:00',
  },
  {
    slug: 'ai-apart',
    title: 'ندوة عن العقل',
    body: 'تحدث الباحثون عن الذكاء البشري، ثم عن التعلم الاصطناعي للآلات.',
    published: '2025-04-08T10:00:00+03:00',
  },
  {
    slug: 'university-draft',
    title: 'مسودة سرية عن الجامعة',
    body: 'نص لم يُنشر بعد عن الجامعة.',
    draft: true,
  },
  {
    slug: 'eclipse-scheduled',
    title: 'كسوف الشمس المقبل',
    body: 'يشهد العالم كسوفاً كلياً للشمس.',
    published: '2026-06-01T10:00:00+03:00',
  },
  {
    slug: 'hostile-body',
    title: 'مقال عن أمن المواقع',
    body: 'مثال على نص خطر: <script>alert("xss")</script> & <b>عريض</b>',
    published: '2025-04-09T10:00:00+03:00',
  },
]

/** Built on 1 January 2026: the eclipse article is scheduled for June. */
const BUILT = Date.parse('2026-01-01T00:00:00Z')
const { store, values } = searchCorpus(NEWSROOM, BUILT)
const search = (q: string, options: { now?: number; page?: number; limit?: number } = {}) =>
  searchArticles(store, { q, now: BUILT, ...options })
const slugs = async (q: string, options?: { now?: number }) =>
  (await search(q, options)).results.map((result) => result.slug)

describe('spellings a reader may type', () => {
  it.each([
    // Hamza and madda on alef.
    ['احمد', ['ahmad-prize']],
    ['إحمد', ['ahmad-prize']],
    ['ابراهيم', ['ahmad-prize']],
    // ة and ه.
    ['المدرسه', ['ahmad-prize']],
    ['موازنه', ['budget-2025']],
    // Persian letters, in the query and in the archive (the tag is written with ک and ی).
    ['کوریا', ['korea-missile']],
    ['كوريا', ['korea-missile']],
    // Tashkeel and tatweel.
    // The alef of a final tanween is spelling: «صاروخاً» is the word صاروخ.
    ['الصَّارُوخ', ['korea-missile']],
    ['صـــاروخاً', ['korea-missile']],
    ['المَدْرَسَة', ['ahmad-prize']],
    // Arabic-Indic, Persian and ASCII digits.
    ['2025', ['budget-2025']],
    ['٢٠٢٥', ['budget-2025']],
    ['۲۰۲۵', ['budget-2025']],
    // Latin case.
    ['nato', ['nato-summit']],
    ['Nato', ['nato-summit']],
    ['NATO', ['nato-summit']],
  ])('%s', async (q, expected) => {
    expect(await slugs(q)).toEqual(expected)
  })
})

describe('particles and suffixes', () => {
  it.each([
    ['والصين', ['russia-china-energy', 'economy-report']],
    ['الصين', ['russia-china-energy', 'economy-report']],
    ['بالصين', ['russia-china-energy', 'economy-report']],
    ['للطاقة', ['russia-china-energy']],
    ['وروسيا', ['russia-china-energy']],
    ['الكوري', []],
    ['بالجائزة', ['ahmad-prize']],
  ])('%s', async (q, expected) => {
    expect((await slugs(q)).sort()).toEqual(expected.sort())
  })

  it('marks the matched words in the snippet, however they are spelt there', async () => {
    const [hit] = (await search('الصين')).results.filter(
      (result) => result.slug === 'economy-report'
    )
    expect(hit!.snippet).toContain('<mark>الصين</mark>')
    const [ahmad] = (await search('احمد')).results
    expect(ahmad!.snippet).toContain('<mark>أحمد</mark>')
  })
})

describe('ranking', () => {
  it('ranks a title match above a body match, whatever the dates', async () => {
    // «الصين» is in the first article's title (as والصين) and only in the newer one's body.
    expect(await slugs('الصين')).toEqual(['russia-china-energy', 'economy-report'])
  })

  it('ranks the word as typed above a form that only shares its stem, even when older', async () => {
    const { store: exact } = searchCorpus([
      {
        slug: 'exact',
        title: 'رحلة الوزير',
        body: 'تحدث الوزير طويلاً عن الصين أمس.',
        published: '2025-01-01T10:00:00Z',
      },
      {
        slug: 'stem',
        title: 'رحلة الوزير',
        body: 'تحدث الوزير طويلاً للصين أمس.',
        published: '2025-02-01T10:00:00Z',
      },
    ])
    const found = await searchArticles(exact, { q: 'الصين', now: BUILT })
    expect(found.results.map((result) => result.slug)).toEqual(['exact', 'stem'])
    expect(found.results[0]!.score).toBeGreaterThan(found.results[1]!.score)
  })

  it('lets recency break a tie: the same text, newest first', async () => {
    const { store: same } = searchCorpus(
      ['2025-01-01', '2025-03-01', '2025-02-01'].map((day, i) => ({
        slug: `same-${i}`,
        title: 'قمة الرياض',
        body: 'نص واحد.',
        published: `${day}T10:00:00Z`,
      }))
    )
    const found = await searchArticles(same, { q: 'الرياض', now: BUILT })
    expect(found.results.map((result) => result.slug)).toEqual(['same-1', 'same-2', 'same-0'])
  })
})

describe('phrases, and all words before any word', () => {
  it('needs the words of a phrase adjacent, in order', async () => {
    expect(await slugs('"الذكاء الاصطناعي"')).toEqual(['ai-adjacent'])
    expect(await slugs('"الاصطناعي الذكاء"')).toEqual([])
    expect((await slugs('الذكاء الاصطناعي')).sort()).toEqual(['ai-adjacent', 'ai-apart'])
  })

  it('finds a phrase through particles and a Persian-letter tag, and keeps stop words in their place', async () => {
    expect(await slugs('"كوريا الشمالية"')).toEqual(['korea-missile'])
    expect(await slugs('«مستقبل الذكاء»')).toEqual(['ai-adjacent'])
    expect(await slugs('"الاصطناعي في التعليم"')).toEqual(['ai-adjacent'])
    expect(await slugs('"الاصطناعي التعليم"')).toEqual([])
  })

  it('requires every word, and falls back to any word only when that finds nothing', async () => {
    expect(await slugs('الصين روسيا')).toEqual(['russia-china-energy'])
    const any = await search('الصين البرلمان')
    expect(any.results.map((result) => result.slug).sort()).toEqual([
      'budget-2025',
      'economy-report',
      'russia-china-energy',
    ])
    expect(any.total).toBe(3)
  })

  it('drops stop words from free text, but not the query as typed', async () => {
    const withStopWords = await search('في الصين')
    expect(withStopWords.query).toEqual({ q: 'في الصين', terms: ['الصين'] })
    expect(withStopWords.results.map((result) => result.slug)).toEqual(await slugs('الصين'))
    store.reads.length = 0
    expect(await search('في على من')).toEqual({
      query: { q: 'في على من', terms: [] },
      results: [],
      total: 0,
    })
    expect(store.reads).toEqual([])
  })
})

describe('what readers may see', () => {
  it('never indexes drafts', async () => {
    expect(await slugs('مسودة')).toEqual([])
    expect(await slugs('الجامعة')).toEqual([])
    expect(
      [...values.values()].some((value) =>
        Buffer.from(value).toString().includes('university-draft')
      )
    ).toBe(false)
  })

  it('finds a scheduled article only from its publication time, with no republish', async () => {
    expect(await slugs('كسوف', { now: Date.parse('2026-06-01T06:59:59Z') })).toEqual([])
    expect((await search('كسوف', { now: Date.parse('2026-06-01T06:59:59Z') })).total).toBe(0)
    expect(await slugs('كسوف', { now: Date.parse('2026-06-01T07:00:00Z') })).toEqual([
      'eclipse-scheduled',
    ])
  })

  it('answers a search with no hits with an empty page', async () => {
    expect(await search('زرافة')).toEqual({
      query: { q: 'زرافة', terms: ['زرافه'] },
      results: [],
      total: 0,
    })
  })

  it('returns the fields a results page shows', async () => {
    const [hit] = (await search('بروكسل')).results
    expect(hit).toEqual({
      slug: 'nato-summit',
      title: 'قمة NATO الطارئة في بروكسل',
      summary: 'ملخص قصير',
      published_at: '2025-04-06T10:00:00+03:00',
      updated_at: null,
      source_name: 'منبر',
      // No section or byline in this corpus: an empty byline, as in the article's summary.
      authors: [],
      snippet: expect.any(String),
      score: expect.any(Number),
    })
  })
})

describe('hostile queries and text', () => {
  it('escapes everything in a snippet but its marks', async () => {
    const [hit] = (await search('alert')).results
    expect(hit!.slug).toBe('hostile-body')
    expect(hit!.snippet).toContain(
      '&lt;script&gt;<mark>alert</mark>(&quot;xss&quot;)&lt;/script&gt;'
    )
    expect(hit!.snippet).toContain('&amp; &lt;b&gt;عريض&lt;/b&gt;')
    expect(hit!.snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/)
  })

  it('treats markup in a query as words', async () => {
    const found = await search('<script>alert(1)</script>')
    expect(found.query.terms).toEqual(['script', 'alert', '1', 'script'])
    expect(found.results.map((result) => result.slug)).toEqual(['hostile-body'])
  })

  it('ignores bidi controls in a query', async () => {
    expect(await slugs('\u202Eبروكسل\u202C')).toEqual(['nato-summit'])
    expect(await slugs('\u2067الصين\u2069 \u200Fروسيا')).toEqual(['russia-china-energy'])
  })

  it.each([
    ['', 'query_blank'],
    ['   ', 'query_blank'],
    ['ا'.repeat(10 * 1024), 'query_too_long'],
    ['الصين '.repeat(11), 'too_many_terms'],
  ])('refuses %#: %s', async (q, code) => {
    await expect(search(q)).rejects.toMatchObject({ name: 'SearchQueryError', code })
  })

  it.each([[{ page: 0 }], [{ page: 1.5 }], [{ limit: 0 }], [{ limit: 101 }]])(
    'refuses paging %j',
    async (paging) => {
      await expect(search('الصين', paging)).rejects.toBeInstanceOf(SearchQueryError)
    }
  )
})

describe('paging and reads', () => {
  const many = searchCorpus(
    Array.from({ length: 45 }, (_, i) => ({
      slug: `rain-${i}`,
      title: `أمطار غزيرة في المدينة ${i + 1}`,
      body: 'هطلت أمطار غزيرة على المدينة.',
      published: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    }))
  )

  it('pages 20 at a time by default, newest first among equals, with no overlap', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => searchArticles(many.store, { q: 'أمطار', page, now: BUILT }))
    )
    expect(pages.map((page) => page.results.length)).toEqual([20, 20, 5])
    expect(pages.map((page) => page.total)).toEqual([45, 45, 45])
    const all = pages.flatMap((page) => page.results.map((result) => result.slug))
    expect(all).toEqual(Array.from({ length: 45 }, (_, i) => `rain-${44 - i}`))
    const four = await searchArticles(many.store, { q: 'أمطار', page: 2, limit: 4, now: BUILT })
    expect(four.results.map((result) => result.slug)).toEqual([
      'rain-40',
      'rain-39',
      'rain-38',
      'rain-37',
    ])
  })

  it('ranks deep pages (past 500 results) by one sort, in the same order', async () => {
    const big = searchCorpus(
      Array.from({ length: 520 }, (_, i) => ({
        slug: `snow-${i}`,
        title: 'ثلوج',
        body: 'تساقط الثلج.',
        published: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      }))
    )
    const deep = await searchArticles(big.store, { q: 'ثلوج', page: 11, limit: 50, now: BUILT })
    expect(deep.total).toBe(520)
    expect(deep.results.map((result) => result.slug)).toEqual(
      Array.from({ length: 20 }, (_, i) => `snow-${19 - i}`)
    )
  })

  it("refuses a limit past the API's, with the code invalid_limit and the API's message", async () => {
    const refused = searchArticles(store, { q: 'الصين', limit: 51, now: BUILT })
    await expect(refused).rejects.toMatchObject({
      code: 'invalid_limit',
      message: 'يجب أن يكون بين 1 و50',
    })
  })

  it('reads at most 1 + terms values a query once the meta value is remembered for the content version', async () => {
    await searchArticles(store, { q: 'الصين', version: 'v-reads', now: BUILT })
    for (const q of [
      'الصين',
      'الصين روسيا',
      '"الذكاء الاصطناعي"',
      'أحمد إبراهيم الجائزة',
      'زرافة',
    ]) {
      store.reads.length = 0
      const found = await searchArticles(store, { q, version: 'v-reads', now: BUILT })
      expect(store.reads.length, q).toBeLessThanOrEqual(1 + found.query.terms.length)
      expect(store.reads.filter(([kind]) => kind === 'texts').length, q).toBeLessThanOrEqual(1)
      expect(store.reads.flatMap(([, keys]) => keys)).not.toContain('v1:search:meta')
    }
  })
})
