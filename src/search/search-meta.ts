/**
 * @module
 * The index's meta value, read once per content version per isolate: every query needs it, and
 * it only changes with a publish, so a busy isolate reads it about never.
 */
import * as v from 'valibot'
import { boundedMemo } from '../cache/bounded-memo'
import { searchMetaKey } from '../store/keys'
import { CorruptRecordError } from '../store/read-record'
import { SearchMetaSchema, type SearchMeta } from './search-records'
import type { SearchStore } from './search-store'

/** By content version: the current one, and the one before while a publish settles. */
const memo = boundedMemo<Promise<SearchMeta | null>>('search meta', 2)

async function readMeta(store: SearchStore): Promise<SearchMeta | null> {
  const key = searchMetaKey()
  const bytes = await store.bytes(key)
  if (bytes === null) return null
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new CorruptRecordError(key, 'not valid JSON')
  }
  const parsed = v.safeParse(SearchMetaSchema, json)
  if (!parsed.success) throw new CorruptRecordError(key, v.summarize(parsed.issues))
  return parsed.output
}

/**
 * The meta value (null when no index is published), remembered under `version` when given.
 * A failed read is not remembered, so the next query tries again.
 */
export function searchMeta(store: SearchStore, version?: string): Promise<SearchMeta | null> {
  if (version === undefined) return readMeta(store)
  let meta = memo.get(version)
  if (!meta) {
    meta = readMeta(store)
    meta.catch(() => memo.delete(version))
    memo.set(version, meta)
  }
  return meta
}
