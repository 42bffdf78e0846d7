/**
 * The KV records of `content/`, built on Node by the real publish pipeline, for tests that load
 * them into a test KV. Fails loudly when the content itself does not publish.
 */
import { buildContentRecords } from '../src/publish/build-content'
import { valueText } from '../src/publish/kv-value'

export const seedRecords = async (contentDir = 'content'): Promise<Array<[string, string]>> =>
  [...(await buildContentRecords(contentDir))].map(([key, value]) => [key, valueText(value)])

declare module 'vitest' {
  export interface ProvidedContext {
    seedRecords: Array<[string, string]>
  }
}
