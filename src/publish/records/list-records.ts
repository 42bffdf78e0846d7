/**
 * @module
 * Steps 2 to 4 of the build: the newest-first list of each tag's articles and of all articles, in
 * shards, and the index of all tags with their counts. Each value is parsed with its schema first.
 */
import * as v from 'valibot'
import {
  LIST_SHARD_SIZE,
  LatestShardSchema,
  listShardCount,
  TagShardSchema,
} from '../../schema/stored/article-list-shard'
import { RECORD_SCHEMA_VERSION } from '../../schema/stored/article-record'
import type { ArticleSummary } from '../../schema/stored/article-summary'
import { TagIndexSchema } from '../../schema/stored/tag-index'
import { latestShardKey, tagIndexKey, tagShardKey } from '../../store/keys'
import type { SourceArticle } from '../content/check-article'
import { upcomingTimes, type Archive } from './archive'
import { jsonValue, type KvValue } from './kv-value'

/** Cuts a newest-first list into shards; there is always a shard 1, even for an empty list. */
export function* shardsOf(summaries: ArticleSummary[], upcoming: string[]) {
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

/** Each tag's articles, newest first, by tag slug, in the order tags are first met. */
export function articlesByTag(archive: Archive): Map<string, SourceArticle[]> {
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
export function* tagShardRecords(
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
export function* latestShardRecords(
  archive: Archive,
  upcoming: string[]
): Generator<[string, KvValue]> {
  for (const shard of shardsOf([...archive.summaries.values()], upcoming)) {
    yield [latestShardKey(shard.shard), jsonValue(v.parse(LatestShardSchema, shard))]
  }
}

/** Step 4: every tag with its count, most used first, equal counts in Arabic order. */
export function tagIndexRecord(
  archive: Archive,
  tagged: Map<string, SourceArticle[]>
): [string, KvValue] {
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
