/**
 * @module
 * The manifest: every content key with the hash of its value, stored in KV in shards (a key
 * always lands in the same shard while the shard count holds), so that a publish diffs against
 * it instead of reading every value back.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION } from '../../schema/stored/article-record'
import {
  ManifestSchema,
  ManifestShardSchema,
  type Manifest,
} from '../../schema/stored/publish-state'
import { manifestKey, manifestShardKey } from '../../store/keys'
import type { KvTarget } from './kv-target'

/** Keys per manifest shard: about 500 KB a shard, far under KV's 25 MiB value limit. */
const MANIFEST_SHARD_SIZE = 5000

export type StoredManifest = {
  head: Manifest
  entries: Map<string, string>
  shardValues: Map<number, string>
}

/** FNV-1a: a stable, fast spread of keys over shards. */
function bucketOf(key: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return ((hash >>> 0) % shards) + 1
}

export const manifestShardCount = (keys: number) =>
  Math.max(1, Math.ceil(keys / MANIFEST_SHARD_SIZE))

/** The manifest's shard values for `entries`, by shard number. */
export function manifestShards(entries: Map<string, string>): Map<number, string> {
  const count = manifestShardCount(entries.size)
  const buckets = new Map<number, Record<string, string>>()
  for (let shard = 1; shard <= count; shard++) buckets.set(shard, {})
  for (const key of [...entries.keys()].sort())
    buckets.get(bucketOf(key, count))![key] = entries.get(key)!
  return new Map(
    [...buckets].map(([shard, bucket]) => [
      shard,
      JSON.stringify({ schema_version: RECORD_SCHEMA_VERSION, entries: bucket }),
    ])
  )
}

/** `text` as JSON of `schema`'s shape, or `null`. */
function parsedJson<Schema extends v.GenericSchema>(
  schema: Schema,
  text: string
): v.InferOutput<Schema> | null {
  try {
    const result = v.safeParse(schema, JSON.parse(text))
    return result.success ? result.output : null
  } catch {
    return null
  }
}

/**
 * Reads the manifest a previous publish left, or `null` on a namespace never published to. A
 * manifest with a shard missing, or one that does not parse, cannot be trusted either: `null`
 * then too, and the publish rewrites everything, which is always safe.
 */
export async function readManifest(target: KvTarget): Promise<StoredManifest | null> {
  const headText = await target.getText(manifestKey())
  if (headText === null) return null
  const head = parsedJson(ManifestSchema, headText)
  if (head === null) return null
  const shardNumbers = Array.from({ length: head.shards }, (_, index) => index + 1)
  const texts = await target.getTexts(shardNumbers.map(manifestShardKey))
  const entries = new Map<string, string>()
  const shardValues = new Map<number, string>()
  for (const [index, text] of texts.entries()) {
    const shard = text === null ? null : parsedJson(ManifestShardSchema, text)
    if (text === null || shard === null) return null
    shardValues.set(index + 1, text)
    for (const [key, hash] of Object.entries(shard.entries)) entries.set(key, hash)
  }
  return { head, entries, shardValues }
}
