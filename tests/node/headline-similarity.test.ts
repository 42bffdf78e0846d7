import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { headlineTerms, lightStem } from '../../src/text/headline-terms'
import {
  headlineSimilarity,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  sameHeadline,
} from '../../src/text/near-duplicate'

const seedLines = readFileSync('tests/fixtures/seed-article.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
const SIMILAR = seedLines
  .slice(seedLines.indexOf('مقالات مشابهة') + 1)
  .filter(Boolean)
  .map((line) => line.replace(/^•\s*/, ''))
const READ_ALSO = '«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي'
const REWORDED = 'تعاون بين «العدل» و«جامعة الإمارات» في مجال الطب الشرعي'

describe('lightStem', () => {
  it.each([
    ['العدل', 'عدل'],
    ['وجامعه', 'جامع'],
    ['الامارات', 'امار'],
    ['تتعاونان', 'تتعاون'],
    ['تعاون', 'تعاون'], // not تعا: plural endings come off longer words only
    ['بالرسوم', 'رسوم'],
    ['للناشئه', 'ناشئ'],
    ['روسيا', 'روسيا'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem)
  })
})

describe('headlineTerms', () => {
  it('keeps content words and drops function words', () => {
    expect(headlineTerms(READ_ALSO)).toEqual(['عدل', 'جامع', 'امار', 'تتعاون', 'طب', 'شرع'])
    expect(headlineTerms(REWORDED)).toEqual(['تعاون', 'عدل', 'جامع', 'امار', 'طب', 'شرع'])
  })
})

describe('near-duplicate headlines', () => {
  it('finds the seed read-also headline reworded', () => {
    expect(headlineSimilarity(READ_ALSO, REWORDED)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD)
    expect(isNearDuplicate(READ_ALSO, REWORDED)).toBe(true)
  })

  it('finds the same headline with other punctuation and diacritics', () => {
    expect(
      isNearDuplicate('«العدل» وجامعة الإمارات تتعاونان', 'العدل وجامعةُ الامارات تتعاونان!')
    ).toBe(true)
  })

  it('keeps two different stories on one event apart (both about tariffs and Russia)', () => {
    const treasury = SIMILAR[2]!
    const why = SIMILAR[4]!
    expect(treasury).toMatch(/^الخزانة الأمريكية/)
    expect(why).toMatch(/^لماذا غابت روسيا/)
    expect(headlineSimilarity(treasury, why)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD)
  })

  it('finds no other pair in the seed list', () => {
    const pairs: string[] = []
    for (let i = 0; i < SIMILAR.length; i++) {
      for (let j = i + 1; j < SIMILAR.length; j++) {
        if (isNearDuplicate(SIMILAR[i]!, SIMILAR[j]!)) pairs.push(`${i}-${j}`)
      }
    }
    expect(SIMILAR.indexOf(REWORDED)).toBe(7)
    expect(SIMILAR.indexOf(READ_ALSO)).toBe(8)
    expect(pairs).toEqual(['7-8'])
  })

  it('does not count a name twice (روسيا inside بيلاروسيا)', () => {
    expect(headlineSimilarity('روسيا وبيلاروسيا', 'روسيا')).toBe(0.5)
  })
})

/** The matching rule written as plainly as possible, to hold the fast version to. */
function plainSimilarity(a: string, b: string): number {
  const termsA = headlineTerms(a)
  const termsB = headlineTerms(b)
  if (termsA.length === 0 || termsB.length === 0) return 0
  const [shorter, longer] = termsA.length <= termsB.length ? [termsA, termsB] : [termsB, termsA]
  const unmatched = new Set(longer)
  let matches = 0
  for (const term of shorter) if (unmatched.delete(term)) matches++
  for (const term of shorter) {
    if (longer.includes(term) || term.length < 4) continue
    const partner = [...unmatched].find(
      (other) => other.length >= 4 && (other.includes(term) || term.includes(other))
    )
    if (partner) {
      unmatched.delete(partner)
      matches++
    }
  }
  return matches / (termsA.length + termsB.length - matches)
}

describe('the fast near-duplicate check', () => {
  // Words chosen to collide: stems inside other stems, shared names, plurals, numbers.
  const WORDS =
    'روسيا بيلاروسيا روس تعاون تتعاونان التعاون العدل الإمارات جامعة الجامعات الطب الشرعي قمة القمم زيارة الزيارات موسكو بيونغ يانغ 2025 6 في مع'.split(
      ' '
    )
  const headline = fc
    .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 9 })
    .map((words) => words.join(' '))

  it('agrees with the plain rule on every pair of generated headlines', () => {
    fc.assert(
      fc.property(headline, headline, (a, b) => {
        expect(headlineSimilarity(a, b)).toBe(plainSimilarity(a, b))
        expect(isNearDuplicate(a, b)).toBe(
          sameHeadline(a, b) || plainSimilarity(a, b) >= NEAR_DUPLICATE_THRESHOLD
        )
      }),
      { numRuns: 3000 }
    )
  })
})
