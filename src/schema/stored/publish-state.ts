/**
 * @module
 * What a publish leaves in KV besides content: the content version the Worker keys its edge cache
 * on, and the manifest of every record's hash that the next publish diffs against.
 */
import * as v from 'valibot'
import { TimestampSchema } from '../timestamp'
import { RECORD_SCHEMA_VERSION } from './article-record'

/** `v1:version`: read by the Worker on every cacheable request, so it stays tiny. */
export const ContentVersionSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  /** Hash of every content record: any change to any served byte changes it. */
  content_version: v.string(),
  /** Publication times of scheduled articles; each one that comes due changes the cache key. */
  upcoming: v.optional(v.array(v.string()), []),
  /**
   * When this content version was first published. KV takes up to a minute to show new values
   * everywhere, so pages rendered soon after are kept only briefly (see `edgeCache`).
   */
  since: v.optional(TimestampSchema),
})

/** `v1:manifest`: the head of the manifest, written last by every publish that changed anything. */
export const ManifestSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  content_version: v.string(),
  /** The content version this publish replaced, for rollbacks. */
  previous_content_version: v.nullable(v.string()),
  /** The git commit `content/` was published from, when known: `--from` it to roll back here. */
  source_commit: v.nullable(v.string()),
  previous_source_commit: v.nullable(v.string()),
  published_at: v.string(),
  /** Number of `v1:manifest:<n>` shards. */
  shards: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Records the manifest lists. */
  keys: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

/** `v1:manifest:<n>`: key → content hash for the keys that hash into shard n. */
export const ManifestShardSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  entries: v.record(v.string(), v.string()),
})

export type ContentVersion = v.InferOutput<typeof ContentVersionSchema>
export type Manifest = v.InferOutput<typeof ManifestSchema>
