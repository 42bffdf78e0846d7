import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { publish } from '../../src/publish/publish'
import { articleFile, contentSet, readLocalKv, tempDir } from './content-set'

/** One good file and ten broken in different ways (eleven errors). */
const BROKEN_SET = {
  'a-good.md': articleFile('a-good'),
  'b-no-title.md': articleFile('b-no-title', { title: '' }),
  'c-bad-date.md': articleFile('c-bad-date', {
    published: '"3 أبريل 2025"',
    updated: '"2025-02-30T10:00:00+02:00"',
  }),
  'd-bad-slug.md': articleFile('Bad Slug!'),
  'e-unknown-key.md': articleFile('e-unknown-key', { titel: '"خطأ إملائي"' }),
  'f-missing-read-also.md': articleFile('f-missing-read-also', {
    read_also: '\n  - no-such-article',
  }),
  'g-yaml-error.md': '---\ntitle: "غير مغلق\nslug: g\n---\n\nنص\n',
  'h-no-front-matter.md': 'نص بلا بيانات\n',
  'i-duplicate.md': articleFile('a-good'),
  'j-empty-body.md': articleFile('j-empty-body', {}, ''),
  'k-script-url.md': articleFile('k-script-url', {
    source: '\n  name: منبر\n  url: "javascript:alert(1)"',
  }),
}

describe('publishing an invalid content set', () => {
  it('reports every problem in every file and writes nothing', async () => {
    const content = contentSet(BROKEN_SET)
    const persistTo = tempDir('kv')
    const result = await publish(content, () => openLocalKv({ persistTo }))
    expect(result.ok).toBe(false)
    const errors = result.problems.filter((problem) => problem.severity === 'error')
    const byFile = (name: string) => errors.filter((problem) => problem.file.endsWith(name))
    expect(byFile('a-good.md')).toEqual([])
    expect(byFile('b-no-title.md')).toMatchObject([
      { field: 'title', line: 1, message: 'حقل مطلوب' },
    ])
    expect(byFile('c-bad-date.md')).toMatchObject([
      { field: 'published', line: 5, message: expect.stringContaining('ISO 8601') },
      { field: 'updated', line: 8, message: expect.stringContaining('غير موجود في التقويم') },
    ])
    expect(byFile('d-bad-slug.md')).toMatchObject([{ field: 'slug', line: 3 }])
    expect(byFile('e-unknown-key.md')).toMatchObject([
      { field: 'titel', message: expect.stringContaining('غير معروف') },
    ])
    expect(byFile('f-missing-read-also.md')).toMatchObject([
      { field: 'read_also[0]', line: 9, message: expect.stringContaining('no-such-article') },
    ])
    expect(byFile('g-yaml-error.md')).toMatchObject([
      { field: 'front matter', message: expect.stringContaining('YAML') },
    ])
    expect(byFile('h-no-front-matter.md')).toMatchObject([{ field: 'front matter', line: 1 }])
    expect(byFile('i-duplicate.md')).toMatchObject([
      { field: 'slug', message: expect.stringContaining('a-good.md') },
    ])
    expect(byFile('j-empty-body.md')).toMatchObject([{ field: 'body' }])
    expect(byFile('k-script-url.md')).toMatchObject([{ field: 'source.url', line: 8 }])
    expect(errors).toHaveLength(11)
    expect(await readLocalKv(persistTo)).toEqual(new Map())
  })

  it('makes the CLI list every error as file:line: field: message and exit non-zero', () => {
    const content = contentSet(BROKEN_SET)
    const run = spawnSync(
      'npx',
      ['tsx', 'src/publish/cli.ts', '--local', '--content', content, '--persist-to', tempDir('kv')],
      {
        encoding: 'utf8',
      }
    )
    expect(run.status).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines[0]).toBe('errors (11):')
    expect(lines.filter((line) => line.startsWith('  error: '))).toHaveLength(11)
    expect(run.stderr).toMatch(/^ {2}error: .*c-bad-date\.md:5: published: /m)
    expect(run.stdout).not.toMatch(/^plan:/m)
    expect(lines.at(-1)).toBe('publish refused: 11 error(s); nothing was written')
  })

  it('makes the CLI refuse to guess between --local and --remote', () => {
    const run = spawnSync('npx', ['tsx', 'src/publish/cli.ts'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('choose exactly one of --local and --remote')
  })
})
