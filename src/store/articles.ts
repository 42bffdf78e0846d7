/**
 * @module
 * Article reads: one record per article, and the newest-first list in fixed-size shards.
 */
import { ArticleRecordSchema, type ArticleRecord } from '../schema/article-record'
import type { ArticleSummary } from '../schema/article-summary'
import { LATEST_SHARD_SIZE, LatestShardSchema } from '../schema/latest-page'
import { articleKey, latestShardKey } from './keys'
import { readRecord } from './read-record'

export function getArticle(kv: KVNamespace, slug: string): Promise<ArticleRecord | null> {
  return readRecord(kv, articleKey(slug), ArticleRecordSchema)
}

export type LatestSlice = { articles: ArticleSummary[]; total: number }

/**
 * Returns `limit` summaries starting at `offset` in the newest-first list, and the list's total.
 * Reads only the shards that hold the slice (one or two, since `limit` ≤ the shard size).
 */
export async function getLatestSlice(kv: KVNamespace, offset: number, limit: number): Promise<LatestSlice> {
  const first = Math.floor(offset / LATEST_SHARD_SIZE) + 1
  const last = Math.floor((offset + limit - 1) / LATEST_SHARD_SIZE) + 1
  const shardNumbers = first === last ? [first] : [first, last]
  const shards = await Promise.all(shardNumbers.map((n) => readRecord(kv, latestShardKey(n), LatestShardSchema)))
  const [head] = shards
  if (!head) {
    // Past the end of the list: shard 1 always exists after a publish and carries the total.
    const firstShard = first === 1 ? null : await readRecord(kv, latestShardKey(1), LatestShardSchema)
    return { articles: [], total: firstShard?.total ?? 0 }
  }
  const joined = shards.flatMap((shard) => shard?.articles ?? [])
  const start = offset - (first - 1) * LATEST_SHARD_SIZE
  return { articles: joined.slice(start, start + limit), total: head.total }
}
