/**
 * The side rail beside the reading column, on the newsroom corpus: the latest articles on every
 * page that has one, and on an article page its related ones, never the article itself.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { readerPage, textOf, type ReaderDocument } from './reader-dom'
import { loadNewsroom, loadSeed, MOJ_SLUG, NK_SLUG } from './seed'
import { SIMILAR_TITLES_SHOWN } from './seed-text'

beforeEach(loadNewsroom)

const railLinks = (document: ReaderDocument, headingId: string) =>
  [...(document.getElementById(headingId)?.parentElement?.querySelectorAll('a') ?? [])].map((a) =>
    a.getAttribute('href')
  )

describe('the side rail', () => {
  it("is a landmark beside main, with an article's related ones and the latest others", async () => {
    await loadSeed()
    const { document } = await readerPage(`/articles/${NK_SLUG}`)
    const rail = document.querySelector('.page-body > aside.rail')
    expect(rail?.getAttribute('aria-label')).toBe('روابط جانبية')
    expect(rail?.previousElementSibling?.tagName).toBe('MAIN')
    expect([...rail!.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'مقالات مشابهة',
      'آخر الأخبار',
    ])
    // Some of them are headlines with no page of ours or elsewhere: text, not links.
    expect(
      [...document.querySelectorAll('#related-heading + ul li')].map((li) => li.textContent)
    ).toEqual(SIMILAR_TITLES_SHOWN)
    // The seed's other article; the page's own is left out.
    expect(railLinks(document, 'rail-latest')).toEqual([`/articles/${MOJ_SLUG}`])
    // The related list is in the rail only, not repeated in the article.
    expect(document.querySelectorAll('#related-heading')).toHaveLength(1)
    expect(textOf(document, 'main')).not.toContain('مقالات مشابهة')
  })

  it('leaves the article itself out of the latest', async () => {
    const { document } = await readerPage('/articles/politics-23')
    expect(railLinks(document, 'rail-latest')).toEqual([
      '/articles/sports-1',
      '/articles/economy-1',
      '/articles/politics-22',
      '/articles/politics-21',
      '/articles/politics-20',
    ])
  })

  it('shows the latest five with their dates on author, tag and static pages', async () => {
    for (const path of [
      '/authors/writer-c',
      '/about',
      `/tags/${encodeURIComponent('وسم-تجريبي')}`,
    ]) {
      const { document } = await readerPage(path)
      expect(railLinks(document, 'rail-latest'), path).toHaveLength(5)
      expect(document.querySelector('#rail-latest + ul time')?.getAttribute('datetime'), path).toBe(
        '2025-05-02T16:00:00.000Z'
      )
    }
  })

  it('is left out of pages that are lists of the latest already, and of error pages', async () => {
    for (const path of ['/', '/no-such-page'])
      expect((await readerPage(path)).document.querySelector('aside.rail'), path).toBeNull()
  })
})
