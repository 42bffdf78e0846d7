/**
 * Incremental publishing, end to end through real local KV: what a second publish writes, in
 * which order, and what readers of the served Worker see of drafts and scheduled articles.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { KvTarget } from '../../src/publish/plan/kv-target'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { planLine } from '../../src/publish/plan/plan'
import { publish } from '../../src/publish/publish'
import { searchDocKey } from '../../src/store/keys'
import { articleFile, contentSet, newsroomFiles, readLocalKv, tempDir } from './content-set'
import { serveSite } from './served-site'

/** An article's search result record: its doc id is its publication minute (see `assignDocIds`). */
const searchDoc = (published: string) => searchDocKey(Date.parse(published) / 60_000)

/** Three articles: «a» links to «b»; «c» stands alone with its own tag. */
const newsroom = () => contentSet(newsroomFiles())

/** A local KV target that records what was asked of it, around the real one. */
async function recordingTarget(persistTo: string) {
  const real = await openLocalKv({ persistTo })
  const calls: Array<{ op: 'put' | 'delete'; keys: string[] }> = []
  const target: KvTarget = {
    ...real,
    putBatch: async (entries) => {
      calls.push({ op: 'put', keys: entries.map(([key]) => key) })
      await real.putBatch(entries)
    },
    deleteBatch: async (keys) => {
      calls.push({ op: 'delete', keys })
      await real.deleteBatch(keys)
    },
  }
  return { target, calls }
}

async function publishAndRecord(
  content: string,
  persistTo: string,
  now = new Date('2025-04-05T00:00:00Z')
) {
  const { target, calls } = await recordingTarget(persistTo)
  const result = await publish(content, async () => target, { now })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const written = calls.filter((call) => call.op === 'put').flatMap((call) => call.keys)
  const deleted = calls.filter((call) => call.op === 'delete').flatMap((call) => call.keys)
  return { result, calls, written, deleted }
}

const edit = (content: string, file: string, change: (text: string) => string) => {
  const path = join(content, 'articles', file)
  writeFileSync(path, change(readFileSync(path, 'utf8')))
}

describe('incremental publish', () => {
  it('writes nothing at all when nothing changed', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    await publishAndRecord(content, persistTo)
    const again = await publishAndRecord(content, persistTo)
    expect(again.calls).toEqual([])
    expect(planLine(again.result.plan)).toMatch(/^plan: 0 to write, 0 to delete, \d+ unchanged$/)
  })

  it('rewrites only the article, its search record and shard, the content version and the manifest when a body changes', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    await publishAndRecord(content, persistTo)
    edit(content, 'c.md', (text) => text.replace('نص المقال.', 'نص المقال بعد التصحيح.'))
    const { written, deleted } = await publishAndRecord(content, persistTo)
    expect(written).toEqual([
      'v1:article:c',
      searchDoc('2025-04-01T10:00:00+02:00'),
      'v1:search:shard:1',
      'v1:version',
      'v1:manifest:1',
      'v1:manifest',
    ])
    expect(deleted).toEqual([])
  })

  it('dates the content version from the publish that changed the content, not from later ones', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    const versionSince = async () =>
      JSON.parse((await readLocalKv(persistTo)).get('v1:version')!).since
    await publishAndRecord(content, persistTo, new Date('2025-04-05T00:00:00Z'))
    expect(await versionSince()).toBe('2025-04-05T00:00:00.000Z')
    await publishAndRecord(content, persistTo, new Date('2025-04-06T00:00:00Z'))
    expect(await versionSince()).toBe('2025-04-05T00:00:00.000Z')
    edit(content, 'c.md', (text) => text.replace('نص المقال.', 'نص المقال بعد التصحيح.'))
    await publishAndRecord(content, persistTo, new Date('2025-04-07T00:00:00Z'))
    expect(await versionSince()).toBe('2025-04-07T00:00:00.000Z')
  })

  it('rewrites the records that show an article when its title changes, and nothing else', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    await publishAndRecord(content, persistTo)
    edit(content, 'b.md', (text) => text.replace('زيارة بيونغ يانغ', 'زيارة رسمية إلى بيونغ يانغ'))
    const { written } = await publishAndRecord(content, persistTo)
    expect(written.sort()).toEqual(
      [
        'v1:article:a',
        'v1:article:b',
        'v1:latest:1',
        'v1:manifest',
        'v1:manifest:1',
        'v1:tag:روسيا:1',
        'v1:tag:كوريا:1',
        'v1:version',
        searchDoc('2025-04-02T10:00:00+02:00'),
        'v1:search:shard:1',
      ].sort()
    )
  })

  it("deletes a removed article's keys after writing, leaves no link to it, and writes the manifest last", async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    await publishAndRecord(content, persistTo)
    edit(content, 'a.md', (text) => text.replace(/read_also:\n {2}- b\n/, ''))
    const { rmSync } = await import('node:fs')
    rmSync(join(content, 'articles', 'b.md'))
    const { calls, deleted } = await publishAndRecord(content, persistTo)
    expect(deleted.sort()).toEqual(
      ['v1:article:b', searchDoc('2025-04-02T10:00:00+02:00'), 'v1:tag:كوريا:1'].sort()
    )
    // Content, deletions, then the content version and manifest shard, then the manifest head alone.
    expect(calls.map((call) => call.op)).toEqual(['put', 'delete', 'put', 'put'])
    expect(calls.at(-2)!.keys).toContain('v1:version')
    expect(calls.at(-1)!.keys).toEqual(['v1:manifest'])
    const kv = await readLocalKv(persistTo)
    for (const [key, value] of kv)
      if (!key.startsWith('v1:manifest')) expect(value, key).not.toMatch(/"slug":"b"/)
  })

  it('writes a new article before the articles that link to it', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    await publishAndRecord(content, persistTo)
    writeFileSync(
      join(content, 'articles', 'd.md'),
      articleFile('d', { title: '"خبر جديد"', published: '"2025-04-04T10:00:00+02:00"' })
    )
    edit(content, 'c.md', (text) => text.replace('source:', 'read_also:\n  - d\nsource:'))
    const { calls } = await publishAndRecord(content, persistTo)
    const firstPut = calls[0]!.keys
    expect(firstPut.indexOf('v1:article:d')).toBeLessThan(firstPut.indexOf('v1:article:c'))
    expect(firstPut.indexOf('v1:article:c')).toBeLessThan(firstPut.indexOf('v1:latest:1'))
  })

  it('can be re-run after dying midway, and then converges', async () => {
    const content = newsroom()
    const persistTo = tempDir('kv')
    const real = await openLocalKv({ persistTo })
    let puts = 0
    const dying: KvTarget = {
      ...real,
      putBatch: async (entries) => {
        for (const entry of entries) {
          if (++puts > 3) throw new Error('connection lost')
          await real.putBatch([entry])
        }
      },
    }
    await expect(
      publish(content, async () => dying, { now: new Date('2025-04-05T00:00:00Z') })
    ).rejects.toThrow('connection lost')
    const rerun = await publishAndRecord(content, persistTo)
    expect(rerun.result.plan.writes.length).toBeGreaterThan(0)
    const third = await publishAndRecord(content, persistTo)
    expect(third.calls).toEqual([])
  })
})

describe('drafts and scheduled articles, as readers see them', () => {
  it('never serves a draft, and reveals a scheduled article at its time without another publish', async () => {
    const soon = new Date(Date.now() + 4000)
    const content = contentSet({
      'live.md': articleFile('live', {
        tags: '\n  - روسيا',
        published: '"2025-04-01T10:00:00+02:00"',
      }),
      'draft.md': articleFile('draft-piece', { tags: '\n  - روسيا', draft: 'true' }),
      'later.md': articleFile('later', {
        title: '"خبر مجدول"',
        tags: '\n  - روسيا',
        published: JSON.stringify(soon.toISOString()),
      }),
    })
    const persistTo = tempDir('kv')
    const published = await publish(content, () => openLocalKv({ persistTo }))
    expect(published.ok).toBe(true)
    const site = await serveSite({ persistTo })
    try {
      const slugs = async (path: string) =>
        (
          (await (await site.get(path)).json()) as { articles: Array<{ slug: string }> }
        ).articles.map((a) => a.slug)
      expect((await site.get('/articles/draft-piece')).status).toBe(404)
      expect((await site.get('/articles/later')).status).toBe(404)
      expect(await slugs('/api/articles')).toEqual(['live'])
      expect(await slugs(`/api/tags/${encodeURIComponent('روسيا')}`)).toEqual(['live'])
      expect(await (await site.get('/feed.xml')).text()).not.toContain('/articles/later')
      // Search, through the index a local publish wrote (its binary values intact).
      const found = async (q: string) =>
        (
          (await (await site.get(`/api/search?q=${encodeURIComponent(q)}`)).json()) as {
            results: Array<{ slug: string }>
          }
        ).results.map((hit) => hit.slug)
      expect(await found('عنوان live')).toEqual(['live'])
      expect(await found('مجدول')).toEqual([])
      await new Promise((resolve) => setTimeout(resolve, soon.getTime() - Date.now() + 500))
      expect((await site.get('/articles/later')).status).toBe(200)
      expect(await slugs('/api/articles')).toEqual(['later', 'live'])
      expect(await slugs(`/api/tags/${encodeURIComponent('روسيا')}`)).toEqual(['later', 'live'])
      expect(await found('مجدول')).toEqual(['later'])
      expect(await found('draft-piece')).toEqual([])
      expect((await site.get('/articles/draft-piece')).status).toBe(404)
    } finally {
      await site.close()
    }
  })
})
