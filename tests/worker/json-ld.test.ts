/**
 * Every JSON-LD object of every kind of page, checked with Ajv against the schema.org shapes we
 * rely on (json-ld-schemas.ts), on the newsroom corpus: an article with a byline and one without,
 * a section, an author, a static page, a tag, and the home page.
 */
import Ajv from 'ajv'
import { beforeEach, describe, expect, it } from 'vitest'
import { JSON_LD_SCHEMAS } from './json-ld-schemas'
import { jsonLdBlocks, readerPage } from './reader-dom'
import { loadNewsroom } from './seed'

beforeEach(loadNewsroom)

const ajv = new Ajv({ allErrors: true, strict: true })
const validators = Object.fromEntries(
  Object.entries(JSON_LD_SCHEMAS).map(([type, schema]) => [type, ajv.compile(schema)])
)

/** The page and the `@type`s its blocks must have, in order. */
const PAGES: Array<[path: string, types: string[]]> = [
  ['/', ['WebSite']],
  ['/articles/politics-1', ['NewsArticle', 'BreadcrumbList']],
  ['/articles/politics-4', ['NewsArticle', 'BreadcrumbList']],
  ['/sections/politics', ['CollectionPage', 'BreadcrumbList']],
  ['/sections/politics?page=2', ['CollectionPage', 'BreadcrumbList']],
  ['/authors/writer-a', ['ProfilePage', 'BreadcrumbList']],
  ['/authors/writer-c', ['ProfilePage', 'BreadcrumbList']],
  ['/about', ['WebPage', 'BreadcrumbList']],
  ['/tags', ['CollectionPage', 'BreadcrumbList']],
  [`/tags/${encodeURIComponent('وسم-تجريبي')}`, ['CollectionPage', 'BreadcrumbList']],
]

describe('JSON-LD', () => {
  it.each(PAGES)('%s: every object has the schema.org shape of its type', async (path, types) => {
    const { status, document } = await readerPage(path)
    expect(status).toBe(200)
    const blocks = jsonLdBlocks(document)
    expect(blocks.map((block) => block['@type'])).toEqual(types)
    for (const block of blocks) {
      const validate = validators[block['@type']]!
      expect(validate(block), `${block['@type']}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })
})
