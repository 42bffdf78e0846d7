/**
 * @module
 * Tag reads: the index of all tags, and each tag's newest-first article list.
 */
import { TagShardSchema, type TagShard } from '../schema/article-list-shard'
import { TagIndexSchema, type TagIndex } from '../schema/tag-index'
import { tagIndexKey, tagShardKey } from './keys'
import { readListSlice, type ListSlice } from './list-slices'
import { readRecord } from './read-record'

/** Every tag with its count; an unpublished site has none. */
export async function getTagIndex(kv: KVNamespace): Promise<TagIndex['tags']> {
  return (await readRecord(kv, tagIndexKey(), TagIndexSchema))?.tags ?? []
}

/** `limit` of the tag's articles from `offset`, or `null` when no article has the tag. */
export function getTagSlice(kv: KVNamespace, slug: string, offset: number, limit: number): Promise<ListSlice<TagShard> | null> {
  return readListSlice(kv, (shard) => tagShardKey(slug, shard), TagShardSchema, offset, limit)
}
