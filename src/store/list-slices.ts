/**
 * @module
 * Reading a window of a sharded newest-first list (see `LIST_SHARD_SIZE`): shard 1, which
 * knows the totals and the scheduled articles, and the shard after it when the window needs it.
 */
import type * as v from 'valibot'
import { LIST_SHARD_SIZE, type ListShard } from '../schema/stored/article-list-shard'
import type { ArticleSummary } from '../schema/stored/article-summary'
import { readRecord } from './read-record'
import { stillUpcoming } from './release-time'

export type ListSlice<Shard> = {
  articles: ArticleSummary[]
  total: number
  /** Shard 1 of the list, for what every shard repeats, like a tag's name. */
  shard: Shard
}

/**
 * Returns `limit` summaries from `offset` of the list whose shard `n` is stored at `keyOf(n)`, as
 * readers may see it at `now` (scheduled articles not yet due are skipped), or `null` when the
 * list does not exist at all.
 */
export async function readListSlice<S extends v.GenericSchema<unknown, ListShard>>(
  kv: KVNamespace,
  keyOf: (shard: number) => string,
  schema: S,
  offset: number,
  limit: number,
  now: number
): Promise<ListSlice<v.InferOutput<S>> | null> {
  const shardOne = await readRecord(kv, keyOf(1), schema)
  if (!shardOne) return null
  // Scheduled articles head the list: hide the ones still to come by starting past them.
  const hidden = stillUpcoming(shardOne.upcoming, now)
  const slice = await readWindow(kv, keyOf, schema, shardOne, offset + hidden, limit)
  return { articles: slice, total: shardOne.total - hidden, shard: shardOne }
}

/** The summaries at [start, start + limit) of the stored list, reading only the shards needed. */
async function readWindow<S extends v.GenericSchema<unknown, ListShard>>(
  kv: KVNamespace,
  keyOf: (shard: number) => string,
  schema: S,
  shardOne: v.InferOutput<S>,
  start: number,
  limit: number
): Promise<ArticleSummary[]> {
  const first = Math.floor(start / LIST_SHARD_SIZE) + 1
  const last = Math.floor((start + limit - 1) / LIST_SHARD_SIZE) + 1
  const numbers = first === last ? [first] : [first, last]
  const reads = numbers.map((n) => (n === 1 ? shardOne : readRecord(kv, keyOf(n), schema)))
  // eslint-disable-next-line @typescript-eslint/await-thenable -- shard 1 is already read
  const shards = await Promise.all(reads)
  const joined = shards.flatMap((shard) => shard?.articles ?? [])
  const from = start - (first - 1) * LIST_SHARD_SIZE
  return joined.slice(from, from + limit)
}
