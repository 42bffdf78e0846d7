/**
 * @module
 * KV key names. Every key starts with a schema version, so a change of record shape can be
 * published beside the old keys and switched over, never half-read.
 */

/** Prefix of every key this version of Minbar reads or writes. */
export const KEY_PREFIX = 'v1:'

/** Every article record's key starts with this. */
export const ARTICLE_KEY_PREFIX = `${KEY_PREFIX}article:`

export const articleKey = (slug: string) => ARTICLE_KEY_PREFIX + slug

export const latestShardKey = (shard: number) => `${KEY_PREFIX}latest:${shard}`

export const tagIndexKey = () => `${KEY_PREFIX}tags`

export const tagShardKey = (tagSlug: string, shard: number) =>
  `${KEY_PREFIX}tag:${tagSlug}:${shard}`

/** The publication: see `SiteRecordSchema`. */
export const siteKey = () => `${KEY_PREFIX}site`

export const sectionIndexKey = () => `${KEY_PREFIX}sections`

export const sectionShardKey = (sectionSlug: string, shard: number) =>
  `${KEY_PREFIX}section:${sectionSlug}:${shard}`

export const authorIndexKey = () => `${KEY_PREFIX}authors`

/** Shard 1 of an author's list carries their profile (see `AuthorShardSchema`). */
export const authorShardKey = (authorSlug: string, shard: number) =>
  `${KEY_PREFIX}author:${authorSlug}:${shard}`

export const pageKey = (slug: string) => `${KEY_PREFIX}page:${slug}`

/** The content version: see `ContentVersionSchema`. */
export const versionKey = () => `${KEY_PREFIX}version`

/** The manifest head and its shards; not content, so never listed in the manifest itself. */
export const manifestKey = () => `${KEY_PREFIX}manifest`

export const manifestShardKey = (shard: number) => `${KEY_PREFIX}manifest:${shard}`

export const isManifestKey = (key: string) =>
  key === manifestKey() || key.startsWith(`${manifestKey()}:`)

/** The search index (see `src/search/`): its meta value, term shards, heavy terms and result records. */
export const searchMetaKey = () => `${KEY_PREFIX}search:meta`

export const searchShardKey = (shard: number) => `${KEY_PREFIX}search:shard:${shard}`

export const searchTermKey = (stem: string) => `${KEY_PREFIX}search:term:${stem}`

export const searchDocKey = (docId: number) => `${KEY_PREFIX}search:doc:${docId}`
