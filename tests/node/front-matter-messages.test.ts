import { describe, expect, it } from 'vitest'
import { checkArticleText } from '../../src/publish/content/check-article'

const file = (frontMatter: string) =>
  `---\ntitle: x\nslug: a\nsummary: s\npublished: "2025-04-03T10:00:00+02:00"\n${frontMatter}\n---\nbody\n`

describe('front matter messages', () => {
  it.each([
    ['a source that is not a mapping', 'source: 5'],
    ['a source name that is not text, and a URL that is not text', 'source: {name: 3, url: 5}'],
    ['a tag that is not text', 'source: {name: n}\ntags: [1]'],
    ['too many read_also slugs', 'source: {name: n}\nread_also: [a,b,c,d,e,f,g,h,i,j,k]'],
    ['related that is not a list', 'source: {name: n}\nrelated: 7'],
  ])('are Arabic for %s', (_case, frontMatter) => {
    const problems = checkArticleText('x.md', file(frontMatter))
    expect(Array.isArray(problems) && problems.length > 0).toBe(true)
    for (const problem of problems as Array<{ message: string }>)
      expect(problem.message).toMatch(/[\u0621-\u064a]/)
  })

  it('falls back to Valibot’s Arabic message where a schema gives none', () => {
    const text = file('source: {name: n}').replace('slug: a', 'slug: 5')
    expect(checkArticleText('x.md', text)).toMatchObject([
      { field: 'slug', message: expect.stringMatching(/^نوع غير صالح/) },
    ])
  })
})
