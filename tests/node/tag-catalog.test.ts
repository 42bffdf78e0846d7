import { describe, expect, it } from 'vitest'
import { checkTags } from '../../src/publish/content/check-tags'
import { buildTagCatalog } from '../../src/publish/content/tag-catalog'
import { buildRecords } from '../../src/publish/records/build-records'
import { article } from './corpus'

describe('buildTagCatalog', () => {
  it('merges spellings into one tag, named by the Arabic spelling even when Persian is more common', () => {
    const catalog = buildTagCatalog([
      ['کوریا الجنوبیة'],
      ['کوریا الجنوبیة'],
      ['كوريا الجنوبية'],
      ['كُوريا الجنوبيّة'],
    ])
    expect([...catalog.keys()]).toEqual(['كوريا-الجنوبيه'])
    const tag = catalog.get('كوريا-الجنوبيه')!
    expect(tag.count).toBe(4)
    expect(tag.name).toBe('كوريا الجنوبية')
  })

  it('picks the most used Arabic spelling, then the first seen', () => {
    expect(
      buildTagCatalog([['الطب الشرعي'], ['الطبّ الشرعي'], ['الطبّ الشرعي']]).get('الطب-الشرعي')!.name
    ).toBe('الطبّ الشرعي')
    expect(buildTagCatalog([['ألمانيا'], ['المانيا']]).get('المانيا')!.name).toBe('ألمانيا')
  })

  it('counts an article once even if it repeats a tag in two spellings', () => {
    expect(
      buildTagCatalog([['كوريا الجنوبية', 'کوریا الجنوبیة']]).get('كوريا-الجنوبيه')!.count
    ).toBe(1)
  })

  it('keeps overlapping tags apart', () => {
    expect(buildTagCatalog([['الحرب العالمية', 'الحرب العالمية الثانية']]).size).toBe(2)
  })
})

describe('checkTags', () => {
  it('warns about Persian letters, a cut-off phrase and a spelling variant, without failing', () => {
    const articles = [
      article({ slug: 'a', tags: ['كوريا الجنوبية', 'کوریا الجنوبیة روسیا فی'] }),
      article({ slug: 'b', tags: ['كوريا الجنوبيّة'] }),
      article({ slug: 'c', tags: ['كوريا الجنوبية'] }),
    ]
    const problems = checkTags(articles, buildTagCatalog(articles.map((a) => a.frontMatter.tags)))
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true)
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'a.md tags[1]',
      'a.md tags[1]',
      'b.md tags[0]',
    ])
    expect(problems[0]!.message).toContain('«كوريا الجنوبية روسيا في»')
    expect(problems[1]!.message).toContain('مبتورًا')
    expect(problems[2]!.message).toContain('سيظهر باسم «كوريا الجنوبية»')
  })

  it('refuses a tag with no letters or digits', () => {
    const articles = [article({ slug: 'a', tags: ['«؟»'] })]
    expect(checkTags(articles, buildTagCatalog([['«؟»']]))).toMatchObject([
      { severity: 'error', field: 'tags[0]' },
    ])
  })
})

describe('tag records', () => {
  it('shows every spelling under the one canonical name and URL', async () => {
    const { records } = await buildRecords([
      article({ slug: 'a', tags: ['کوریا الجنوبیة'] }),
      article({ slug: 'b', tags: ['كوريا الجنوبية'] }),
    ])
    const a = JSON.parse(records.get('v1:article:a')!.toString())
    expect(a.tags).toEqual([{ name: 'كوريا الجنوبية', slug: 'كوريا-الجنوبيه' }])
    expect(JSON.parse(records.get('v1:tags')!.toString()).tags).toEqual([
      { name: 'كوريا الجنوبية', slug: 'كوريا-الجنوبيه', count: 2, upcoming: [] },
    ])
  })

  it('cuts a tag list into pages of 50 at publish time, newest first, each naming the tag', async () => {
    const articles = Array.from({ length: 120 }, (_, index) =>
      article({
        slug: `a-${index}`,
        tags: ['روسيا'],
        published: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString(),
      })
    )
    const { records } = await buildRecords(articles)
    const shards = [1, 2, 3].map((n) => JSON.parse(records.get(`v1:tag:روسيا:${n}`)!.toString()))
    expect(records.has('v1:tag:روسيا:4')).toBe(false)
    expect(shards.map((shard) => shard.articles.length)).toEqual([50, 50, 20])
    expect(shards.every((shard) => shard.total === 120 && shard.tag.name === 'روسيا')).toBe(true)
    expect(shards[0].articles[0].slug).toBe('a-119')
    expect(shards[2].articles.at(-1).slug).toBe('a-0')
  })
})
