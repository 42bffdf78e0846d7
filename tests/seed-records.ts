/**
 * The KV records of `content/`, built on Node by the real publish pipeline, for tests that load
 * them into a test KV. Fails loudly when the content itself does not publish. Values travel as
 * bulk-write pairs (text, or base64 for the search index's binary values) and are loaded back
 * as the bytes the publish step wrote, with `storedValue` (seed-value.ts, which workerd can load).
 */
import { buildContentRecords } from '../src/publish/build-content'
import { bulkPair } from '../src/publish/records/kv-value'

import type { ImageSite } from './image-corpus'
import type { SeedRecord } from './seed-value'

export const seedRecords = async (
  contentDir = 'content',
  now = Date.now()
): Promise<SeedRecord[]> =>
  [...(await buildContentRecords(contentDir, now))].map(([key, value]) => {
    const pair = bulkPair(key, value)
    return [key, pair.value, pair.base64 === true]
  })

declare module 'vitest' {
  export interface ProvidedContext {
    seedRecords: SeedRecord[]
    /** The search corpus (tests/worker/search-corpus.ts), built as of 2020: see there. */
    searchRecords: SeedRecord[]
    /** A newsroom with twelve sections, authors and pages (tests/newsroom-corpus.ts). */
    newsroomRecords: SeedRecord[]
    /** The seed with generated images (tests/image-corpus.ts): KV records and R2 objects. */
    imageSite: ImageSite
  }
}
