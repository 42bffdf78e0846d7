/**
 * @module
 * The content version of the last publish, which every edge cache key includes.
 */
import { ContentVersionSchema, type ContentVersion } from '../schema/publish-state'
import { versionKey } from './keys'
import { readRecord } from './read-record'

export function getContentVersion(kv: KVNamespace): Promise<ContentVersion | null> {
  return readRecord(kv, versionKey(), ContentVersionSchema)
}
