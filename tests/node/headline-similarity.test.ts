import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headlineTerms, lightStem } from '../../src/text/headline-terms'
import { headlineSimilarity, isNearDuplicate, NEAR_DUPLICATE_THRESHOLD } from '../../src/text/near-duplicate'

const seedLines = readFileSync('tests/fixtures/seed-article.txt', 'utf8').split('\n').map((line) => line.trim())
const SIMILAR = seedLines.slice(seedLines.indexOf('مقالات مشابهة') + 1).filter(Boolean).map((line) => line.replace(/^•\s*/, ''))
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
    expect(isNearDuplicate('«العدل» وجامعة الإمارات تتعاونان', 'العدل وجامعةُ الامارات تتعاونان!')).toBe(true)
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
