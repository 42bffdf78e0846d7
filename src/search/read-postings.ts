/**
 * @module
 * A docs block as two arrays: ascending doc ids and their weights. A `FIXED` block (a long list)
 * is read in place, two typed-array views over the value, with no pass over it; a varint block
 * (a short list) is decoded and checked as it is. A block of the wrong length is refused whole.
 */
import { FIXED, GRAM, type FoundEntry } from './index-format'

/**
 * A docs block: ascending doc ids and their weights, the second word's weights for a gram, and
 * the key of the value they are in.
 */
export type Postings = {
  ids: Uint32Array
  weights: Uint8Array
  second: Uint8Array | null
  key: string
}

/** Typed arrays read the platform's byte order; the format's is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

function readFixed(entry: FoundEntry): Postings {
  const { docs, df } = entry
  const { bytes } = docs
  const start = docs.offset + ((4 - (docs.offset % 4)) % 4)
  const grams = entry.kind === GRAM
  if (docs.end - start !== df * (grams ? 6 : 5))
    docs.fail(`${df} fixed postings do not fill their block`)
  let ids: Uint32Array
  const at = bytes.byteOffset + start
  if (LITTLE_ENDIAN && at % 4 === 0) ids = new Uint32Array(bytes.buffer, at, df)
  else {
    // A value held at an odd offset (never one read from KV): copied, not viewed.
    const view = new DataView(bytes.buffer, at, df * 4)
    ids = new Uint32Array(df)
    for (let i = 0; i < df; i++) ids[i] = view.getUint32(4 * i, true)
  }
  // Their order is checked where they are walked (`conjunction`), not in a pass of its own.
  const weights = bytes.subarray(start + df * 4, start + df * 5)
  const second = grams ? bytes.subarray(start + df * 5, docs.end) : null
  return { ids, weights, second, key: docs.key }
}

function readVarints(entry: FoundEntry): Postings {
  const { docs, df } = entry
  const { bytes } = docs
  const end = docs.end
  if (df * 2 > end - docs.offset)
    docs.fail(`${df} postings cannot fit in ${end - docs.offset} bytes`)
  const ids = new Uint32Array(df)
  const weights = new Uint8Array(df)
  const second = entry.kind === GRAM ? new Uint8Array(df) : null
  let at = docs.offset
  let id = 0
  for (let i = 0; i < df; i++) {
    let gap = 0
    let shift = 1
    let byte: number
    do {
      if (at >= end || shift > 0x10000000) docs.fail('truncated or overlong doc id gap')
      byte = bytes[at++]!
      gap += (byte & 0x7f) * shift
      shift *= 0x80
    } while (byte >= 0x80)
    id += gap
    if (at >= end || id > 0xffffffff || (i > 0 && gap === 0))
      docs.fail('doc ids out of order or cut short')
    ids[i] = id
    weights[i] = bytes[at++]!
    if (second) {
      if (at >= end) docs.fail('a gram posting cut short')
      second[i] = bytes[at++]!
    }
  }
  if (at !== end) docs.fail('docs block longer than its postings')
  return { ids, weights, second, key: docs.key }
}

/**
 * The postings of an entry found in an index value.
 * @throws CorruptRecordError when the block does not hold `df` ascending postings exactly.
 */
export const readPostings = (entry: FoundEntry): Postings =>
  entry.flags & FIXED ? readFixed(entry) : readVarints(entry)
