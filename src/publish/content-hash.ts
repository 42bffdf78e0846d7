/**
 * @module
 * Content hashes for the manifest and the content version: SHA-256, shortened to 128 bits and
 * written in base64url, which is plenty to tell records apart and keeps the manifest small.
 */
import { createHash } from 'node:crypto'

export const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22)

/** One hash over many `key → hash` pairs, independent of their order. */
export function combinedHash(entries: Map<string, string>): string {
  const hash = createHash('sha256')
  for (const key of [...entries.keys()].sort()) hash.update(`${key}\u0000${entries.get(key)}\u0000`)
  return hash.digest('base64url').slice(0, 22)
}
