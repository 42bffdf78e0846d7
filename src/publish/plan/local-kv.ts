/**
 * @module
 * Local KV and the local R2 bucket, through wrangler's own platform proxy (Miniflare), so the
 * data lands exactly where `wrangler dev` looks for it (`.wrangler/state/v3` unless told otherwise).
 */
import { getPlatformProxy } from 'wrangler'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mediaContentType } from '../../store/media-keys'
import { proxyValue } from '../records/kv-value'
import type { KvTarget } from './kv-target'

export type LocalKvOptions = {
  /** Folder of wrangler's local state; wrangler's default when absent. */
  persistTo?: string
  configPath?: string
}

/** wrangler's local state folder when none is given. */
const DEFAULT_STATE = join('.wrangler', 'state')

export async function openLocalKv(options: LocalKvOptions = {}): Promise<KvTarget> {
  const proxy = await getPlatformProxy<{ CONTENT: KVNamespace; MEDIA: R2Bucket }>({
    configPath: options.configPath,
    persist: options.persistTo ? { path: options.persistTo } : true,
    remoteBindings: false,
  })
  const kv = proxy.env.CONTENT
  const bucket = proxy.env.MEDIA
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
    media: {
      async putObjects(objects) {
        for (const { key, path } of objects) {
          const bytes = new Uint8Array(readFileSync(path)).buffer
          await bucket.put(key, bytes, { httpMetadata: { contentType: mediaContentType(key) } })
        }
      },
      async deleteObjects(keys) {
        if (keys.length > 0) await bucket.delete(keys)
      },
    },
    close: () => proxy.dispose(),
  }
}
