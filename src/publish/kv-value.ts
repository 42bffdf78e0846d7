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
