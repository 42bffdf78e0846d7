/**
 * Loading a large archive checks its files on worker threads. What comes back must be exactly
 * what checking them on one thread gives: the same articles, problems, field lines and records.
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkReferences } from '../../src/publish/content/check-references'
import { loadContent, type LoadedContent } from '../../src/publish/content/load-content'
import { buildRecords } from '../../src/publish/records/build-records'
import { articleFile, contentSet } from './content-set'

/** The seed articles, twenty generated ones (some with warnings) and three broken files. */
function mixedSet() {
  const files: Record<string, string> = {}
  for (const name of readdirSync('content/articles'))
    files[name] = readFileSync(join('content/articles', name), 'utf8')
  for (let i = 0; i < 20; i++) {
    const tags = i % 3 === 0 ? '\n  - کوریا الجنوبیة\n  - روسيا' : '\n  - كوريا الجنوبية\n  - روسيا'
    // Every fifth article also picks its «إقرأ أيضاً» as related: a pick the build drops, with a warning.
    const links: Record<string, string> =
      i % 5 === 1 ? { read_also: '\n  - gen-0', related: '\n  - gen-0' } : {}
    files[`gen-${i}.md`] = articleFile(
      `gen-${i}`,
      { title: `"قمة موسكو وبيونغ يانغ ${i}"`, tags, ...links },
      `فقرة **${i}** عن <bdi>القمة</bdi> في 2025.\n\n## خلفية\n\n- أول\n- ثان\n`
    )
  }
  files['z-no-title.md'] = articleFile('z-no-title', { title: '' })
  files['z-yaml-error.md'] = '---\ntitle: "غير مغلق\nslug: z\n---\n\nنص\n'
  files['z-missing-read-also.md'] = articleFile('z-missing-read-also', {
    read_also: '\n  - no-such-article',
  })
  return contentSet(files)
}

/** Everything but the line-finding functions, which cannot be compared. */
const comparable = ({ articles, problems }: LoadedContent) => ({
  articles: articles.map(({ lineOf: _lineOf, ...article }) => article),
  problems,
})

describe('loading content and building records on worker threads', () => {
  it('gives what loading on this thread gives: articles, problems, lines and records', async () => {
    const dir = mixedSet()
    const inline = await loadContent(dir, { threads: 0 })
    const parallel = await loadContent(dir, { threads: 2 })
    expect(parallel.articles).toHaveLength(inline.articles.length)
    expect(inline.articles.length).toBeGreaterThan(20)
    expect(comparable(parallel)).toEqual(comparable(inline))
    expect(inline.problems.length).toBeGreaterThanOrEqual(2)

    // Lines of fields are found by reading the file again: they must match the first reading.
    for (const [i, article] of parallel.articles.entries()) {
      for (const path of [['slug'], ['tags', 0], ['published']])
        expect(article.lineOf(path)).toBe(inline.articles[i]!.lineOf(path))
    }
    expect(checkReferences(parallel.articles)).toEqual(checkReferences(inline.articles))

    // Records finished on worker threads, from files checked on worker threads, against all on one.
    const now = Date.parse('2026-01-01T00:00:00Z')
    const fromParallel = await buildRecords(parallel.articles, now, { threads: 2 })
    const fromInline = await buildRecords(inline.articles, now, { threads: 0 })
    expect([...fromParallel.records.keys()]).toEqual([...fromInline.records.keys()])
    expect(fromParallel.records).toEqual(fromInline.records)
    expect(fromParallel.links).toEqual(fromInline.links)
    expect(fromParallel.problems).toEqual(fromInline.problems)
    expect(
      fromParallel.problems.some((problem) => problem.field === 'tags[0]' && problem.line === 9)
    ).toBe(true)
    expect(fromParallel.problems.filter((problem) => problem.field === 'related[0]')).toHaveLength(
      4
    )
  })

  it('fails, rather than hangs or drops files, when a worker cannot read a file', async () => {
    const dir = contentSet({ 'a.md': articleFile('a'), 'b.md': articleFile('b') })
    mkdirSync(join(dir, 'articles', 'c.md'))
    await expect(loadContent(dir, { threads: 2 })).rejects.toThrow(/EISDIR/)
    await expect(loadContent(dir, { threads: 0 })).rejects.toThrow(/EISDIR/)
  })
})
