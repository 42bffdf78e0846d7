/**
 * @module
 * The binary layout of a search index value (a shard or a heavy term), read with
 * `get(key, 'arrayBuffer')`:
 *
 *   "MS" 0x01 | entries (varint) | directory | blocks
 *   directory entry: term length (varint), term (UTF-8), kind (byte), flags (byte), df, docs
 *     block length, positions block length (varints)
 *   docs block: per posting, the doc-id gap from the previous posting and the weight byte
 *   positions block: per posting, its byte length, then position gaps
 *
 * The directory lets a query find its word without decoding the rest of the value, and the
 * separate positions block is only read by phrases.
 */
import { ByteReader, ByteWriter } from './varint'

const MAGIC = [0x4d, 0x53, 0x01]

/** A stem's postings (with positions), or a surface word's (docs only). */
export const STEM = 0
export const SURFACE = 1
/** A surface word whose postings are exactly its stem's: stored once, as the stem's. */
export const SURFACE_AS_STEM = 2

/** Positions were left out to keep the value under the size limit: phrases cannot be checked. */
export const NO_POSITIONS = 1
/** Only the highest-weighted postings were kept, to keep the value under the size limit. */
export const TRUNCATED = 2

export type IndexEntry = {
  term: string
  kind: typeof STEM | typeof SURFACE | typeof SURFACE_AS_STEM
  flags: number
  df: number
  docs: Uint8Array
  positions: Uint8Array
}

const encoder = new TextEncoder()

/** Encodes entries, in the order given (the builder sorts them, so values are deterministic). */
export function encodeIndexValue(entries: IndexEntry[]): Uint8Array {
  const out = new ByteWriter()
  for (const byte of MAGIC) out.byte(byte)
  out.varint(entries.length)
  for (const entry of entries) {
    const term = encoder.encode(entry.term)
    out.varint(term.length)
    out.append(term)
    out.byte(entry.kind)
    out.byte(entry.flags)
    out.varint(entry.df)
    out.varint(entry.docs.length)
    out.varint(entry.positions.length)
  }
  for (const entry of entries) {
    out.append(entry.docs)
    out.append(entry.positions)
  }
  return out.view().slice()
}

/** Bytes an entry adds to a value, for sizing shards before encoding them. */
export const entrySize = (entry: IndexEntry) => encoder.encode(entry.term).length + entry.docs.length + entry.positions.length + 16

/** Compares `length` bytes of `bytes` at `offset` with `term`. */
function sameBytes(bytes: Uint8Array, offset: number, term: Uint8Array): boolean {
  for (let i = 0; i < term.length; i++) if (bytes[offset + i] !== term[i]) return false
  return true
}

/** An entry found in a value: its blocks as readers bounded to them. */
export type FoundEntry = { kind: number; flags: number; df: number; docs: ByteReader; positions: ByteReader }

/** What to look for: a term, as one of some kinds. */
export type WantedEntry = { term: string; kinds: readonly number[] }

/**
 * Finds each wanted entry in a value, in one pass over its directory (the blocks are not read).
 * @returns per wanted entry, the entry or null when the value has none.
 * @throws CorruptRecordError when the value is not an index value or is cut short.
 */
export function findEntries(bytes: Uint8Array, key: string, wanted: readonly WantedEntry[]): Array<FoundEntry | null> {
  const reader = new ByteReader(bytes, key)
  if (bytes.length < 3 || MAGIC.some((byte, i) => bytes[i] !== byte)) reader.fail('not a search index value')
  reader.offset = 3
  const terms = wanted.map(({ term }) => encoder.encode(term))
  const count = reader.varint()
  let blocks = 0
  const found: Array<{ kind: number; flags: number; df: number; start: number; docsLength: number; positionsLength: number } | null> = wanted.map(() => null)
  for (let i = 0; i < count; i++) {
    const length = reader.varint()
    const at = reader.offset
    reader.skip(length)
    const kind = reader.byte()
    const flags = reader.byte()
    const df = reader.varint()
    const docsLength = reader.varint()
    const positionsLength = reader.varint()
    for (let w = 0; w < terms.length; w++) {
      const term = terms[w]!
      if (found[w] || term.length !== length || !wanted[w]!.kinds.includes(kind) || !sameBytes(bytes, at, term)) continue
      found[w] = { kind, flags, df, start: blocks, docsLength, positionsLength }
    }
    blocks += docsLength + positionsLength
  }
  if (reader.offset + blocks !== bytes.length) reader.fail(`blocks take ${blocks} bytes, ${bytes.length - reader.offset} are left`)
  return found.map((entry) => {
    if (!entry) return null
    const docsStart = reader.offset + entry.start
    const positionsStart = docsStart + entry.docsLength
    return {
      kind: entry.kind,
      flags: entry.flags,
      df: entry.df,
      docs: new ByteReader(bytes, key, docsStart, positionsStart),
      positions: new ByteReader(bytes, key, positionsStart, positionsStart + entry.positionsLength),
    }
  })
}

/** A decoded docs block: ascending doc ids and their weights. */
export type Postings = { ids: Uint32Array; weights: Uint8Array }

/** Decodes a docs block of `df` postings. */
export function readPostings(entry: FoundEntry): Postings {
  const { docs, df } = entry
  if (df > docs.end - docs.offset) docs.fail(`${df} postings cannot fit in ${docs.end - docs.offset} bytes`)
  const ids = new Uint32Array(df)
  const weights = new Uint8Array(df)
  let id = 0
  for (let i = 0; i < df; i++) {
    id += docs.varint()
    if (id > 0xffffffff || (i > 0 && id === ids[i - 1])) docs.fail('doc ids out of order')
    ids[i] = id
    weights[i] = docs.byte()
  }
  if (!docs.done) docs.fail('docs block longer than its postings')
  return { ids, weights }
}
