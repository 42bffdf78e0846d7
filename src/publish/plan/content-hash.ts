/**
 * @module
 * Content hashes for the manifest and the content version: SHA-256, shortened to 128 bits and
 * written in base64url, which is plenty to tell records apart and keeps the manifest small.
 */
import * as crypto from 'node:crypto'

/**
 * One-shot `crypto.hash` where Node has it (20.12 and later): a `createHash` object per record
 * is a stream, and 100k of them left for the collector cost hundreds of megabytes.
 */
const sha256 = (text: string | Uint8Array): string =>
  'hash' in crypto && typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'base64url')
    : crypto.createHash('sha256').update(text).digest('base64url')

export const contentHash = (text: string | Uint8Array) => sha256(text).slice(0, 22)

/** One hash over many `key → hash` pairs, independent of their order. */
export function combinedHash(entries: Map<string, string>): string {
  const hash = crypto.createHash('sha256')
  for (const key of [...entries.keys()].sort()) hash.update(`${key}\u0000${entries.get(key)}\u0000`)
  return hash.digest('base64url').slice(0, 22)
}
