/**
 * @module
 * One shard of a newest-first list of article summaries: the whole archive (`latest`) or one
 * tag's articles. The publish step cuts every list into shards of `LIST_SHARD_SIZE`, so no KV
 * value grows with the archive and any API page needs at most two reads.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION, TagRefSchema } from './article-record'
import { ArticleSummarySchema } from './article-summary'
import { AuthorProfileSchema } from './author-profile'
import { SectionRefSchema } from './refs'

/** Articles per stored shard. It is at least the largest API `limit`, so a page spans ≤ 2 shards. */
export const LIST_SHARD_SIZE = 50

/** Shards of a list of `total` articles: there is always a shard 1, even for an empty list. */
export const listShardCount = (total: number) => Math.max(1, Math.ceil(total / LIST_SHARD_SIZE))

const listShardEntries = {
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  /** 1-based shard number. */
  shard: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Articles in the whole list, so any shard can answer pagination totals. */
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * Publication times of the list's scheduled articles (in the future when published). They are
   * the newest, so they head the list; the Worker hides as many of them as are still to come.
   */
  upcoming: v.optional(v.array(v.string()), []),
  articles: v.array(ArticleSummarySchema),
}

/** A shard of the list of every published article. */
export const LatestShardSchema = v.object(listShardEntries)

/** A shard of one tag's articles; it names the tag so a tag page is one read. */
export const TagShardSchema = v.object({ ...listShardEntries, tag: TagRefSchema })

/** A shard of one section's articles; it names the section. */
export const SectionShardSchema = v.object({ ...listShardEntries, section: SectionRefSchema })

/** A shard of one author's articles; it carries the author's profile, for the author page. */
export const AuthorShardSchema = v.object({ ...listShardEntries, author: AuthorProfileSchema })

export type ListShard = v.InferOutput<typeof LatestShardSchema>
export type TagShard = v.InferOutput<typeof TagShardSchema>
export type SectionShard = v.InferOutput<typeof SectionShardSchema>
export type AuthorShard = v.InferOutput<typeof AuthorShardSchema>
