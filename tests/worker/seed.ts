/**
 * Test helpers inside workerd: load the published seed into the test KV, and fetch through
 * the Worker's own entry point.
 */
import { env, exports } from 'cloudflare:workers'
import { inject } from 'vitest'
import { versionKey } from '../../src/store/keys'
import { mediaContentType } from '../../src/store/media-keys'
import { storedValue } from '../seed-value'

export const ORIGIN = 'https://minbar.test'

export const NK_SLUG = 'north-korea-russia-relations'
export const MOJ_SLUG = 'moj-uae-university-forensic-medicine'

/**
 * Writes every record the publish step built from `content/` into this test's KV, and a fresh
 * content version, as a publish does, so each test starts with its own edge cache keys.
 */
export async function loadSeed(): Promise<void> {
  await Promise.all(
    inject('seedRecords').map((record) => env.CONTENT.put(record[0], storedValue(record)))
  )
  await bumpContentVersion()
}

/**
 * Loads the seed with generated images (see tests/image-corpus.ts): its records into KV and its
 * image objects into R2.
 */
export async function loadImageSite(): Promise<void> {
  const { records, objects } = inject('imageSite')
  await Promise.all(records.map((record) => env.CONTENT.put(record[0], storedValue(record))))
  await Promise.all(
    objects.map(([key, base64]) =>
      env.MEDIA.put(key, storedValue([key, base64, true]), {
        httpMetadata: { contentType: mediaContentType(key) },
      })
    )
  )
  await bumpContentVersion()
}

/** Loads the newsroom corpus (tests/newsroom-corpus.ts) instead of the seed, with a fresh content version. */
export async function loadNewsroom(): Promise<void> {
  await Promise.all(
    inject('newsroomRecords').map((record) => env.CONTENT.put(record[0], storedValue(record)))
  )
  await bumpContentVersion()
}

/** Loads the search corpus (see search-corpus.ts) instead of the seed, with a fresh content version. */
export async function loadSearchCorpus(): Promise<void> {
  await Promise.all(
    inject('searchRecords').map((record) => env.CONTENT.put(record[0], storedValue(record)))
  )
  await bumpContentVersion()
}

/** What a publish does after changing records: a new content version, so new cache keys. */
export async function bumpContentVersion(upcoming: string[] = []): Promise<void> {
  const version = { schema_version: 1, content_version: crypto.randomUUID(), upcoming }
  await env.CONTENT.put(versionKey(), JSON.stringify(version))
}

/** A request to the Worker exactly as the edge would deliver it. */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(ORIGIN + path, init))
}
