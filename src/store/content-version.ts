/**
 * @module
 * The content version of the last publish, which every edge cache key includes. It is the one
 * value every request reads, so an isolate keeps what it read for a moment (`memoMs`, the
 * `VERSION_MEMO_MS` setting): on a busy site that turns a KV read per request into one per
 * isolate per second. KV already lets the version lag by up to its 30 s cache time, so a second
 * more costs readers little.
 */
import { boundedMemo } from '../cache/bounded-memo'
import { ContentVersionSchema, type ContentVersion } from '../schema/stored/publish-state'
import { versionKey } from './keys'
import { readRecord } from './read-record'

/**
 * KV's shortest edge-cache time for a read (its default is 60 s). The version is the one value
 * every request reads and every publish changes, so it is the one worth re-reading sooner: a
 * publish shows up everywhere within about 30 s instead of a minute.
 */
const VERSION_CACHE_TTL_SECONDS = 30

/** How long an isolate keeps the version when `VERSION_MEMO_MS` is unset or not a number. */
export const DEFAULT_VERSION_MEMO_MS = 1000

/** The setting as milliseconds: a whole number from 0 (always read) up. */
export function versionMemoMs(setting: string | undefined): number {
  const ms = Number(setting)
  return setting !== undefined && setting.trim() !== '' && Number.isInteger(ms) && ms >= 0
    ? ms
    : DEFAULT_VERSION_MEMO_MS
}

/** The last reading, with when it was made: one entry. */
const readings = boundedMemo<{ version: ContentVersion | null; readAt: number }>(
  'content version',
  1
)
const LAST = 'last'

/** The version, from this isolate's memory when it read it less than `memoMs` before `now`. */
export async function getContentVersion(
  kv: KVNamespace,
  now: number,
  memoMs: number
): Promise<ContentVersion | null> {
  const remembered = readings.get(LAST)
  if (remembered && now >= remembered.readAt && now - remembered.readAt < memoMs)
    return remembered.version
  // A failed read throws, and is not remembered.
  const version = await readRecord(kv, versionKey(), ContentVersionSchema, {
    cacheTtl: VERSION_CACHE_TTL_SECONDS,
  })
  readings.set(LAST, { version, readAt: now })
  return version
}
