/**
 * @module
 * Local KV through wrangler's own platform proxy, so the data lands exactly where
 * `wrangler dev` looks for it (`.wrangler/state/v3` unless told otherwise).
 */
import { getPlatformProxy } from 'wrangler'
import { join } from 'node:path'
import type { KvTarget } from './kv-target'
import { proxyValue } from './kv-value'

export type LocalKvOptions = {
  /** Folder of wrangler's local state; wrangler's default when absent. */
  persistTo?: string
  configPath?: string
}

/** wrangler's local state folder when none is given. */
const DEFAULT_STATE = join('.wrangler', 'state')

export async function openLocalKv(options: LocalKvOptions = {}): Promise<KvTarget> {
  const proxy = await getPlatformProxy<{ CONTENT: KVNamespace }>({
    configPath: options.configPath,
    persist: options.persistTo ? { path: options.persistTo } : true,
    remoteBindings: false,
  })
  const kv = proxy.env.CONTENT
  const getText = (key: string) => kv.get(key, 'text')
  return {
    name: `local KV (${options.persistTo ?? DEFAULT_STATE})`,
    journalPath: join(options.persistTo ?? DEFAULT_STATE, 'minbar-publish-journal.ndjson'),
    // Local writes go one key at a time; a batch only sets how often the journal is written.
    batchLimits: { maxPairs: 1000, maxBytes: 64 * 1024 * 1024 },
    getText,
    getTexts: (keys) => Promise.all(keys.map(getText)),
    async listKeys(prefix) {
      const keys: string[] = []
      let cursor: string | undefined
      do {
        const page: KVNamespaceListResult<unknown, string> = await kv.list({ prefix, cursor })
        keys.push(...page.keys.map((key) => key.name))
        cursor = page.list_complete ? undefined : page.cursor
      } while (cursor)
      return keys
    },
    async putBatch(entries) {
      for (const [key, value] of entries) await kv.put(key, proxyValue(value))
    },
    async deleteBatch(keys) {
      for (const key of keys) await kv.delete(key)
    },
    close: () => proxy.dispose(),
  }
}
