/**
 * The relevance evaluation of `npm run bench:search -- --relevance`, as a test: Minbar's engine on
 * its 50 articles and 87 graded queries must stay above its targets, and no trap query may bring
 * up the article of the word a careless stemmer would confuse it with.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateRelevance, type SystemResult } from '../../bench/relevance/evaluate-relevance'

let minbar: SystemResult

beforeAll(async () => {
  minbar = (await evaluateRelevance())[0]!
})

const top5 = (q: string) =>
  minbar.queries.find((result) => result.query.q === q)!.ranked.slice(0, 5)

describe('the relevance evaluation', () => {
  it('ranks well overall (nDCG@10 ≥ 0.97) and falls for at most 10 % of the traps', () => {
    expect(minbar.overall.ndcg).toBeGreaterThanOrEqual(0.97)
    expect(minbar.overall.trapRate).toBeLessThanOrEqual(0.1)
  })

  it.each([
    ['كوريا', 'calligraphy-student'],
    ['ريا', 'korea-weather-satellite'],
    ['مال', 'bodybuilding-championship'],
    ['كمال', 'money-market-close'],
    ['لبنان', 'painter-sea-exhibition'],
    ['فنان', 'lebanon-tourist-season'],
    ['البقاء', 'agriculture-ministers-meeting'],
    ['فساد', 'calm-after-sandstorm'],
    ['بطولة', 'new-road-length'],
    ['لجنة', 'bird-reserve'],
    ['بلدية', 'court-blood-money'],
    ['ودية', 'municipality-cleanup'],
    ['فيلة', 'rainy-night-roads'],
    ['وزير', 'clay-water-jar'],
    ['الولايات', 'quran-memorisation-contest'],
    ['الرياض', 'sports-ministry-school-league'],
    ['الرياضة', 'riyadh-air-show'],
    ['بلد', 'municipality-cleanup'],
  ])('«%s» never shows %s', (q, other) => {
    expect(top5(q)).not.toContain(other)
    expect(top5(q).length).toBeGreaterThan(0)
  })

  it('finds a word after a bare particle, and a query word with one', () => {
    expect(top5('صيانة')).toContain('bridge-closure')
    expect(top5('بلبنان')).toEqual(['lebanon-tourist-season'])
  })

  it('meets both spellings of the hamza seat, and the suffixes stacked on a word', () => {
    expect(top5('المسؤولية')).toContain('corporate-responsibility-seminar')
    expect(top5('شئون')).toEqual(['social-affairs-aid'])
    expect(top5('صادرات')).toEqual(expect.arrayContaining(['date-exports', 'phosphate-exports']))
    expect(top5('مستشفيات')).toContain('health-minister-hospital')
  })
})
