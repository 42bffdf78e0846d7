/**
 * @module
 * A KV value as the publish step holds it: UTF-8 JSON bytes, the form KV stores. Not a string:
 * V8 keeps any string with Arabic in it at two bytes a character, in the collected heap, so a
 * 100k-article archive held as strings costs a third more memory and slows every collection.
 */

export type KvValue = Uint8Array

export const jsonValue = (value: unknown): KvValue => Buffer.from(JSON.stringify(value))

const decoder = new TextDecoder()

export const valueText = (value: KvValue): string => decoder.decode(value)

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * A value as one pair of a KV bulk write: as text when it is UTF-8 (JSON records), as base64
 * when it is not (the search index's binary values), which text would corrupt.
 */
export function bulkPair(
  key: string,
  value: KvValue
): { key: string; value: string; base64?: true } {
  try {
    return { key, value: strict.decode(value) }
  } catch {
    return { key, value: Buffer.from(value).toString('base64'), base64: true }
  }
}

/**
 * A value as wrangler's platform proxy and Miniflare's KV binding take it on Node: text for UTF-8
 * records, and for the search index's binary values (which text would corrupt) an ArrayBuffer of
 * exactly their bytes (the proxy refuses a view, and a Buffer's own ArrayBuffer is a shared pool).
 */
export function proxyValue(value: KvValue): string | ArrayBuffer {
  const pair = bulkPair('', value)
  return pair.base64 ? new Uint8Array(value).buffer : pair.value
}
