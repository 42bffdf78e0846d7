/**
 * Property tests: whatever a reader types as `q`, the engine answers with results or a
 * `SearchQueryError` (which the route turns into a 400), never anything else; and no snippet
 * ever carries markup but `<mark>`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchArticles } from '../../src/search/search-articles'
import { SearchQueryError } from '../../src/search/search-query-error'
import { normalizeArabic } from '../../src/text/normalize-arabic'
import { searchWords } from '../../src/text/search-terms'
import { searchCorpus } from './search-corpus'

const { store } = searchCorpus([
  {
    slug: 'one',
    title: 'روسيا والصين <توقعان> اتفاقية',
    body: 'نص فيه <script>alert("x")</script> & "اقتباس" و\'فاصلة\' عن الصين.',
    published: '2025-01-01T00:00:00Z',
  },
  {
    slug: 'two',
    title: 'قمة NATO في بروكسل',
    body: 'اجتمع القادة في <b>بروكسل</b> لبحث أمن أوروبا ٢٠٢٥.',
    published: '2025-01-02T00:00:00Z',
  },
  {
    slug: 'three',
    title: 'کوریا الشمالیة تختبر صاروخاً',
    body: 'أعلنت كوريا الشمالية عن اختبار جديد.',
    published: '2025-01-03T00:00:00Z',
  },
])

/** Query text a reader, a robot or an attacker might send. */
const queries = fc.oneof(
  { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          'الصين',
          'روسيا',
          'في',
          '"',
          '«',
          '»',
          '<script>',
          '</mark>',
          '&',
          '\u202E',
          '\u2066',
          'ـ',
          'ّ',
          '٢٠٢٥',
          'NATO',
          'کوریا',
          ' '
        ),
        { maxLength: 10 }
      )
      .map((parts) => parts.join(' ')),
    weight: 4,
  }
)

/** A snippet with its marks taken out has no `<` or `>` left: everything else was escaped. */
const unmarked = (snippet: string) => snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')

describe('any query', () => {
  it('gets results or a SearchQueryError, and snippets with no markup but <mark>', async () => {
    let snippets = 0
    await fc.assert(
      fc.asyncProperty(queries, fc.integer({ min: 1, max: 3 }), async (q, page) => {
        let found
        try {
          found = await searchArticles(store, { q, page, limit: 2 })
        } catch (error) {
          expect(error).toBeInstanceOf(SearchQueryError)
          return
        }
        expect(found.query.q).toBe(q)
        for (const result of found.results) {
          expect(unmarked(result.snippet)).not.toMatch(/[<>]/)
          expect(result.snippet).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
          snippets++
        }
      }),
      { numRuns: 500 }
    )
    // The property is only worth something if many queries found something to show.
    expect(snippets).toBeGreaterThan(25)
  })
})

describe('searchWords', () => {
  it('finds the same words as normalizeArabic, which tags use, but for the hamza seats', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(
          fc.constantFrom(
            'أ',
            'ؤ',
            'ئ',
            'ة',
            'ى',
            'ک',
            'ی',
            'ـ',
            'ّ',
            'َ',
            '\u0670',
            '٣',
            '۴',
            'A',
            'b',
            ' ',
            '،',
            '\u200C',
            '\u202E',
            '\u0653',
            'ا',
            'ل',
            '-',
            '😀',
            '\uD835\uDC00',
            '\uD800'
          ),
          { maxLength: 30 }
        )
        .map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(text, (input) => {
        const normalized = normalizeArabic(input)
        expect(searchWords(input)).toEqual(
          normalized === ''
            ? []
            : normalized.split(' ').map((word) => word.replace(/[ؤئ]/gu, 'ء').slice(0, 40))
        )
      }),
      { numRuns: 2000 }
    )
  })
})
