/**
 * The production bundle served by workerd (through Miniflare) on a loopback port, with local KV
 * holding the published seed, so that clients nobody here wrote can talk to it over HTTP.
 */
import { dirname } from 'node:path'
import { Miniflare } from 'miniflare'
import { inject } from 'vitest'

export type ServedSite = {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string
  get: (path: string, init?: RequestInit) => Promise<Response>
  kv: () => Promise<KVNamespace>
  close: () => Promise<void>
}

export async function serveSite(records: Array<[string, string]> = inject('seedRecords')): Promise<ServedSite> {
  const bundle = inject('workerBundle')
  const mf = new Miniflare({
    modules: true,
    scriptPath: bundle,
    modulesRoot: dirname(bundle),
    compatibilityDate: '2026-04-20',
    kvNamespaces: ['CONTENT'],
    bindings: { SITE_URL: '' },
    host: '127.0.0.1',
    port: 0,
  })
  const url = await mf.ready
  const kv = (await mf.getKVNamespace('CONTENT')) as unknown as KVNamespace
  for (const [key, value] of records) await kv.put(key, value)
  const origin = url.origin
  return {
    origin,
    get: (path, init) => fetch(new URL(path, origin), init),
    kv: async () => kv,
    close: () => mf.dispose(),
  }
}
