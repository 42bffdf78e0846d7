/**
 * @module
 * `npm run new -- "<عنوان>" [--content DIR]`: a new article file with its front matter filled
 * in: the title, a slug built by the tag-slug rules, the current time with this machine's
 * offset, the site's first section (`site.yml`) and the site as its source, and `draft: true`,
 * so nothing is published until the editor says so.
 */
import * as v from 'valibot'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { SiteFile } from '../schema/editor/site-file'
import { MAX_SLUG_LENGTH, SLUG_WORD_CHARS, SlugSchema } from '../schema/slug'
import { tagSlug } from '../text/tag-slug'
import { DEFAULT_SITE, loadSiteFile } from './content/site-file'

/** A slug from a title: tag-slug rules, then only the characters article slugs allow. */
export function slugFromTitle(title: string): string {
  const slug = tagSlug(title)
    .replace(new RegExp(`[^${SLUG_WORD_CHARS}-]`, 'gu'), '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-$/, '')
  return v.is(SlugSchema, slug) ? slug : 'article'
}

/** Now, as ISO 8601 with this machine's UTC offset (what editors see on their clocks). */
export function localTimestamp(date = new Date()): string {
  const offset = -date.getTimezoneOffset()
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19)
  const sign = offset >= 0 ? '+' : '-'
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `${local}${sign}${hours}:${minutes}`
}

export function newArticleText(
  title: string,
  slug: string,
  published: string,
  site: Pick<SiteFile, 'name' | 'sections'> = DEFAULT_SITE
): string {
  const [section] = site.sections
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `slug: ${slug}`,
    `summary: ${JSON.stringify('اكتب هنا ملخص المقال في جملة أو جملتين.')}`,
    `published: ${JSON.stringify(published)}`,
    ...(section ? [`section: ${section.slug}`] : []),
    'source:',
    `  name: ${JSON.stringify(site.name)}`,
    'authors: []',
    'tags: []',
    'read_also: []',
    'related: []',
    'draft: true',
    '---',
    '',
    'اكتب نص المقال هنا.',
    '',
  ].join('\n')
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string', default: 'content' } },
  })
  const title = positionals.join(' ').trim()
  if (!title) {
    console.error('usage: npm run new -- "<عنوان المقال>"')
    return 2
  }
  const base = slugFromTitle(title)
  let slug = base
  for (let n = 2; existsSync(join(values.content, 'articles', `${slug}.md`)); n++)
    slug = `${base}-${n}`
  const file = join(values.content, 'articles', `${slug}.md`)
  mkdirSync(join(values.content, 'articles'), { recursive: true })
  const { site } = loadSiteFile(values.content)
  writeFileSync(file, newArticleText(title, slug, localTimestamp(), site), { flag: 'wx' })
  console.log(file)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main())
