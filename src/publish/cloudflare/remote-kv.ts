/**
 * @module
 * The remote namespace, through Cloudflare's KV REST API: the endpoints `wrangler kv` calls, with
 * wrangler's credentials, called directly. One wrangler process per batch would cost a Node
 * start-up each (about a second, 115 times for a 100k-article archive), and wrangler neither
 * retries nor says which of its batches landed; here every batch is retried on its own, and the
 * publish step records each one that lands.
 */
import pLimit from 'p-limit'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mediaContentType } from '../../store/media-keys'
import { keyBatches, type BulkLimits } from '../plan/bulk-batches'
import type { KvTarget, MediaTarget } from '../plan/kv-target'
import { bulkPair } from '../records/kv-value'
import { CloudflareApiError, cloudflareApi, type CloudflareApiOptions } from './cloudflare-api'
import type { RemoteNamespace } from './cloudflare-credentials'

/**
 * A thousand pairs a request, as `wrangler kv bulk put` sends them (KV takes ten times more): a
 * failed batch is sent again whole, so smaller batches waste less on a flaky link.
 */
const REMOTE_BATCH_LIMITS: BulkLimits = { maxPairs: 1000, maxBytes: 16 * 1024 * 1024 }

/** KV lists at most 1,000 keys a page. */
const LIST_PAGE = 1000
/** Requests in flight at once: manifest shard reads, image objects stored or deleted. */
const REQUEST_CONCURRENCY = 6

/**
 * The R2 bucket, through R2's REST API (the endpoints `wrangler r2 object put` and `delete`
 * call), with the same credentials, retries and report as the namespace.
 */
function remoteBucket(api: ReturnType<typeof cloudflareApi>, remote: RemoteNamespace): MediaTarget {
  const objects = (key: string) =>
    `/accounts/${encodeURIComponent(remote.accountId)}/r2/buckets/${encodeURIComponent(remote.bucketName ?? '')}/objects/${encodeURIComponent(key)}`
  const inParallel = pLimit(REQUEST_CONCURRENCY)
  return {
    async putObjects(list) {
      await inParallel.map(list, async ({ key, path }) => {
        await api.call('PUT', objects(key), {
          body: new Uint8Array(readFileSync(path)),
          contentType: mediaContentType(key),
        })
      })
    },
    async deleteObjects(keys) {
      // A key that is not there is a 404: already gone.
      await inParallel.map(keys, (key) => api.send('DELETE', objects(key)))
    },
  }
}

export type RemoteKvOptions = Pick<CloudflareApiOptions, 'retry' | 'timeoutMs'>

export function openRemoteKv(remote: RemoteNamespace, options: RemoteKvOptions = {}): KvTarget {
  const api = cloudflareApi({ baseUrl: remote.baseUrl, auth: remote.auth, ...options })
  const namespace = `/accounts/${encodeURIComponent(remote.accountId)}/storage/kv/namespaces/${encodeURIComponent(remote.namespaceId)}`
  const inParallel = pLimit(REQUEST_CONCURRENCY)

  async function getText(key: string): Promise<string | null> {
    const response = await api.send('GET', `${namespace}/values/${encodeURIComponent(key)}`)
    // A missing key is a 404 with error 10009: an empty namespace, not a failure.
    if (response.status === 404) return null
    return response.text()
  }

  return {
    name: `remote namespace ${remote.namespaceId}`,
    journalPath: join(
      '.wrangler',
      'minbar',
      `publish-journal-${remote.accountId}-${remote.namespaceId}.ndjson`
    ),
    batchLimits: REMOTE_BATCH_LIMITS,
    getText,
    getTexts: (keys) => inParallel.map(keys, getText),
    async listKeys(prefix) {
      const keys: string[] = []
      let cursor: string | undefined
      do {
        const page = await api.call('GET', `${namespace}/keys`, {
          query: { prefix, limit: String(LIST_PAGE), cursor },
        })
        keys.push(...(page.result as Array<{ name: string }>).map((key) => key.name))
        // The last page's cursor is empty.
        cursor = page.result_info?.cursor
        if (cursor === '') cursor = undefined
      } while (cursor)
      return keys
    },
    async putBatch(entries) {
      const body = entries.map(([key, value]) => bulkPair(key, value))
      const { result } = await api.call('PUT', `${namespace}/bulk`, { body })
      const refused =
        (result as { unsuccessful_keys?: string[] } | undefined)?.unsuccessful_keys ?? []
      if (refused.length > 0)
        throw new CloudflareApiError(
          `KV refused ${refused.length} key(s) of the batch, e.g. ${refused[0]}`,
          200
        )
    },
    async deleteBatch(keys) {
      for (const batch of keyBatches(keys, LIST_PAGE * 10))
        await api.call('POST', `${namespace}/bulk/delete`, { body: batch })
    },
    ...(remote.bucketName ? { media: remoteBucket(api, remote) } : {}),
    report: () =>
      `${api.stats.calls} API call(s), ${(api.stats.bytesSent / 1e6).toFixed(1)} MB sent, ${api.stats.retries} retried`,
    close: async () => {},
  }
}
