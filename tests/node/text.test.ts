import { describe, expect, it } from 'vitest'
import { ARTICLES, arabicCount, RESULTS } from '../../src/text/arabic-count'
import { countWords, readingTimeLabel, readingTimeMinutes } from '../../src/text/reading-time'

describe('reading time', () => {
  it('counts Arabic words, with numbers and Latin runs as words', () => {
    expect(countWords('خلال حرب كوريا (1950-1953)، التي اندلعت')).toBe(7)
    expect(countWords('يُستضاف طلاب')).toBe(2)
  })

  it.each([
    [0, 1],
    [138, 1],
    [139, 2],
    [690, 5],
  ])('reads %i words in %i minute(s)', (words, minutes) => {
    expect(readingTimeMinutes('كلمة '.repeat(words))).toBe(minutes)
  })

  it.each([
    [1, 'قراءة في دقيقة واحدة'],
    [2, 'قراءة في دقيقتين'],
    [3, 'قراءة في 3 دقائق'],
    [10, 'قراءة في 10 دقائق'],
    [11, 'قراءة في 11 دقيقة'],
  ])('labels %i minute(s) as «%s»', (minutes, label) => {
    expect(readingTimeLabel(minutes)).toBe(label)
  })
})

describe('counted nouns (Intl.PluralRules ar)', () => {
  it.each([
    [0, 'لا نتائج', 'لا مقالات', 'قراءة في أقل من دقيقة'],
    [1, 'نتيجة واحدة', 'مقال واحد', 'قراءة في دقيقة واحدة'],
    [2, 'نتيجتان', 'مقالان', 'قراءة في دقيقتين'],
    [3, '3 نتائج', '3 مقالات', 'قراءة في 3 دقائق'],
    [10, '10 نتائج', '10 مقالات', 'قراءة في 10 دقائق'],
    [11, '11 نتيجة', '11 مقالًا', 'قراءة في 11 دقيقة'],
    [99, '99 نتيجة', '99 مقالًا', 'قراءة في 99 دقيقة'],
    [100, '100 نتيجة', '100 مقال', 'قراءة في 100 دقيقة'],
    [102, '102 نتيجة', '102 مقال', 'قراءة في 102 دقيقة'],
    [103, '103 نتائج', '103 مقالات', 'قراءة في 103 دقائق'],
  ])('%i: «%s», «%s», «%s»', (count, results, articles, minutes) => {
    expect(arabicCount(count, RESULTS)).toBe(results)
    expect(arabicCount(count, ARTICLES)).toBe(articles)
    expect(readingTimeLabel(count)).toBe(minutes)
  })
})
