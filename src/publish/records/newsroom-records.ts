/**
 * @module
 * The records of the publication beside its articles: `v1:site` (its name, sections, pages and
 * policies), each static page, each section's and each author's newest-first list in shards (an
 * author's shard 1 carries their profile), and the indexes of sections and authors with their
 * counts. Every declared section and every author gets a shard 1, even with no article yet, so
 * their pages exist. Each value is parsed with its schema first.
 */
import * as v from 'valibot'
import type { SiteFile } from '../../schema/editor/site-file'
import type { ArticleImage } from '../../schema/stored/article-image'
import { AuthorShardSchema, SectionShardSchema } from '../../schema/stored/article-list-shard'
import { RECORD_SCHEMA_VERSION } from '../../schema/stored/article-record'
import { AuthorIndexSchema, SectionIndexSchema } from '../../schema/stored/list-index'
import { PageRecordSchema } from '../../schema/stored/page-record'
import { SiteRecordSchema } from '../../schema/stored/site-record'
import {
  authorIndexKey,
  authorShardKey,
  pageKey,
  sectionIndexKey,
  sectionShardKey,
  siteKey,
} from '../../store/keys'
import type { SourceArticle } from '../content/check-article'
import type { SourceAuthor, SourcePage } from '../content/newsroom-files'
import { upcomingTimes, type Archive } from './archive'
import { jsonValue, type KvValue } from './kv-value'
import { shardsOf } from './list-records'

/** What the publication is made of, beside its articles. */
export type Newsroom = {
  site: SiteFile
  logo: ArticleImage | null
  authors: SourceAuthor[]
  pages: SourcePage[]
}

const arabicOrder = new Intl.Collator('ar')

/** The published articles of each key (a section's, an author's), newest first. */
function articlesBy(archive: Archive, keysOf: (article: SourceArticle) => string[]) {
  const lists = new Map<string, SourceArticle[]>()
  for (const article of archive.published)
    for (const key of keysOf(article)) {
      const list = lists.get(key)
      if (list) list.push(article)
      else lists.set(key, [article])
    }
  return lists
}

/** `v1:site`. */
function siteRecord(newsroom: Newsroom): [string, KvValue] {
  const { site } = newsroom
  const pages = newsroom.pages
    .map((page) => ({ slug: page.slug, title: page.frontMatter.title }))
    .sort((a, b) => arabicOrder.compare(a.title, b.title))
  const record = {
    schema_version: RECORD_SCHEMA_VERSION,
    name: site.name,
    description: site.description,
    timezone: site.timezone,
    logo: newsroom.logo,
    sections: site.sections,
    pages,
    policies: {
      editorial: site.policies.editorial ?? null,
      corrections: site.policies.corrections ?? null,
    },
    dates: site.dates,
  }
  return [siteKey(), jsonValue(v.parse(SiteRecordSchema, record))]
}

/** Every static page. */
function* pageRecords(newsroom: Newsroom): Generator<[string, KvValue]> {
  for (const page of newsroom.pages) {
    const record = {
      schema_version: RECORD_SCHEMA_VERSION,
      slug: page.slug,
      title: page.frontMatter.title,
      html: page.body.html,
    }
    yield [pageKey(page.slug), jsonValue(v.parse(PageRecordSchema, record))]
  }
}

/** Each section's list in shards, and the index of sections in navigation order. */
function* sectionRecords(newsroom: Newsroom, archive: Archive): Generator<[string, KvValue]> {
  const lists = articlesBy(archive, (article) =>
    article.frontMatter.section === undefined ? [] : [article.frontMatter.section]
  )
  const index = []
  for (const section of newsroom.site.sections) {
    const list = lists.get(section.slug) ?? []
    const upcoming = upcomingTimes(list, archive.isScheduled)
    const summaries = list.map((article) => archive.summaries.get(article)!)
    for (const shard of shardsOf(summaries, upcoming))
      yield [
        sectionShardKey(section.slug, shard.shard),
        jsonValue(v.parse(SectionShardSchema, { ...shard, section })),
      ]
    index.push({ ...section, count: list.length, upcoming })
  }
  const record = { schema_version: RECORD_SCHEMA_VERSION, sections: index }
  yield [sectionIndexKey(), jsonValue(v.parse(SectionIndexSchema, record))]
}

/** Each author's list in shards (shard 1 with the profile), and the index of authors. */
function* authorRecords(newsroom: Newsroom, archive: Archive): Generator<[string, KvValue]> {
  const lists = articlesBy(archive, (article) => article.frontMatter.authors)
  const index = []
  for (const author of newsroom.authors) {
    const { name, role, same_as } = author.frontMatter
    const profile = {
      slug: author.slug,
      name,
      role: role ?? null,
      image: author.image ?? null,
      same_as,
      bio_html: author.body.html,
    }
    const list = lists.get(author.slug) ?? []
    const upcoming = upcomingTimes(list, archive.isScheduled)
    const summaries = list.map((article) => archive.summaries.get(article)!)
    for (const shard of shardsOf(summaries, upcoming))
      yield [
        authorShardKey(author.slug, shard.shard),
        jsonValue(v.parse(AuthorShardSchema, { ...shard, author: profile })),
      ]
    index.push({ slug: author.slug, name, role: role ?? null, count: list.length, upcoming })
  }
  index.sort((a, b) => arabicOrder.compare(a.name, b.name))
  const record = { schema_version: RECORD_SCHEMA_VERSION, authors: index }
  yield [authorIndexKey(), jsonValue(v.parse(AuthorIndexSchema, record))]
}

/** Every record of the publication beside its articles. */
export function* newsroomRecords(
  newsroom: Newsroom,
  archive: Archive
): Generator<[string, KvValue]> {
  yield siteRecord(newsroom)
  yield* pageRecords(newsroom)
  yield* sectionRecords(newsroom, archive)
  yield* authorRecords(newsroom, archive)
}
