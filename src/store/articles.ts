/**
 * @module
 * Article reads: one record per article, and the newest-first list of all articles.
 */
import { LatestShardSchema } from '../schema/article-list-shard'
import { ArticleRecordSchema, type ArticleRecord } from '../schema/article-record'
import type { ArticleSummary } from '../schema/article-summary'
import { articleKey, latestShardKey } from './keys'
import { readListSlice } from './list-slices'
import { readRecord } from './read-record'

export function getArticle(kv: KVNamespace, slug: string): Promise<ArticleRecord | null> {
  return readRecord(kv, articleKey(slug), ArticleRecordSchema)
}

/** `limit` summaries from `offset` of the newest-first list; an unpublished site is empty. */
export async function getLatestSlice(
  kv: KVNamespace,
  offset: number,
  limit: number
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const slice = await readListSlice(kv, latestShardKey, LatestShardSchema, offset, limit)
  return slice ?? { articles: [], total: 0 }
}
