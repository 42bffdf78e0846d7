import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { publish } from '../../src/publish/publish'
import { LatestShardSchema } from '../../src/schema/stored/article-list-shard'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { articleFile, contentSet, readLocalKv, tempDir } from './content-set'

const NK = 'v1:article:north-korea-russia-relations'
const MOJ = 'v1:article:moj-uae-university-forensic-medicine'
/** The publication's records (content/site.yml, its two sections, three pages, no authors). */
const NEWSROOM = [
  'v1:authors',
  'v1:page:about',
  'v1:page:corrections-policy',
  'v1:page:editorial-policy',
  'v1:section:universities:1',
  'v1:section:world:1',
  'v1:sections',
  'v1:site',
]

describe('npm run publish -- --local', () => {
  it('writes the seed content as versioned records the Worker schemas accept', async () => {
    const persistTo = tempDir('kv')
    const result = await publish('content', () => openLocalKv({ persistTo }))
    // 2 articles, 15 tag pages (11 + 4 tags), the latest list, the tag index, the search index
    // (2 result records, 1 shard, its meta) and the publication's 8 records; then the content
    // version and the manifest (one shard and its head).
    expect(
      result.ok && [result.articles, result.plan.writes.length, result.plan.finalWrites.length]
    ).toEqual([2, 31, 3])
    const kv = await readLocalKv(persistTo)
    expect(
      [...kv.keys()]
        .filter((key) => !key.startsWith('v1:tag:') && !key.startsWith('v1:search:'))
        .sort()
    ).toEqual(
      [
        MOJ,
        NK,
        'v1:latest:1',
        'v1:manifest',
        'v1:manifest:1',
        'v1:tags',
        'v1:version',
        ...NEWSROOM,
      ].sort()
    )
    expect([...kv.keys()].filter((key) => key.startsWith('v1:search:'))).toHaveLength(4)
    expect([...kv.keys()].filter((key) => key.startsWith('v1:tag:'))).toHaveLength(15)
    const nk = v.parse(ArticleRecordSchema, JSON.parse(kv.get(NK)!))
    expect(nk.read_also.map((summary) => summary.slug)).toEqual([
      'moj-uae-university-forensic-medicine',
    ])
    expect(nk.html).toContain('<h2>الواقع الراهن</h2>')
    const latest = v.parse(LatestShardSchema, JSON.parse(kv.get('v1:latest:1')!))
    expect(latest.articles.map((article) => article.slug)).toEqual([
      'north-korea-russia-relations',
      'moj-uae-university-forensic-medicine',
    ])
  })

  it('removes the records of an article whose file was deleted, and nothing else', async () => {
    const persistTo = tempDir('kv')
    const content = tempDir('content')
    cpSync('content', content, { recursive: true })
    await publish(content, () => openLocalKv({ persistTo }))
    // The read-also target cannot go while the seed points at it, so drop the pointer too.
    rmSync(join(content, 'articles', 'moj-uae-university-forensic-medicine.md'))
    const seed = join(content, 'articles', 'north-korea-russia-relations.md')
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8')
        .replace(/read_also:\n {2}- [^\n]+\n/, '')
        .replace(/\n {2}- moj-uae-university-forensic-medicine/, '')
    )
    const result = await publish(content, () => openLocalKv({ persistTo }))
    // The article, its search result record, and the pages of its four tags, which no other
    // article carries.
    expect(result.ok && [result.articles, result.plan.deletes.length]).toEqual([1, 6])
    const kv = await readLocalKv(persistTo)
    expect(
      [...kv.keys()]
        .filter((key) => !key.startsWith('v1:tag:') && !key.startsWith('v1:search:'))
        .sort()
    ).toEqual(
      [
        NK,
        'v1:latest:1',
        'v1:manifest',
        'v1:manifest:1',
        'v1:tags',
        'v1:version',
        ...NEWSROOM,
      ].sort()
    )
    expect([...kv.keys()].filter((key) => key.startsWith('v1:search:'))).toHaveLength(3)
    expect([...kv.keys()].filter((key) => key.startsWith('v1:tag:'))).toHaveLength(11)
    expect(v.parse(LatestShardSchema, JSON.parse(kv.get('v1:latest:1')!)).total).toBe(1)
  })

  it('never publishes drafts, and warns when a published article points at one', async () => {
    const persistTo = tempDir('kv')
    const content = contentSet({
      'live.md': articleFile('live', { related: '\n  - draft-piece' }),
      'draft.md': articleFile('draft-piece', { draft: 'true' }),
    })
    const result = await publish(content, () => openLocalKv({ persistTo }))
    expect(result).toMatchObject({ ok: true, articles: 1 })
    expect(result.problems).toMatchObject([{ severity: 'warning', field: 'related[0]' }])
    const kv = await readLocalKv(persistTo)
    expect(kv.has('v1:article:draft-piece')).toBe(false)
    expect(v.parse(ArticleRecordSchema, JSON.parse(kv.get('v1:article:live')!)).related).toEqual([])
  })
})
