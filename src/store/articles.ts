/**
 * @module
 * Article reads: one record per article, and the newest-first list of all articles.
 */
import { LatestShardSchema, type ListShard } from '../schema/stored/article-list-shard'
import { ArticleRecordSchema, type ArticleRecord } from '../schema/stored/article-record'
import type { ArticleSummary } from '../schema/stored/article-summary'
import { articleKey, latestShardKey } from './keys'
import { readListSlice } from './list-slices'
import { readRecord } from './read-record'
import { isReleased, releasedView } from './release-time'

/** The article as readers may see it at `now`, or `null` when it does not exist or is not due yet. */
export async function getArticle(
  kv: KVNamespace,
  slug: string,
  now: number
): Promise<ArticleRecord | null> {
  const article = await readRecord(kv, articleKey(slug), ArticleRecordSchema)
  return article && isReleased(article.published_at, now) ? releasedView(article, now) : null
}

/**
 * Shard `shard` of the newest-first list as stored, scheduled articles included (callers filter
 * with `isReleased`), or `null` past the end.
 */
export const getLatestShard = (kv: KVNamespace, shard: number): Promise<ListShard | null> =>
  readRecord(kv, latestShardKey(shard), LatestShardSchema)

/** `limit` summaries from `offset` of the newest-first list at `now`; an unpublished site is empty. */
export async function getLatestSlice(
  kv: KVNamespace,
  offset: number,
  limit: number,
  now: number
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const slice = await readListSlice(kv, latestShardKey, LatestShardSchema, offset, limit, now)
  return slice ?? { articles: [], total: 0 }
}
