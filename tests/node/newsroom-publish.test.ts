/**
 * The publication's files: `site.yml`, `authors/`, `pages/` and what articles say of them. An
 * editor's mistakes are publish errors naming the file, the line and the field, all at once, and
 * nothing is written; a good set publishes the site, its sections, authors and pages.
 */
import { describe, expect, it } from 'vitest'
import { relative } from 'node:path'
import { checkAndBuild } from '../../src/publish/build-content'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { publish } from '../../src/publish/publish'
import { articleFile, contentFolder, readLocalKv, tempDir } from './content-set'

const SITE = `name: صحيفة الاختبار
timezone: Asia/Riyadh
sections:
  - slug: politics
    name: سياسة
  - slug: economy
    name: اقتصاد
policies:
  editorial: editorial
dates:
  months: levant
  digits: arab
`

const AUTHOR = `---
name: كاتب الاختبار
role: محرر
---

سيرة قصيرة.
`

const GOOD = {
  'site.yml': SITE,
  'authors/writer.md': AUTHOR,
  'pages/editorial.md': '---\ntitle: سياسة التحرير\n---\n\nنص السياسة.\n',
  'articles/a.md': articleFile('a', { section: 'politics', authors: '\n  - writer' }),
  'articles/b.md': articleFile('b', { section: 'economy' }),
}

describe('a newsroom that publishes', () => {
  it('writes the site, its sections with their articles, its authors and its pages', async () => {
    const checked = await checkAndBuild(contentFolder(GOOD), Date.now(), tempDir('media'))
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    const records = checked.built.records
    const json = (key: string) => JSON.parse(Buffer.from(records.get(key)!).toString()) as any
    expect(json('v1:site')).toMatchObject({
      name: 'صحيفة الاختبار',
      timezone: 'Asia/Riyadh',
      sections: [
        { slug: 'politics', name: 'سياسة' },
        { slug: 'economy', name: 'اقتصاد' },
      ],
      pages: [{ slug: 'editorial', title: 'سياسة التحرير' }],
      policies: { editorial: 'editorial', corrections: null },
      dates: { months: 'levant', digits: 'arab', hijri: 'umm-al-qura' },
    })
    expect(json('v1:section:politics:1').articles.map((a: any) => a.slug)).toEqual(['a'])
    expect(json('v1:article:a')).toMatchObject({
      section: { slug: 'politics', name: 'سياسة' },
      authors: [{ slug: 'writer', name: 'كاتب الاختبار' }],
    })
    expect(json('v1:author:writer:1')).toMatchObject({
      total: 1,
      author: { name: 'كاتب الاختبار', role: 'محرر', bio_html: '<p>سيرة قصيرة.</p>' },
    })
    expect(json('v1:authors').authors).toMatchObject([{ slug: 'writer', count: 1 }])
    expect(json('v1:page:editorial')).toMatchObject({ title: 'سياسة التحرير' })
  })
})

describe('a newsroom with mistakes', () => {
  it('reports every one with its file, line and field, and writes nothing', async () => {
    const content = contentFolder({
      'site.yml': [
        'name: صحيفة الاختبار',
        'sections:',
        '  - slug: politics',
        '    name: سياسة',
        '  - slug: politics',
        '    name: مكرر',
        'policies:',
        '  editorial: editorial',
        '  corrections: no-such-page',
        'dates:',
        '  months: syria',
        '  hijri: yes',
        '',
      ].join('\n'),
      'authors/writer.md': AUTHOR,
      'pages/articles.md': '---\ntitle: صفحة بمسار محجوز\n---\n\nنص.\n',
      'pages/editorial.md': '---\ntitle: سياسة التحرير\n---\n\nنص.\n',
      'articles/no-section.md': articleFile('no-section'),
      'articles/bad-section.md': articleFile('bad-section', { section: 'sport' }),
      'articles/bad-author.md': articleFile('bad-author', {
        section: 'politics',
        authors: '\n  - writer\n  - nobody',
      }),
      'articles/twice.md': articleFile('twice', {
        section: 'politics',
        authors: '\n  - writer\n  - writer',
      }),
    })
    const persistTo = tempDir('kv')
    const result = await publish(content, () => openLocalKv({ persistTo }))
    expect(result.ok).toBe(false)
    const errors = result.problems.filter((problem) => problem.severity === 'error')
    const found = errors.map(
      ({ file, line, field }) => `${relative(content, file)}:${line}: ${field}`
    )
    expect(found.sort()).toEqual(
      [
        'articles/no-section.md:1: section',
        'articles/bad-section.md:8: section',
        'articles/bad-author.md:11: authors[1]',
        'articles/twice.md:10: authors',
        'pages/articles.md:1: اسم الملف',
        'site.yml:5: sections[1].slug',
        'site.yml:9: policies.corrections',
        'site.yml:11: dates.months',
        'site.yml:12: dates.hijri',
      ].sort()
    )
    expect(await readLocalKv(persistTo)).toEqual(new Map())
  })
})
