/**
 * @module
 * One shard of the newest-first article list. The publish step cuts the list into shards of
 * `LATEST_SHARD_SIZE`, so no KV value grows with the archive and any API page needs at most
 * two reads.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION } from './article-record'
import { ArticleSummarySchema } from './article-summary'

/** Articles per stored shard. It is at least the largest API `limit`, so a page spans ≤ 2 shards. */
export const LATEST_SHARD_SIZE = 50

export const LatestShardSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  /** 1-based shard number. */
  shard: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Published articles in the whole list, so any shard can answer pagination totals. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  articles: v.array(ArticleSummarySchema),
})

export type LatestShard = v.InferOutput<typeof LatestShardSchema>
