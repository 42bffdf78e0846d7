/**
 * The production bundle served by workerd (through Miniflare) on a loopback port, so that
 * clients nobody here wrote can talk to it over HTTP. Its KV is either loaded with the
 * published seed, or is the local KV a real `publish --local --persist-to` wrote.
 */
import { Miniflare } from 'miniflare'
import { inject } from 'vitest'
import { dirname, join } from 'node:path'
import { mediaContentType } from '../../src/store/media-keys'
import { type SeedRecord, storedValue } from '../seed-value'
import { COMPATIBILITY_DATE, KV_NAMESPACE_ID } from '../support/worker-bundle'

export type ServedSite = {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string
  get: (path: string, init?: RequestInit) => Promise<Response>
  close: () => Promise<void>
}

export async function serveSite(
  options: {
    records?: SeedRecord[]
    /** Image objects for the R2 bucket: `[key, bytes in base64]`. */
    objects?: Array<[key: string, base64: string]>
    persistTo?: string
  } = {}
): Promise<ServedSite> {
  const bundle = inject('workerBundle')
  const mf = new Miniflare({
    modules: true,
    scriptPath: bundle,
    modulesRoot: dirname(bundle),
    compatibilityDate: COMPATIBILITY_DATE,
    ...(options.persistTo
      ? { kvNamespaces: { CONTENT: KV_NAMESPACE_ID }, kvPersist: join(options.persistTo, 'kv') }
      : { kvNamespaces: ['CONTENT'] }),
    ...(options.persistTo
      ? { r2Buckets: { MEDIA: 'minbar-media' }, r2Persist: join(options.persistTo, 'r2') }
      : { r2Buckets: ['MEDIA'] }),
    // Tests publish and read back at once: no isolate may keep an old content version.
    bindings: { SITE_URL: '', VERSION_MEMO_MS: '0' },
    host: '127.0.0.1',
    port: 0,
  })
  const url = await mf.ready
  if (!options.persistTo) {
    const kv = await mf.getKVNamespace('CONTENT')
    for (const record of options.records ?? inject('seedRecords'))
      await kv.put(record[0], storedValue(record))
  }
  if (options.objects) {
    const bucket = await mf.getR2Bucket('MEDIA')
    for (const [key, base64] of options.objects)
      // The proxy takes an ArrayBuffer of exactly the bytes, not a view.
      await bucket.put(key, new Uint8Array(Buffer.from(base64, 'base64')).buffer, {
        httpMetadata: { contentType: mediaContentType(key) },
      })
  }
  const origin = url.origin
  return {
    origin,
    get: (path, init) => fetch(new URL(path, origin), init),
    close: () => mf.dispose(),
  }
}
