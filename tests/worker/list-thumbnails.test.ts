/**
 * The home and tag lists show a small thumbnail on the card of an article that has an image, and
 * none on a card of one that has not: a lazy `<picture>` (thumbnails sit below the first screen
 * or beside a headline that paints first), its `<img>` with width and height (no layout shift)
 * and an empty alt (the headline beside it says what it is).
 */
import { env } from 'cloudflare:workers'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { fetchWorker, loadImageSite, MOJ_SLUG, NK_SLUG } from './seed'

beforeEach(loadImageSite)

/** كوريا الشمالية, a tag of the article with the image; الطب الشرعي, one of the other's. */
const NK_TAG_PATH = `/tags/${encodeURIComponent('كوريا-الشماليه')}`
const MOJ_TAG_PATH = `/tags/${encodeURIComponent('الطب-الشرعي')}`

async function imageId(): Promise<string> {
  const record = v.parse(
    ArticleRecordSchema,
    JSON.parse((await env.CONTENT.get(`v1:article:${NK_SLUG}`))!)
  )
  return record.image!.id
}

/** Each card of the page's list, by the slug its headline links to. */
async function cards(path: string): Promise<Map<string, string>> {
  const res = await fetchWorker(path)
  expect(res.status).toBe(200)
  const html = await res.text()
  const list = /<ul class="cards">(.*?)<\/ul>/s.exec(html)![1]!
  const items = list.split('<li>').slice(1)
  return new Map(
    items.map((item) => [/<a href="\/articles\/([^"]+)">/.exec(item)![1]!, item] as const)
  )
}

function expectThumbnail(card: string, id: string) {
  expect(card.match(/<span class="thumb">/g)).toHaveLength(1)
  const thumb = /<span class="thumb"><picture>(.*?)<\/picture><\/span>/s.exec(card)![1]!
  expect(thumb).toContain(`<source type="image/avif" srcset="/media/${id}-400.avif 400w`)
  expect(thumb).toContain(`<source type="image/webp" srcset="/media/${id}-400.webp 400w`)
  // The 400 px variant covers 96 CSS pixels at any common density.
  const [img] = /<img [^>]*>/.exec(thumb)!
  expect(img).toContain(`src="/media/${id}-800.jpg"`)
  expect(img).toContain(`srcset="/media/${id}-400.jpg 400w`)
  expect(img).toContain('sizes="96px"')
  expect(img).toContain('width="1600"')
  expect(img).toContain('height="941"')
  expect(img).toContain('alt=""')
  expect(img).toContain('loading="lazy"')
  expect(img).toContain('decoding="async"')
  expect(img).not.toContain('fetchpriority')
}

describe('thumbnails in lists', () => {
  it('the home page: on the card of the article with an image, on no other', async () => {
    const id = await imageId()
    const home = await cards('/')
    expect([...home.keys()]).toEqual([NK_SLUG, MOJ_SLUG])
    expectThumbnail(home.get(NK_SLUG)!, id)
    expect(home.get(MOJ_SLUG)).not.toContain('<picture>')
  })

  it('a tag page of the article with an image shows its thumbnail', async () => {
    const id = await imageId()
    const tag = await cards(NK_TAG_PATH)
    expect([...tag.keys()]).toEqual([NK_SLUG])
    expectThumbnail(tag.get(NK_SLUG)!, id)
  })

  it('a tag page of an article without an image shows none', async () => {
    const tag = await cards(MOJ_TAG_PATH)
    expect([...tag.keys()]).toEqual([MOJ_SLUG])
    expect(tag.get(MOJ_SLUG)).not.toContain('<picture>')
  })
})
