/**
 * `npm run lint:content`: each copy rule fires and is fixed, each exception is left alone, the
 * fixes keep the YAML and Markdown as written, the seed gives no false positive, and a publish
 * prints the same findings as warnings without stopping.
 */
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkAndBuild } from '../../src/publish/build-content'
import { formatProblem } from '../../src/publish/content/problems'
import { applyCopyFixes, findCopy, formatFinding } from '../../src/publish/copy/copy-check'
import { checkCopy } from '../../src/publish/copy/copy-rules'
import { skippedSpans } from '../../src/publish/copy/copy-skips'
import { articleFile, contentFolder, tempDir } from './content-set'

/** The text with every safe fix applied, as `--fix` would (one pass). */
function fixed(text: string, kind: 'text' | 'headline' = 'text') {
  const findings = checkCopy(text, kind, skippedSpans(text))
  let out = text
  for (const f of [...findings].reverse())
    if (f.fix !== undefined) out = out.slice(0, f.start) + f.fix + out.slice(f.end)
  return { found: findings.map((f) => `${f.found} → ${f.advice}`), out }
}

describe('each rule fires and is fixed', () => {
  it.each([
    ['هل تنجح القمة?', ['"?" → "؟"'], 'هل تنجح القمة؟'],
    ['قال الوزير; ثم غادر', ['";" → "؛"'], 'قال الوزير؛ ثم غادر'],
    ['في عام 2025, قال', ['"," → "،"'], 'في عام 2025، قال'],
    ['قال الوزير ، ثم غادر', ['" ،" → "،"'], 'قال الوزير، ثم غادر'],
    ['هل حقًا ؟', ['" ؟" → "؟"'], 'هل حقًا؟'],
    ['کوریا الشمالیة', ['"ک" → "ك"', '"ی" → "ي"', '"ی" → "ي"'], 'كوريا الشمالية'],
    [
      'ارتفع 5 بالمئة في ٢٠٢٤ و2025',
      ['"٢" → "2"', '"٠" → "0"', '"٢" → "2"', '"٤" → "4"'],
      'ارتفع 5 بالمئة في 2024 و2025',
    ],
    ['عام ٢٠٢٥ و3', ['"3" → "٣"'], 'عام ٢٠٢٥ و٣'],
  ])('%s', (text, found, out) => {
    expect(fixed(text)).toEqual({ found, out })
  })

  it('takes tatweel out of headlines, and only headlines', () => {
    expect(fixed('عاجـــل: قمة', 'headline')).toEqual({
      found: ['"ـ" → ""', '"ـ" → ""', '"ـ" → ""'],
      out: 'عاجل: قمة',
    })
    expect(fixed('عاجـــل: قمة', 'text').found).toEqual([])
  })

  it('reports unbalanced «» without guessing where the other end goes', () => {
    expect(fixed('قال «لن نتراجع. ثم غادر')).toEqual({
      found: ['"«" → لا يوجد "»" يغلق الاقتباس'],
      out: 'قال «لن نتراجع. ثم غادر',
    })
    expect(fixed('لن نتراجع» قال').found).toEqual(['"»" → لا يوجد "«" يفتح الاقتباس'])
    expect(fixed('قال «نعم» و«لا»').found).toEqual([])
  })
})

describe('exceptions are left alone', () => {
  it.each([
    'انتشار COVID-19? في المدينة',
    'أطلقت الشركة iPhone 17, Pro في أيلول',
    'كما قال John Smith; ثم',
    'راجع `a?b,c` في الشيفرة',
    'الرابط https://example.org/a?b=1,2;c هنا',
    'انظر [التقرير](https://example.org/x?y=1,2) كاملًا',
    'راسلنا على news@example.org, أو',
    '```\nقيمة, أخرى?\n```',
    'العدد ٣ و٤ فقط',
    'بلغت 3.5% في 2025',
  ])('%s', (text) => {
    expect(fixed(text).found).toEqual([])
  })
})

const FILE = `---
title: "هل تنجح القمة?"
slug: a
summary: 'ملخص ، طويل'
published: "2025-04-01T12:00:00+03:00"
source:
  name: منبر
tags:
  - "قمة?"
---

قال الوزير, ثم غادر. انظر [الرابط](https://example.org/?a=1,2).

- بند ثانٍ ؟
`

describe('a file', () => {
  it('places each finding at its line and column, in the field it is in', () => {
    expect(findCopy('content/articles/a.md', FILE, 'article').map(formatFinding)).toEqual([
      'content/articles/a.md:2:22 title: "?" → "؟"',
      'content/articles/a.md:4:15 summary: " ،" → "،"',
      'content/articles/a.md:12:11 body: "," → "،"',
      'content/articles/a.md:14:11 body: " ؟" → "؟"',
    ])
  })

  it('is fixed in place: only the characters found change, and the YAML reads the same otherwise', () => {
    const out = applyCopyFixes(FILE, findCopy('a.md', FILE, 'article'))
    expect(out).toBe(
      FILE.replace('القمة?', 'القمة؟')
        .replace('ملخص ، طويل', 'ملخص، طويل')
        .replace('الوزير,', 'الوزير،')
        .replace('ثانٍ ؟', 'ثانٍ؟')
    )
    const before = parse(FILE.split('---')[1]!) as Record<string, unknown>
    const after = parse(out.split('---')[1]!) as Record<string, unknown>
    expect({ ...after, title: before.title, summary: before.summary }).toEqual(before)
    expect(findCopy('a.md', out, 'article')).toEqual([])
  })
})

describe('the seed and the commands', () => {
  it('finds nothing in the seed content', () => {
    for (const [folder, kind] of [
      ['articles', 'article'],
      ['pages', 'page'],
    ] as const)
      for (const name of readdirSync(join('content', folder)))
        expect(
          findCopy(name, readFileSync(join('content', folder, name), 'utf8'), kind).map(
            formatFinding
          )
        ).toEqual([])
  })

  it('lint:content prints each finding, and --fix fixes the file and says what is left', () => {
    const content = contentFolder({
      'articles/a.md': FILE,
      'authors/w.md': '---\nname: الكاتب\nrole: محرر ، مراسل\n---\n\nسيرة «قصيرة.\n',
    })
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/publish/lint-content.ts', '--content', content, ...args], {
        encoding: 'utf8',
      })
    const check = run()
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('articles/a.md:2:22 title: "?" → "؟"')
    expect(check.stdout).toContain('authors/w.md:3:11 role: " ،" → "،"')
    expect(check.stdout.trim().split('\n').at(-1)).toBe('6 found')
    const fix = run('--fix')
    expect(fix.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/authors\/w\.md:6:6 body: "«" → /),
      '5 fixed, 1 left',
    ])
    expect(readFileSync(join(content, 'articles/a.md'), 'utf8')).toContain(
      'title: "هل تنجح القمة؟"'
    )
  })

  it('a publish prints the same findings as warnings, and publishes', async () => {
    const content = contentFolder({
      'articles/a.md': articleFile('a', { title: '"هل تنجح القمة?"' }),
    })
    const checked = await checkAndBuild(content, Date.now(), tempDir('media'))
    expect(checked.ok).toBe(true)
    expect(checked.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^warning: .*articles\/a\.md:2:22: title: "\?" → "؟"$/),
    ])
  })
})
