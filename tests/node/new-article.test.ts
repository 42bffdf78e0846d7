import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { checkArticleText } from '../../src/publish/content/check-article'
import { localTimestamp, newArticleText, slugFromTitle } from '../../src/publish/new-article'
import { tempDir } from './content-set'

describe('npm run new', () => {
  it.each([
    ['علاقات كوريا الشمالية مع روسيا', 'علاقات-كوريا-الشماليه-مع-روسيا'],
    ['«العدل» وجامعة الإمارات تتعاونان', 'العدل-وجامعه-الامارات-تتعاونان'],
    ['کوریا الجنوبیة: قمة G7 في ٢٠٢٥', 'كوريا-الجنوبيه-قمه-g7-في-2025'],
    ['؟!', 'article'],
  ])('makes a slug from «%s» by the tag-slug rules', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug)
  })

  it('writes a file that passes validation, as a draft dated now', () => {
    const text = newArticleText(
      'قمة جديدة',
      'قمه-جديده',
      localTimestamp(new Date('2025-04-03T08:00:00Z'))
    )
    const checked = checkArticleText('x.md', text)
    expect(Array.isArray(checked)).toBe(false)
    if (Array.isArray(checked)) return
    expect(checked.frontMatter).toMatchObject({
      title: 'قمة جديدة',
      slug: 'قمه-جديده',
      draft: true,
    })
    expect(Date.parse(checked.frontMatter.published)).toBe(Date.parse('2025-04-03T08:00:00Z'))
  })

  it('creates content/articles/<slug>.md and never overwrites an existing article', () => {
    const content = tempDir('new')
    const run = () =>
      spawnSync('npx', ['tsx', 'src/publish/new-article.ts', '--content', content, 'قمة جديدة'], {
        encoding: 'utf8',
      })
    const first = run()
    const second = run()
    expect(first.status).toBe(0)
    expect(first.stdout.trim()).toBe(`${content}/articles/قمه-جديده.md`)
    expect(second.stdout.trim()).toBe(`${content}/articles/قمه-جديده-2.md`)
    expect(readFileSync(second.stdout.trim(), 'utf8')).toContain('slug: قمه-جديده-2\n')
  })
})
