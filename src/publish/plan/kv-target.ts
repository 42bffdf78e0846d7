/**
 * @module
 * Where a publish writes: local KV (what `wrangler dev` and `npm start` read) or the remote
 * namespace (through Cloudflare's API). The publish step cuts writes into batches of the target's
 * size and writes them one at a time, so that it knows exactly which have landed.
 */
import type { MediaObject } from '../images/article-images'
import type { KvValue } from '../records/kv-value'
import type { BulkLimits } from './bulk-batches'

export type KvPair = [key: string, value: KvValue]

/** The R2 bucket beside the namespace, where image objects go. */
export interface MediaTarget {
  /** Stores each object (its bytes read from the cache) with its content type. */
  putObjects(objects: MediaObject[]): Promise<void>
  /** Deletes objects; one that is not there is no error. */
  deleteObjects(keys: string[]): Promise<void>
}

export interface KvTarget {
  /** Names the namespace: `local` or `remote`, and where. */
  readonly name: string
  /** Where the publish step keeps its resume journal for this namespace (see `publish-journal.ts`). */
  readonly journalPath: string
  /** The most one write request may carry. */
  readonly batchLimits: BulkLimits
  /** The value at `key`, or `null` when there is none. */
  getText(key: string): Promise<string | null>
  /** The values at `keys`, in order, `null` where there is none. */
  getTexts(keys: string[]): Promise<Array<string | null>>
  /** Every key under `prefix`. */
  listKeys(prefix: string): Promise<string[]>
  /** Writes one batch: it lands whole, or the call throws. */
  putBatch(entries: KvPair[]): Promise<void>
  /** Deletes one batch of keys; a key that is not there is no error. */
  deleteBatch(keys: string[]): Promise<void>
  /** The image bucket, where this target has one. */
  readonly media?: MediaTarget
  /** A line on what crossed the network, where it did. */
  report?(): string
  close(): Promise<void>
}
