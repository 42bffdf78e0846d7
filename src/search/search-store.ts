/**
 * @module
 * The two kinds of KV read a search makes, behind a small interface so the engine is a pure
 * function of what it reads: Workers KV in the Worker (`kvSearchStore`), a Map in tests and the
 * benchmark. A failed read becomes `StorageUnavailableError`, as everywhere else in the app.
 */
import { StorageUnavailableError } from '../store/read-record'

export type SearchStore = {
  /** One value as bytes (an index value), or null when the key does not exist. */
  bytes(key: string): Promise<Uint8Array | null>
  /** Up to 100 values as text, in one bulk read: key → value, or null when it does not exist. */
  texts(keys: string[]): Promise<Map<string, string | null>>
}

const failure = (key: string, error: unknown) =>
  new StorageUnavailableError(key, error instanceof Error ? error.message : String(error))

/**
 * Reads through the `CONTENT` binding: `get(key, 'arrayBuffer')` and KV's bulk `get(keys, 'text')`.
 * @example const found = await searchArticles(kvSearchStore(c.env.CONTENT), { q, page, limit, version })
 */
export function kvSearchStore(kv: KVNamespace): SearchStore {
  return {
    async bytes(key) {
      try {
        const buffer = await kv.get(key, 'arrayBuffer')
        return buffer === null ? null : new Uint8Array(buffer)
      } catch (error) {
        throw failure(key, error)
      }
    },
    async texts(keys) {
      if (keys.length === 0) return new Map()
      try {
        return await kv.get(keys, 'text')
      } catch (error) {
        throw failure(keys[0]!, error)
      }
    },
  }
}
