/**
 * @module
 * The publication's lists beside the articles: each section's and each author's newest-first
 * list (an author's shard 1 carries their profile), the indexes of sections and authors with
 * their counts, and the static pages.
 */
import {
  AuthorShardSchema,
  SectionShardSchema,
  type AuthorShard,
  type SectionShard,
} from '../schema/stored/article-list-shard'
import { AuthorIndexSchema, SectionIndexSchema } from '../schema/stored/list-index'
import { PageRecordSchema, type PageRecord } from '../schema/stored/page-record'
import { authorIndexKey, authorShardKey, pageKey, sectionIndexKey, sectionShardKey } from './keys'
import { readListSlice, type ListSlice } from './list-slices'
import { readRecord } from './read-record'
import { stillUpcoming } from './release-time'

/** `limit` of the section's articles from `offset` at `now`, or `null` when there is no such section. */
export const getSectionSlice = (
  kv: KVNamespace,
  slug: string,
  offset: number,
  limit: number,
  now: number
): Promise<ListSlice<SectionShard> | null> =>
  readListSlice(kv, (shard) => sectionShardKey(slug, shard), SectionShardSchema, offset, limit, now)

/** `limit` of the author's articles from `offset` at `now`, with their profile, or `null`. */
export const getAuthorSlice = (
  kv: KVNamespace,
  slug: string,
  offset: number,
  limit: number,
  now: number
): Promise<ListSlice<AuthorShard> | null> =>
  readListSlice(kv, (shard) => authorShardKey(slug, shard), AuthorShardSchema, offset, limit, now)

/** Counts as readers may see them at `now`: scheduled articles are counted once they are out. */
function countsAt<T extends { count: number; upcoming: string[] }>(entries: T[], now: number) {
  return entries.map(({ upcoming, ...entry }) => ({
    ...entry,
    count: entry.count - stillUpcoming(upcoming, now),
  }))
}

/** Every section, in navigation order, with its count of articles out at `now`. */
export async function getSectionIndex(kv: KVNamespace, now: number) {
  const index = await readRecord(kv, sectionIndexKey(), SectionIndexSchema)
  return countsAt(index?.sections ?? [], now)
}

/** Every author, in Arabic alphabetical order, with their count of articles out at `now`. */
export async function getAuthorIndex(kv: KVNamespace, now: number) {
  const index = await readRecord(kv, authorIndexKey(), AuthorIndexSchema)
  return countsAt(index?.authors ?? [], now)
}

/** The static page `slug`, or `null`. */
export const getPage = (kv: KVNamespace, slug: string): Promise<PageRecord | null> =>
  readRecord(kv, pageKey(slug), PageRecordSchema)
