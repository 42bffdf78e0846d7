/**
 * @module
 * Turns checked articles into the KV records the Worker reads: one record per published
 * article (with its read-also summaries and related list resolved, so a page is one read) and
 * the newest-first list in shards. Every record is parsed with its schema before it is
 * returned, so the publish step can never write what the Worker would refuse.
 */
import * as v from 'valibot'
import { ArticleRecordSchema, RECORD_SCHEMA_VERSION, type ArticleRecord, type RelatedEntry, type TagRef } from '../schema/article-record'
import type { ArticleSummary } from '../schema/article-summary'
import { LATEST_SHARD_SIZE, LatestShardSchema } from '../schema/latest-page'
import { articleKey, latestShardKey } from '../store/keys'
import { readingTimeMinutes } from '../text/reading-time'
import { tagSlug } from '../text/tag-slug'
import type { SourceArticle } from './load-content'

/** KV key → JSON text, in the order they should be written. */
export type KvRecords = Map<string, string>

function summaryOf(article: SourceArticle): ArticleSummary {
  const { frontMatter } = article
  return {
    slug: frontMatter.slug,
    title: frontMatter.title,
    summary: frontMatter.summary,
    published_at: frontMatter.published,
    updated_at: frontMatter.updated ?? null,
    source_name: frontMatter.source.name,
  }
}

/** One tag per distinct slug, in the editor's order, spelled as the editor first wrote it. */
function tagRefs(tags: string[]): TagRef[] {
  const refs = new Map<string, TagRef>()
  for (const name of tags) {
    const slug = tagSlug(name)
    if (slug && !refs.has(slug)) refs.set(slug, { name, slug })
  }
  return [...refs.values()]
}

/** Newest first; equal times fall back to the slug so the order never depends on file order. */
const newestFirst = (a: SourceArticle, b: SourceArticle) =>
  Date.parse(b.frontMatter.published) - Date.parse(a.frontMatter.published) || a.frontMatter.slug.localeCompare(b.frontMatter.slug)

export function buildRecords(articles: SourceArticle[]): KvRecords {
  const published = articles.filter((article) => !article.frontMatter.draft).sort(newestFirst)
  const bySlug = new Map(published.map((article) => [article.frontMatter.slug, article]))
  const records: KvRecords = new Map()

  for (const article of published) {
    const { frontMatter } = article
    const readAlso = frontMatter.read_also.flatMap((slug) => {
      const target = bySlug.get(slug)
      return target ? [summaryOf(target)] : []
    })
    const related = frontMatter.related.flatMap((pick): RelatedEntry[] => {
      if (typeof pick !== 'string') return [pick.url ? { title: pick.title, url: pick.url } : { title: pick.title }]
      const target = bySlug.get(pick)
      return target ? [{ title: target.frontMatter.title, slug: pick }] : []
    })
    const { source_name: _sourceName, ...summary } = summaryOf(article)
    const record: ArticleRecord = {
      schema_version: RECORD_SCHEMA_VERSION,
      ...summary,
      html: article.body.html,
      reading_time_minutes: readingTimeMinutes(article.body.text),
      tags: tagRefs(frontMatter.tags),
      source: { name: frontMatter.source.name, url: frontMatter.source.url ?? null },
      read_also: readAlso,
      related,
    }
    records.set(articleKey(frontMatter.slug), JSON.stringify(v.parse(ArticleRecordSchema, record)))
  }

  const summaries = published.map(summaryOf)
  const shardCount = Math.max(1, Math.ceil(summaries.length / LATEST_SHARD_SIZE))
  for (let shard = 1; shard <= shardCount; shard++) {
    const articlesInShard = summaries.slice((shard - 1) * LATEST_SHARD_SIZE, shard * LATEST_SHARD_SIZE)
    const value = { schema_version: RECORD_SCHEMA_VERSION, shard, total: summaries.length, articles: articlesInShard }
    records.set(latestShardKey(shard), JSON.stringify(v.parse(LatestShardSchema, value)))
  }
  return records
}
