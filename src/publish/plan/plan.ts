/**
 * @module
 * The publish plan: which keys to write, which to delete, in which order. It compares the new
 * records with the previous manifest, so an unchanged record is never written again (KV bills
 * writes, and allows one write per second per key).
 *
 * Order, so that readers never follow a link to a record that is not there yet:
 * 1. article records, each after the articles it links to;
 * 2. the lists that point at articles (tag pages, latest, tag index);
 * 3. deletions of keys no record owns any more;
 * 4. the content version, once the content is complete, so no page rendered mid-publish is
 *    cached under the new version;
 * 5. the manifest, last, so a run that dies midway is simply planned and run again.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION } from '../../schema/stored/article-record'
import { ContentVersionSchema, ManifestSchema } from '../../schema/stored/publish-state'
import {
  ARTICLE_KEY_PREFIX,
  isManifestKey,
  manifestKey,
  manifestShardKey,
  versionKey,
} from '../../store/keys'
import type { MediaObject } from '../images/article-images'
import { jsonValue, type KvValue } from '../records/kv-value'
import { combinedHash, contentHash } from './content-hash'
import type { KvPair } from './kv-target'
import { manifestShardCount, manifestShards, type StoredManifest } from './manifest'
import type { Landed } from './publish-journal'

export type PublishPlan = {
  /** Content writes, in safe order. */
  writes: KvPair[]
  deletes: string[]
  /** The content version (when it changed) and the manifest, written after the deletions. */
  finalWrites: KvPair[]
  manifestDeletes: string[]
  /** Image objects to store in R2 before any record that shows them. */
  mediaWrites: MediaObject[]
  /** Image objects no published article uses any more, deleted with the records. */
  mediaDeletes: string[]
  /** Content records and image objects already stored. */
  unchanged: number
  contentVersion: string
  /** Keys written that did not exist before (the rest of `writes` changed). */
  created: Set<string>
  /** Every content key's hash, as the manifest records it. */
  hashes: ReadonlyMap<string, string>
}

export type PlanInput = {
  /** Every content record of this publish, except the content version (added here). */
  records: Map<string, KvValue>
  /** Article key → slugs of the articles its record links to (see `BuiltRecords.links`). */
  links: ReadonlyMap<string, string[]>
  previous: StoredManifest | null
  /**
   * What an earlier publish that stopped midway landed on top of `previous` (its journal), so
   * that it is not written again, and what it created but no record owns now is deleted.
   */
  landed?: Landed
  /** Every image object the published articles use, by key (see `prepareImages`). */
  media?: ReadonlyMap<string, MediaObject>
  /** Keys found in KV under this version's prefix, for sweeping what no manifest knows of. */
  existingKeys: string[]
  /** Scheduled publication times, for the content version record. */
  upcoming: string[]
  sourceCommit: string | null
  now: Date
}

const isArticleKey = (key: string) => key.startsWith(ARTICLE_KEY_PREFIX)

/**
 * The manifest lists each image object in R2 under this prefix, with its content address as its
 * hash, so an object is uploaded once and deleted when no article uses it.
 */
export const MEDIA_MANIFEST_PREFIX = 'r2:'

const isMediaEntry = (key: string) => key.startsWith(MEDIA_MANIFEST_PREFIX)

/** A media object's manifest hash: its key is its content address. */
export const mediaEntryHash = (objectKey: string) => objectKey

/**
 * Orders article writes so that an article comes after the articles it links to (depth-first,
 * with an explicit stack: archives chain «إقرأ أيضاً» links thousands deep). Cycles keep file order.
 */
function linkTargetsFirst(articleWrites: KvPair[], links: ReadonlyMap<string, string[]>): KvPair[] {
  const pending = new Map(articleWrites)
  const ordered: KvPair[] = []
  const entered = new Set<string>()
  for (const [root] of articleWrites) {
    const stack: Array<{ key: string; targets?: string[] }> = [{ key: root }]
    while (stack.length > 0) {
      const frame = stack.at(-1)!
      const value = pending.get(frame.key)
      if (value === undefined) {
        stack.pop()
        continue
      }
      if (!frame.targets) {
        if (entered.has(frame.key)) {
          stack.pop()
          continue
        }
        entered.add(frame.key)
        frame.targets = (links.get(frame.key) ?? []).map((slug) => ARTICLE_KEY_PREFIX + slug)
      }
      const target = frame.targets.pop()
      if (target !== undefined) {
        if (pending.has(target) && !entered.has(target)) stack.push({ key: target })
        continue
      }
      pending.delete(frame.key)
      ordered.push([frame.key, value])
      stack.pop()
    }
  }
  return ordered
}

/** What KV holds, by the manifest and then the journal: key → hash. */
function storedHashes(
  previous: StoredManifest | null,
  landed: Landed | undefined
): Map<string, string> {
  const stored = new Map(previous?.entries ?? [])
  for (const [key, hash] of landed ?? []) {
    if (hash === null) stored.delete(key)
    else stored.set(key, hash)
  }
  return stored
}

export function planPublish({
  records,
  links,
  previous,
  landed,
  media = new Map(),
  existingKeys,
  upcoming,
  sourceCommit,
  now,
}: PlanInput): PublishPlan {
  const hashes = new Map([...records].map(([key, value]) => [key, contentHash(value)]))
  const contentVersion = combinedHash(hashes)
  const all = new Map(records)
  // Unchanged content keeps the time it was first published, so its version record stays as it is.
  const since =
    previous?.head.content_version === contentVersion
      ? previous.head.published_at
      : now.toISOString()
  const version = {
    schema_version: RECORD_SCHEMA_VERSION,
    content_version: contentVersion,
    upcoming,
    since,
  }
  all.set(versionKey(), jsonValue(v.parse(ContentVersionSchema, version)))
  hashes.set(versionKey(), contentHash(all.get(versionKey())!))

  const before = storedHashes(previous, landed)
  const mediaWrites = [...media.values()].filter(
    ({ key }) => !before.has(MEDIA_MANIFEST_PREFIX + key)
  )
  const mediaDeletes = [...before.keys()]
    .filter((key) => isMediaEntry(key) && !media.has(key.slice(MEDIA_MANIFEST_PREFIX.length)))
    .map((key) => key.slice(MEDIA_MANIFEST_PREFIX.length))
  for (const key of media.keys()) hashes.set(MEDIA_MANIFEST_PREFIX + key, mediaEntryHash(key))
  const changed = [...all].filter(([key]) => before.get(key) !== hashes.get(key))
  const contentWrites = changed.filter(([key]) => key !== versionKey())
  const articleWrites = linkTargetsFirst(
    contentWrites.filter(([key]) => isArticleKey(key)),
    links
  )
  const listWrites = contentWrites.filter(([key]) => !isArticleKey(key))
  const versionWrite = changed.filter(([key]) => key === versionKey())
  // Keys the manifest lists but no record owns, and strays left by a run that died before its manifest.
  const deletes = [...new Set([...before.keys(), ...existingKeys])].filter(
    (key) => !all.has(key) && !isManifestKey(key) && !isMediaEntry(key)
  )

  const manifestWrites: KvPair[] = []
  const manifestDeletes: string[] = []
  // A journal means KV already differs from its manifest, even when nothing is left to write.
  const mediaChanged = mediaWrites.length + mediaDeletes.length
  if (
    changed.length > 0 ||
    deletes.length > 0 ||
    mediaChanged > 0 ||
    previous === null ||
    (landed?.size ?? 0) > 0
  ) {
    const shards = manifestShards(hashes)
    for (const [shard, value] of shards) {
      if (previous?.shardValues.get(shard) !== value)
        manifestWrites.push([manifestShardKey(shard), Buffer.from(value)])
    }
    for (let shard = shards.size + 1; shard <= (previous?.head.shards ?? 0); shard++)
      manifestDeletes.push(manifestShardKey(shard))
    const head = {
      schema_version: RECORD_SCHEMA_VERSION,
      content_version: contentVersion,
      previous_content_version: previous?.head.content_version ?? null,
      source_commit: sourceCommit,
      previous_source_commit: previous?.head.source_commit ?? null,
      published_at: now.toISOString(),
      shards: manifestShardCount(hashes.size),
      keys: hashes.size,
    }
    manifestWrites.push([manifestKey(), jsonValue(v.parse(ManifestSchema, head))])
  }

  return {
    writes: [...articleWrites, ...listWrites],
    deletes,
    finalWrites: [...versionWrite, ...manifestWrites],
    manifestDeletes,
    mediaWrites,
    mediaDeletes,
    unchanged: all.size - changed.length + media.size - mediaWrites.length,
    contentVersion,
    created: new Set(changed.map(([key]) => key).filter((key) => !before.has(key))),
    hashes,
  }
}

/** The plain summary line: what a publish does, in one line a script can read. */
export function planLine(plan: PublishPlan): string {
  const writes = plan.mediaWrites.length + plan.writes.length + plan.finalWrites.length
  const deletes = plan.deletes.length + plan.mediaDeletes.length + plan.manifestDeletes.length
  return `plan: ${writes} to write, ${deletes} to delete, ${plan.unchanged} unchanged`
}
