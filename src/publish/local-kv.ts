/**
 * @module
 * Local KV through wrangler's own platform proxy, so the data lands exactly where
 * `wrangler dev` looks for it (`.wrangler/state/v3` unless told otherwise).
 */
import { getPlatformProxy } from 'wrangler'
import type { KvTarget } from './kv-target'
import { valueText } from './kv-value'

export type LocalKvOptions = {
  /** Folder of wrangler's local state; wrangler's default when absent. */
  persistTo?: string
  configPath?: string
}

export async function openLocalKv(options: LocalKvOptions = {}): Promise<KvTarget> {
  const proxy = await getPlatformProxy<{ CONTENT: KVNamespace }>({
    configPath: options.configPath,
    persist: options.persistTo ? { path: options.persistTo } : true,
    remoteBindings: false,
  })
  const kv = proxy.env.CONTENT
  return {
    getText: (key) => kv.get(key, 'text'),
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
    async putMany(entries) {
      for (const [key, value] of entries) await kv.put(key, valueText(value))
    },
    async deleteMany(keys) {
      for (const key of keys) await kv.delete(key)
    },
    close: () => proxy.dispose(),
  }
}
