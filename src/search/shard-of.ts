/**
 * @module
 * Which index value holds a stem: the same arithmetic for the publish step and the Worker.
 */

const encoder = new TextEncoder()

/** FNV-1a over the UTF-8 bytes: fast, stable across runtimes, and spreads short words well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193)
  return hash >>> 0
}

/**
 * The shard (1-based) of `stem` among `shards`. A word's surface forms live with its stem, so one
 * read finds both.
 * @example shardOf('صين', 64) // a number from 1 to 64
 */
export const shardOf = (stem: string, shards: number) => (fnv1a(stem) % shards) + 1
