/**
 * @module
 * Tag reads: the index of all tags, and each tag's newest-first article list.
 */
import { TagShardSchema, type TagShard } from '../schema/stored/article-list-shard'
import { TagIndexSchema, type TagIndex } from '../schema/stored/tag-index'
import { tagIndexKey, tagShardKey } from './keys'
import { readListSlice, type ListSlice } from './list-slices'
import { readRecord } from './read-record'
import { stillUpcoming } from './release-time'

export type TagCount = Omit<TagIndex['tags'][number], 'upcoming'>

/** Every tag with its count of articles out at `now`; tags with none yet are left out. */
export async function getTagIndex(kv: KVNamespace, now: number): Promise<TagCount[]> {
  const tags = (await readRecord(kv, tagIndexKey(), TagIndexSchema))?.tags ?? []
  return tags.flatMap(({ upcoming, ...tag }) => {
    const count = tag.count - stillUpcoming(upcoming, now)
    return count > 0 ? [{ ...tag, count }] : []
  })
}

/** `limit` of the tag's articles from `offset` at `now`, or `null` when no article has the tag. */
export async function getTagSlice(
  kv: KVNamespace,
  slug: string,
  offset: number,
  limit: number,
  now: number
): Promise<ListSlice<TagShard> | null> {
  const slice = await readListSlice(
    kv,
    (shard) => tagShardKey(slug, shard),
    TagShardSchema,
    offset,
    limit,
    now
  )
  return slice && slice.total > 0 ? slice : null
}
