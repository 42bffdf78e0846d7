/**
 * @module
 * Where a publish writes: local KV (what `wrangler dev` and `npm start` read) or the remote
 * namespace (through wrangler's bulk commands).
 */
import type { KvValue } from './kv-value'

export interface KvTarget {
  /** The value at `key`, or `null` when there is none. */
  getText(key: string): Promise<string | null>
  /** Every key under `prefix`. */
  listKeys(prefix: string): Promise<string[]>
  /** Writes the pairs in the order given. */
  putMany(entries: Array<[key: string, value: KvValue]>): Promise<void>
  deleteMany(keys: string[]): Promise<void>
  close(): Promise<void>
}
