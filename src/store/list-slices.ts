/**
 * @module
 * Reading a window of a sharded newest-first list (see `LIST_SHARD_SIZE`): only the one or two
 * shards that hold the window are read.
 */
import type * as v from 'valibot'
import { LIST_SHARD_SIZE, type ListShard } from '../schema/article-list-shard'
import type { ArticleSummary } from '../schema/article-summary'
import { readRecord } from './read-record'

export type ListSlice<Shard> = {
  articles: ArticleSummary[]
  total: number
  /** A shard of the list (the first one read), for what every shard repeats, like a tag's name. */
  shard: Shard
}

/**
 * Returns `limit` summaries from `offset` of the list whose shard `n` is stored at `keyOf(n)`,
 * or `null` when the list does not exist at all.
 */
export async function readListSlice<S extends v.GenericSchema<unknown, ListShard>>(
  kv: KVNamespace,
  keyOf: (shard: number) => string,
  schema: S,
  offset: number,
  limit: number
): Promise<ListSlice<v.InferOutput<S>> | null> {
  const first = Math.floor(offset / LIST_SHARD_SIZE) + 1
  const last = Math.floor((offset + limit - 1) / LIST_SHARD_SIZE) + 1
  const numbers = first === last ? [first] : [first, last]
  const shards = await Promise.all(numbers.map((n) => readRecord(kv, keyOf(n), schema)))
  const head = shards[0]
  if (!head) {
    // Past the end, or no list: shard 1 exists for every published list and carries the total.
    const shardOne = first === 1 ? null : await readRecord(kv, keyOf(1), schema)
    return shardOne ? { articles: [], total: shardOne.total, shard: shardOne } : null
  }
  const start = offset - (first - 1) * LIST_SHARD_SIZE
  const joined = shards.flatMap((shard) => shard?.articles ?? [])
  return { articles: joined.slice(start, start + limit), total: head.total, shard: head }
}
