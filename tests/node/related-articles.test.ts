import { describe, expect, it } from 'vitest'
import { buildRecords } from '../../src/publish/records/build-records'
import { computeRelated, type RelatedInput } from '../../src/publish/records/related-articles'
import { RELATED_LIMIT, relatedList } from '../../src/publish/records/related-list'
import { article } from './corpus'

const day = (n: number) => Date.UTC(2025, 3, n)
const doc = (
  slug: string,
  tags: string[],
  terms: string[] = [],
  publishedAt = day(1)
): RelatedInput => ({ slug, tags, terms, publishedAt })

/** A small newsroom: one tag on nearly everything, rarer tags on a few. */
const CORPUS = [
  doc('target', ['اخبار', 'كوريا-الشماليه', 'روسيا'], ['قمه', 'زعيم']),
  doc('rare-tag', ['اخبار', 'كوريا-الشماليه']),
  doc('common-tags', ['اخبار', 'روسيا']),
  doc('terms-only', ['اخبار'], ['قمه', 'زعيم']),
  doc('unrelated', ['اخبار']),
  doc('filler-1', ['اخبار', 'روسيا']),
  doc('filler-2', ['اخبار', 'روسيا']),
  doc('filler-3', ['اخبار']),
]

describe('computeRelated', () => {
  const related = computeRelated(CORPUS).get('target')!

  it('ranks a shared rare tag above a shared common one, and never lists the article itself', () => {
    const slugs = related.map((entry) => entry.slug)
    expect(slugs[0]).toBe('rare-tag')
    expect(slugs.indexOf('rare-tag')).toBeLessThan(slugs.indexOf('common-tags'))
    expect(slugs).not.toContain('target')
  })

  it('counts shared headline terms, so an article with no rare tag can still rank', () => {
    const slugs = related.map((entry) => entry.slug)
    expect(slugs.indexOf('terms-only')).toBeGreaterThan(-1)
    expect(slugs.indexOf('terms-only')).toBeLessThan(
      !slugs.includes('unrelated') ? Infinity : slugs.indexOf('unrelated')
    )
  })

  it('explains each entry with its shared tags and a score, best first', () => {
    expect(related[0]!.sharedTags).toEqual(['اخبار', 'كوريا-الشماليه'])
    const scores = related.map((entry) => entry.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('leaves out candidates that share only what everything shares', () => {
    expect(related.map((entry) => entry.slug)).not.toContain('unrelated')
  })

  it('breaks a tie in favour of the newer article', () => {
    const tie = computeRelated([
      doc('t', ['x', 'y']),
      doc('old', ['x', 'y'], [], day(1)),
      doc('new', ['x', 'y'], [], day(20)),
    ]).get('t')!
    expect(tie.map((entry) => entry.slug)).toEqual(['new', 'old'])
    expect(tie[0]!.score - tie[1]!.score).toBeLessThan(0.05)
  })

  it('keeps only the best `limit`', () => {
    const many = [
      doc('t', ['x']),
      ...Array.from({ length: 30 }, (_, i) => doc(`d${i}`, ['x'], [], day(1 + i))),
    ]
    const top = computeRelated(many, { limit: 5, maxPostings: 1000, minScore: 0 }).get('t')!
    expect(top.map((entry) => entry.slug)).toEqual(['d29', 'd28', 'd27', 'd26', 'd25'])
  })

  it('does not generate candidates from posting lists longer than maxPostings', () => {
    const many = [doc('t', ['x']), ...Array.from({ length: 30 }, (_, i) => doc(`d${i}`, ['x']))]
    expect(computeRelated(many, { limit: 5, maxPostings: 10, minScore: 0 }).get('t')).toEqual([])
  })
})

describe('relatedList', () => {
  const self = { title: 'علاقات كوريا الشمالية مع روسيا', slug: 'nk' }
  const readAlso = [{ title: '«العدل» وجامعة الإمارات تتعاونان في الطب الشرعي', slug: 'moj' }]

  it('puts picks first in their order, then computed entries up to the limit', () => {
    const picks = [{ title: 'هل تعيد ألمانيا ضبط علاقتها مع روسيا؟', picked: true as const }]
    const words = [
      'القمح',
      'النفط',
      'الذهب',
      'القطن',
      'الأرز',
      'السكر',
      'البن',
      'الشاي',
      'الحديد',
      'النحاس',
      'الفضة',
      'الغاز',
    ]
    const computed = words.map((word, i) => ({
      title: `أسعار ${word} اليوم`,
      slug: `c${i}`,
      reasons: { shared_tags: [], score: 1 },
    }))
    const { entries } = relatedList({ self, readAlso, picks, computed })
    expect(entries).toHaveLength(RELATED_LIMIT)
    expect(entries[0]).toBe(picks[0])
    expect(entries[1]!.slug).toBe('c0')
  })

  it('drops the article itself, its read-also (by slug or reworded title), and repeats', () => {
    const picks = [
      { title: 'تعاون بين «العدل» و«جامعة الإمارات» في مجال الطب الشرعي', picked: true as const },
      { title: 'عنوان آخر', slug: 'moj', picked: true as const },
      { title: 'علاقات كوريا الشمالية مع روسيا', picked: true as const },
      { title: 'واشنطن تنقل باتريوت من كوريا الجنوبية', picked: true as const },
      { title: 'واشنطن تنقل «باتريوت» من كوريا الجنوبية!', picked: true as const },
    ]
    const computed = [{ title: 'مختلف', slug: 'nk', reasons: { shared_tags: [], score: 9 } }]
    const { entries, dropped } = relatedList({ self, readAlso, picks, computed })
    expect(entries.map((entry) => entry.title)).toEqual(['واشنطن تنقل باتريوت من كوريا الجنوبية'])
    expect(dropped.map((drop) => drop.index)).toEqual([0, 1, 2, 4])
    expect(dropped[0]!.reason).toContain('إقرأ أيضاً')
    expect(dropped[2]!.reason).toContain('المقال نفسه')
    expect(dropped[3]!.reason).toContain('في القائمة')
  })
})

describe('related lists in the published records', () => {
  it('mark picks, explain computed entries, and name shared tags as displayed', async () => {
    const { records, problems } = await buildRecords([
      article({
        slug: 'a',
        title: 'قمة كوريا الشمالية وروسيا',
        tags: ['كوريا الشمالية', 'روسيا'],
        related: [{ title: 'عنوان مختار' }],
      }),
      article({ slug: 'b', title: 'زيارة إلى بيونغ يانغ', tags: ['كوريا الشمالية'] }),
      article({ slug: 'c', title: 'أسعار القمح', tags: ['اقتصاد'] }),
    ])
    expect(problems).toEqual([])
    const a = JSON.parse(records.get('v1:article:a')!.toString())
    expect(a.related).toEqual([
      { title: 'عنوان مختار', picked: true },
      {
        title: 'زيارة إلى بيونغ يانغ',
        slug: 'b',
        reasons: { shared_tags: ['كوريا الشمالية'], score: expect.any(Number) },
      },
    ])
  })

  it('warn when an editor pick is dropped as a repeat', async () => {
    const { problems } = await buildRecords([
      article({ slug: 'a', title: 'قمة في موسكو', read_also: ['b'], related: ['b'] }),
      article({ slug: 'b', title: 'مذكرة تفاهم في أبوظبي' }),
    ])
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        file: 'a.md',
        field: 'related[0]',
        message: expect.stringContaining('إقرأ أيضاً'),
      },
    ])
  })
})
