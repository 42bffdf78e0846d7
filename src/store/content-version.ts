/**
 * @module
 * The content version of the last publish, which every edge cache key includes.
 */
import { ContentVersionSchema, type ContentVersion } from '../schema/publish-state'
import { versionKey } from './keys'
import { readRecord } from './read-record'

/**
 * KV's shortest edge-cache time for a read (its default is 60 s). The version is the one value
 * every request reads and every publish changes, so it is the one worth re-reading sooner: a
 * publish shows up everywhere within about 30 s instead of a minute.
 */
const VERSION_CACHE_TTL_SECONDS = 30

export function getContentVersion(kv: KVNamespace): Promise<ContentVersion | null> {
  return readRecord(kv, versionKey(), ContentVersionSchema, { cacheTtl: VERSION_CACHE_TTL_SECONDS })
}
