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
import { LIST_SHARD_SIZE, LatestShardSchema, TagShardSchema } from '../schema/article-list-shard'
import { RECORD_SCHEMA_VERSION, type RelatedEntry, type TagRef } from '../schema/article-record'
import type { ArticleSummary } from '../schema/article-summary'
import { TagIndexSchema } from '../schema/tag-index'
import { articleKey, latestShardKey, tagIndexKey, tagShardKey } from '../store/keys'
import { headlineTerms } from '../text/headline-terms'
import { tagSlug } from '../text/tag-slug'
import { checkTags } from './check-tags'
import type { SourceArticle } from './check-article'
import { jsonValue, type KvValue } from './kv-value'
import type { Problem } from './problems'
import { threadsFor } from './start-worker'
import type { FinishedRecord, PendingRecord } from './finish-record'
import { recordFinisher } from './record-workers'
import { buildSearchIndex } from './search-index'
import { computeRelated, type ComputedRelated } from './related-articles'
import { buildTagCatalog, type CatalogTag } from './tag-catalog'

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

function summaryOf({ frontMatter }: SourceArticle): ArticleSummary {
  return {
    slug: frontMatter.slug,
    title: frontMatter.title,
    summary: frontMatter.summary,
    published_at: frontMatter.published,
    updated_at: frontMatter.updated ?? null,
    source_name: frontMatter.source.name,
  }
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
function tagRefs(tags: string[], catalog: Map<string, CatalogTag>, slugOf: (spelling: string) => string): TagRef[] {
  const refs = new Map<string, TagRef>()
  for (const spelling of tags) {
    const tag = catalog.get(slugOf(spelling))
    if (tag && !refs.has(tag.slug)) refs.set(tag.slug, { name: tag.name, slug: tag.slug })
  }
  return [...refs.values()]
}

/** Cuts a newest-first list into shards; there is always a shard 1, even for an empty list. */
function* shardsOf(summaries: ArticleSummary[], upcoming: string[]) {
  const count = Math.max(1, Math.ceil(summaries.length / LIST_SHARD_SIZE))
  for (let shard = 1; shard <= count; shard++) {
    const articles = summaries.slice((shard - 1) * LIST_SHARD_SIZE, shard * LIST_SHARD_SIZE)
    yield { schema_version: RECORD_SCHEMA_VERSION, shard, total: summaries.length, upcoming, articles }
  }
}

/** Hundredths: a small shift in tag counts elsewhere then rarely rewrites a record. */
const roundScore = (score: number) => Math.round(score * 100) / 100

/** Publication times of the scheduled head of a newest-first list. */
function upcomingTimes(list: SourceArticle[], isScheduled: (article: SourceArticle) => boolean): string[] {
  const times: string[] = []
  for (const article of list) {
    if (!isScheduled(article)) break
    times.push(article.frontMatter.published)
  }
  return times
}

/**
 * Builds every content record. Scheduled articles (published in the future at `now`) are built
 * like the rest and marked, so the Worker can reveal them on time without another publish.
 */
export async function buildRecords(articles: SourceArticle[], now = Date.now(), options: BuildOptions = {}): Promise<BuiltRecords> {
  const publishedAt = new Map(articles.map((article) => [article, Date.parse(article.frontMatter.published)]))
  const isScheduled = (article: SourceArticle) => publishedAt.get(article)! > now
  const published = articles.filter((article) => !article.frontMatter.draft).sort(newestFirst(publishedAt))
  const slugOf = memoizedTagSlug()
  const bySlug = new Map(published.map((article) => [article.frontMatter.slug, article]))
  // One summary object per article, shared by every list that shows it.
  const summaries = new Map(published.map((article) => [article, summaryOf(article)]))
  const upcoming = upcomingTimes(published, isScheduled)
  /** Links to a scheduled article carry its time, so the Worker shows them only from then. */
  const availableFrom = (slug: string) => {
    const target = bySlug.get(slug)!
    return isScheduled(target) ? { available_from: target.frontMatter.published } : {}
  }
  const catalog = buildTagCatalog(published.map((article) => article.frontMatter.tags), slugOf)
  const problems = checkTags(articles, catalog, slugOf)
  const computed = computeRelated(
    published.map((article) => ({
      slug: article.frontMatter.slug,
      publishedAt: publishedAt.get(article)!,
      tags: article.frontMatter.tags.map(slugOf).filter(Boolean),
      terms: headlineTerms(`${article.frontMatter.title} ${article.frontMatter.summary}`),
    }))
  )
  const computedEntry = ({ slug, score, sharedTags }: ComputedRelated): RelatedEntry => ({
    title: bySlug.get(slug)!.frontMatter.title,
    slug,
    reasons: { shared_tags: sharedTags.map((tag) => catalog.get(tag)!.name), score: roundScore(score) },
    ...availableFrom(slug),
  })

  const records: KvRecords = new Map()
  const links = new Map<string, string[]>()
  const finisher = recordFinisher(options.threads ?? threadsFor(published.length))
  /** Each tag's articles, newest first, filled while the article records are built. */
  const tagged = new Map<string, SourceArticle[]>()
  /** An article's record as far as this thread takes it (see `finishRecord` for the rest). */
  const pendingRecord = (article: SourceArticle): PendingRecord => {
    const { frontMatter } = article
    const tags = tagRefs(frontMatter.tags, catalog, slugOf)
    for (const { slug } of tags) {
      const list = tagged.get(slug)
      if (list) list.push(article)
      else tagged.set(slug, [article])
    }
    const readAlso = frontMatter.read_also.flatMap((slug) => (bySlug.has(slug) ? [summaries.get(bySlug.get(slug)!)!] : []))
    const picks = frontMatter.related.flatMap((pick): RelatedEntry[] => {
      if (typeof pick !== 'string') return [{ ...pick, picked: true }]
      const target = bySlug.get(pick)
      return target ? [{ title: target.frontMatter.title, slug: pick, picked: true, ...availableFrom(pick) }] : []
    })
    const { source_name: _sourceName, ...summary } = summaries.get(article)!
    return {
      record: {
        schema_version: RECORD_SCHEMA_VERSION,
        ...summary,
        html: article.body.html,
        reading_time_minutes: article.body.readingTimeMinutes,
        tags,
        source: { name: frontMatter.source.name, url: frontMatter.source.url ?? null },
        read_also: readAlso,
      },
      related: {
        self: { title: frontMatter.title, slug: frontMatter.slug },
        readAlso,
        picks,
        computed: (computed.get(frontMatter.slug) ?? []).map(computedEntry),
      },
    }
  }
  let finished: FinishedRecord[]
  try {
    for (const article of published) await finisher.add(pendingRecord(article))
    finished = await finisher.finish()
  } catch (error) {
    await finisher.abort()
    throw error
  }
  published.forEach((article, i) => {
    const { value, links: linked, dropped } = finished[i]!
    const key = articleKey(article.frontMatter.slug)
    records.set(key, value)
    links.set(key, linked)
    for (const { index, reason } of dropped) {
      const line = article.lineOf(['related', index])
      problems.push({ severity: 'warning', file: article.file, line, field: `related[${index}]`, message: `حُذف من «مقالات مشابهة»: ${reason}` })
    }
  })

  for (const [slug, list] of tagged) {
    const tag = { name: catalog.get(slug)!.name, slug }
    for (const shard of shardsOf(list.map((article) => summaries.get(article)!), upcomingTimes(list, isScheduled))) {
      records.set(tagShardKey(slug, shard.shard), jsonValue(v.parse(TagShardSchema, { ...shard, tag })))
    }
  }
  for (const shard of shardsOf([...summaries.values()], upcoming)) {
    records.set(latestShardKey(shard.shard), jsonValue(v.parse(LatestShardSchema, shard)))
  }
  const arabicOrder = new Intl.Collator('ar')
  const tags = [...catalog.values()]
    .map(({ name, slug, count }) => ({ name, slug, count, upcoming: upcomingTimes(tagged.get(slug) ?? [], isScheduled) }))
    .sort((a, b) => b.count - a.count || arabicOrder.compare(a.name, b.name))
  records.set(tagIndexKey(), jsonValue(v.parse(TagIndexSchema, { schema_version: RECORD_SCHEMA_VERSION, tags })))
  for (const [key, value] of buildSearchIndex(published, now)) records.set(key, value)
  return { records, problems, upcoming, links }
}
