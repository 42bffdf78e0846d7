/**
 * @module
 * Turns checked articles into the KV records the Worker reads:
 * - one record per published article, with its tags, «إقرأ أيضاً» summaries and «مقالات مشابهة»
 *   resolved, so an article page is one read;
 * - the newest-first list of all articles, and of each tag's articles, in shards;
 * - the index of all tags with their counts.
 * Every record is parsed with its schema before it is returned, so the publish step can never
 * write what the Worker would refuse.
 */
import * as v from 'valibot'
import {
  LIST_SHARD_SIZE,
  LatestShardSchema,
  listShardCount,
  TagShardSchema,
} from '../../schema/stored/article-list-shard'
import {
  RECORD_SCHEMA_VERSION,
  type RelatedEntry,
  type TagRef,
} from '../../schema/stored/article-record'
import type { ArticleSummary } from '../../schema/stored/article-summary'
import { TagIndexSchema } from '../../schema/stored/tag-index'
import { articleKey, latestShardKey, tagIndexKey, tagShardKey } from '../../store/keys'
import { isReleasedAt } from '../../store/release-time'
import { headlineTerms } from '../../text/headline-terms'
import { tagSlug } from '../../text/tag-slug'
import type { SourceArticle } from '../content/check-article'
import { checkTags } from '../content/check-tags'
import type { Problem } from '../content/problems'
import { buildTagCatalog, type CatalogTag } from '../content/tag-catalog'
import { buildSearchIndex } from '../search-index/build-search-index'
import { threadsFor } from '../threads/thread-pool'
import { summaryOf } from './article-summary'
import type { FinishedRecord, PendingRecord } from './finish-record'
import { jsonValue, type KvValue } from './kv-value'
import { recordFinisher } from './record-finisher'
import { computeRelated, type ComputedRelated } from './related-articles'

/** KV key → value, in the order they should be written: articles before lists. */
export type KvRecords = Map<string, KvValue>

export type BuiltRecords = {
  records: KvRecords
  problems: Problem[]
  /** Publication times of scheduled articles, newest first. */
  upcoming: string[]
  /** Article key → slugs of the articles it links to, for ordering writes (see `planPublish`). */
  links: Map<string, string[]>
}

export type BuildOptions = {
  /** Worker threads to finish article records on; 0 finishes them here. Default: by archive size. */
  threads?: number
}

/** Newest first; equal times fall back to the slug so the order never depends on file order. */
const newestFirst = (time: Map<SourceArticle, number>) => (a: SourceArticle, b: SourceArticle) =>
  time.get(b)! - time.get(a)! || a.frontMatter.slug.localeCompare(b.frontMatter.slug)

/** `tagSlug`, worked out once per spelling: an archive repeats a few thousand spellings a million times. */
function memoizedTagSlug(): (spelling: string) => string {
  const slugs = new Map<string, string>()
  return (spelling) => {
    let slug = slugs.get(spelling)
    if (slug === undefined) slugs.set(spelling, (slug = tagSlug(spelling)))
    return slug
  }
}

/** One ref per distinct tag, in the editor's order, named as the catalog names the tag. */
function tagRefs(
  tags: string[],
  catalog: Map<string, CatalogTag>,
  slugOf: (spelling: string) => string
): TagRef[] {
  const refs = new Map<string, TagRef>()
  for (const spelling of tags) {
    const tag = catalog.get(slugOf(spelling))
    if (tag && !refs.has(tag.slug)) refs.set(tag.slug, { name: tag.name, slug: tag.slug })
  }
  return [...refs.values()]
}

/** Cuts a newest-first list into shards; there is always a shard 1, even for an empty list. */
function* shardsOf(summaries: ArticleSummary[], upcoming: string[]) {
  const count = listShardCount(summaries.length)
  for (let shard = 1; shard <= count; shard++) {
    const articles = summaries.slice((shard - 1) * LIST_SHARD_SIZE, shard * LIST_SHARD_SIZE)
    yield {
      schema_version: RECORD_SCHEMA_VERSION,
      shard,
      total: summaries.length,
      upcoming,
      articles,
    }
  }
}

/** Hundredths: a small shift in tag counts elsewhere then rarely rewrites a record. */
const roundScore = (score: number) => Math.round(score * 100) / 100

/** Publication times of the scheduled head of a newest-first list. */
function upcomingTimes(
  list: SourceArticle[],
  isScheduled: (article: SourceArticle) => boolean
): string[] {
  const times: string[] = []
  for (const article of list) {
    if (!isScheduled(article)) break
    times.push(article.frontMatter.published)
  }
  return times
}

/** The published articles, newest first, and what every step reads about them. */
type Archive = {
  published: SourceArticle[]
  bySlug: Map<string, SourceArticle>
  /** One summary object per article, shared by every list that shows it. */
  summaries: Map<SourceArticle, ArticleSummary>
  /** Each article's distinct tags, in the editor's order. */
  tagsOf: Map<SourceArticle, TagRef[]>
  catalog: Map<string, CatalogTag>
  slugOf: (spelling: string) => string
  publishedAt: Map<SourceArticle, number>
  /** Published after the publish time: stored now, shown by the Worker from then on. */
  isScheduled: (article: SourceArticle) => boolean
}

function readArchive(articles: SourceArticle[], now: number): Archive {
  const publishedAt = new Map(
    articles.map((article) => [article, Date.parse(article.frontMatter.published)])
  )
  const published = articles
    .filter((article) => !article.frontMatter.draft)
    .sort(newestFirst(publishedAt))
  const slugOf = memoizedTagSlug()
  const catalog = buildTagCatalog(
    published.map((article) => article.frontMatter.tags),
    slugOf
  )
  return {
    published,
    bySlug: new Map(published.map((article) => [article.frontMatter.slug, article])),
    summaries: new Map(published.map((article) => [article, summaryOf(article)])),
    tagsOf: new Map(
      published.map((article) => [article, tagRefs(article.frontMatter.tags, catalog, slugOf)])
    ),
    catalog,
    slugOf,
    publishedAt,
    isScheduled: (article) => !isReleasedAt(publishedAt.get(article)!, now),
  }
}

/** Links to a scheduled article carry its time, so the Worker shows them only from then. */
function availableFrom(archive: Archive, slug: string): Pick<RelatedEntry, 'available_from'> {
  const target = archive.bySlug.get(slug)!
  return archive.isScheduled(target) ? { available_from: target.frontMatter.published } : {}
}

/** Each article's computed «مقالات مشابهة», best first, as entries made when asked for. */
function computedRelated(archive: Archive): (slug: string) => RelatedEntry[] {
  const { published, publishedAt, slugOf, bySlug, catalog } = archive
  const computed = computeRelated(
    published.map((article) => ({
      slug: article.frontMatter.slug,
      publishedAt: publishedAt.get(article)!,
      tags: article.frontMatter.tags.map(slugOf).filter(Boolean),
      terms: headlineTerms(`${article.frontMatter.title} ${article.frontMatter.summary}`),
    }))
  )
  const entry = ({ slug, score, sharedTags }: ComputedRelated): RelatedEntry => ({
    title: bySlug.get(slug)!.frontMatter.title,
    slug,
    reasons: {
      shared_tags: sharedTags.map((tag) => catalog.get(tag)!.name),
      score: roundScore(score),
    },
    ...availableFrom(archive, slug),
  })
  return (slug) => (computed.get(slug) ?? []).map(entry)
}

/** An article's record as far as this thread takes it (see `finishRecord` for the rest). */
function pendingRecord(
  archive: Archive,
  related: (slug: string) => RelatedEntry[],
  article: SourceArticle
): PendingRecord {
  const { frontMatter } = article
  const { bySlug, summaries } = archive
  const readAlso = frontMatter.read_also.flatMap((slug) =>
    bySlug.has(slug) ? [summaries.get(bySlug.get(slug)!)!] : []
  )
  const picks = frontMatter.related.flatMap((pick): RelatedEntry[] => {
    if (typeof pick !== 'string') return [{ ...pick, picked: true }]
    const target = bySlug.get(pick)
    return target
      ? [
          {
            title: target.frontMatter.title,
            slug: pick,
            picked: true,
            ...availableFrom(archive, pick),
          },
        ]
      : []
  })
  const { source_name: _sourceName, ...summary } = summaries.get(article)!
  return {
    record: {
      schema_version: RECORD_SCHEMA_VERSION,
      ...summary,
      html: article.body.html,
      reading_time_minutes: article.body.readingTimeMinutes,
      tags: archive.tagsOf.get(article)!,
      source: { name: frontMatter.source.name, url: frontMatter.source.url ?? null },
      read_also: readAlso,
    },
    related: {
      self: { title: frontMatter.title, slug: frontMatter.slug },
      readAlso,
      picks,
      computed: related(frontMatter.slug),
    },
  }
}

/** Step 1: every published article's record, finished on worker threads for a large archive. */
async function articleRecords(archive: Archive, threads: number) {
  const related = computedRelated(archive)
  const finisher = recordFinisher(threads)
  let finished: FinishedRecord[]
  try {
    for (const article of archive.published)
      await finisher.add(pendingRecord(archive, related, article))
    finished = await finisher.finish()
  } catch (error) {
    await finisher.abort()
    throw error
  }
  const records: Array<[string, KvValue]> = []
  const links = new Map<string, string[]>()
  const warnings: Problem[] = []
  archive.published.forEach((article, i) => {
    const { value, links: linked, dropped } = finished[i]!
    const key = articleKey(article.frontMatter.slug)
    records.push([key, value])
    links.set(key, linked)
    for (const { index, reason } of dropped) {
      const line = article.lineOf(['related', index])
      warnings.push({
        severity: 'warning',
        file: article.file,
        line,
        field: `related[${index}]`,
        message: `حُذف من «مقالات مشابهة»: ${reason}`,
      })
    }
  })
  return { records, links, warnings }
}

/** Each tag's articles, newest first, by tag slug, in the order tags are first met. */
function articlesByTag(archive: Archive): Map<string, SourceArticle[]> {
  const tagged = new Map<string, SourceArticle[]>()
  for (const article of archive.published) {
    for (const { slug } of archive.tagsOf.get(article)!) {
      const list = tagged.get(slug)
      if (list) list.push(article)
      else tagged.set(slug, [article])
    }
  }
  return tagged
}

/** Step 2: each tag's newest-first list, in shards. */
function* tagShardRecords(
  archive: Archive,
  tagged: Map<string, SourceArticle[]>
): Generator<[string, KvValue]> {
  for (const [slug, list] of tagged) {
    const tag = { name: archive.catalog.get(slug)!.name, slug }
    const summaries = list.map((article) => archive.summaries.get(article)!)
    for (const shard of shardsOf(summaries, upcomingTimes(list, archive.isScheduled))) {
      yield [tagShardKey(slug, shard.shard), jsonValue(v.parse(TagShardSchema, { ...shard, tag }))]
    }
  }
}

/** Step 3: the newest-first list of every published article, in shards. */
function* latestShardRecords(archive: Archive, upcoming: string[]): Generator<[string, KvValue]> {
  for (const shard of shardsOf([...archive.summaries.values()], upcoming)) {
    yield [latestShardKey(shard.shard), jsonValue(v.parse(LatestShardSchema, shard))]
  }
}

/** Step 4: every tag with its count, most used first, equal counts in Arabic order. */
function tagIndexRecord(archive: Archive, tagged: Map<string, SourceArticle[]>): [string, KvValue] {
  const arabicOrder = new Intl.Collator('ar')
  const tags = [...archive.catalog.values()]
    .map(({ name, slug, count }) => ({
      name,
      slug,
      count,
      upcoming: upcomingTimes(tagged.get(slug) ?? [], archive.isScheduled),
    }))
    .sort((a, b) => b.count - a.count || arabicOrder.compare(a.name, b.name))
  return [
    tagIndexKey(),
    jsonValue(v.parse(TagIndexSchema, { schema_version: RECORD_SCHEMA_VERSION, tags })),
  ]
}

/**
 * Builds every content record: the article records first, then the tag lists, the list of all
 * articles and the tag index. Scheduled articles (published in the future at `now`) are built
 * like the rest and marked, so the Worker can reveal them on time without another publish.
 */
export async function buildRecords(
  articles: SourceArticle[],
  now = Date.now(),
  options: BuildOptions = {}
): Promise<BuiltRecords> {
  const archive = readArchive(articles, now)
  const problems = checkTags(articles, archive.catalog, archive.slugOf)
  const upcoming = upcomingTimes(archive.published, archive.isScheduled)
  const built = await articleRecords(
    archive,
    options.threads ?? threadsFor(archive.published.length)
  )
  const tagged = articlesByTag(archive)
  const records: KvRecords = new Map([
    ...built.records,
    ...tagShardRecords(archive, tagged),
    ...latestShardRecords(archive, upcoming),
    tagIndexRecord(archive, tagged),
    // Step 5: the search index (see `search-index/build-search-index.ts`).
    ...buildSearchIndex(archive.published, now),
  ])
  return { records, problems: [...problems, ...built.warnings], upcoming, links: built.links }
}
