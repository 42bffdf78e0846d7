/**
 * @module
 * The binary layout of a search index value (a shard or a heavy term), read with
 * `get(key, 'arrayBuffer')`:
 *
 *   "MS" 0x04 | analyser version (byte) | entry count, directory length, blocks length (u32 each) |
 *   entry offsets (u32 each) |
 *   directory (zero-padded so the blocks start at a multiple of 4) | blocks
 *   directory entry: term length (varint), term (UTF-8), kind (byte), flags (byte), then as
 *     varints: df, where its blocks start (from the first block), docs and positions block lengths
 *   docs block: per posting, the doc-id gap from the previous posting and the weight byte; or,
 *     flagged `FIXED`, zero bytes up to a multiple of 4 from the value's start, the doc ids as
 *     u32 each, then the weights (long lists: read in place, with no decoding, and searched)
 *   positions block: per posting, its byte length, then position gaps
 *   a `GRAM`'s docs block has two weight bytes a posting, its first word's then its second's
 *     (fixed-width: the ids, the first weights, the second weights)
 *
 * Entries are sorted by term bytes (stems before surface words of the same spelling), so a query
 * finds a word by binary search over the offsets, reading a dozen entries of a shard that holds
 * thousands; the separate positions block is only read by phrases. Integers of fixed width are
 * little-endian.
 *
 * The analyser version (`SEARCH_ANALYSER_VERSION`) is in every value so that new text rules
 * change every value's bytes, and the publish plan, which writes what changed, rewrites the whole
 * index. The Worker does not refuse another version: between a publish and the deploy after it,
 * its queries meet the index wherever both rules agree.
 */
import { SEARCH_ANALYSER_VERSION } from '../text/search-analyser-version'
import { ByteReader, ByteWriter } from './varint'

const MAGIC = [0x4d, 0x53, 0x04]
/** Magic, analyser version, entry count, directory length, blocks length. */
const HEADER_BYTES = 16

/** A stem's postings (with positions), or a surface word's (docs only). */
export const STEM = 0
export const SURFACE = 1
/** A surface word whose postings are exactly its stem's: stored once, as the stem's. */
export const SURFACE_AS_STEM = 2
/**
 * Two `FREQUENT` stems side by side, at least one of them `COMMON` ("stem stem", in the rarer
 * one's value): the articles where they are adjacent, with both words' weights there, so such a
 * phrase is one list, with no positions (Lucene's common grams).
 */
export const GRAM = 3

/** Positions were left out to keep the value under the size limit: phrases cannot be checked. */
export const NO_POSITIONS = 1
/** Only the highest-weighted postings were kept, to keep the value under the size limit. */
export const TRUNCATED = 2
/** The docs block is fixed-width: u32 doc ids, then the weights. */
export const FIXED = 4
/** A stem in many articles (1 in 8): it forms grams with the frequent stems beside it. */
export const COMMON = 8
/** A stem in 1 article in 64 or more (common ones too): it may form grams with common ones. */
export const FREQUENT = 16
/** Some of the grams this stem forms were left out to keep its value under the size limit. */
export const NO_GRAMS = 32

/** Whether two stems, adjacent, have a `GRAM` entry: both frequent, one of them common. */
export const formsGram = (first: number, second: number) =>
  (first & second & FREQUENT) !== 0 && ((first | second) & COMMON) !== 0

export type IndexEntry = {
  term: string
  kind: typeof STEM | typeof SURFACE | typeof SURFACE_AS_STEM | typeof GRAM
  flags: number
  df: number
  docs: Uint8Array
  positions: Uint8Array
}

const encoder = new TextEncoder()

/** Stems sort before surface words of the same spelling; the two surface kinds never meet. */
const kindOrder = (kind: number) => (kind === STEM ? 0 : 1)

/** Byte order of two encoded terms, then kind: the order binary search relies on. */
function compareTerms(a: Uint8Array, aKind: number, b: Uint8Array, bKind: number): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length || aKind - bKind
}

function writeU32(out: ByteWriter, value: number) {
  for (let i = 0; i < 4; i++) out.byte((value >>> (8 * i)) & 0xff)
}

/** Zero bytes that take `offset` up to a multiple of 4. */
const padding = (offset: number) => (4 - (offset % 4)) % 4

/** A `FIXED` docs block as it sits at `offset` from the (4-aligned) first block. */
function placedDocs(entry: IndexEntry, offset: number): Uint8Array {
  if (!(entry.flags & FIXED)) return entry.docs
  const placed = new Uint8Array(padding(offset) + entry.docs.length)
  placed.set(entry.docs, placed.length - entry.docs.length)
  return placed
}

/** Encodes entries, sorted into search order, so equal entries always give equal bytes. */
export function encodeIndexValue(entries: IndexEntry[]): Uint8Array {
  const sorted = entries
    .map((entry) => ({ entry, term: encoder.encode(entry.term) }))
    .sort((a, b) => compareTerms(a.term, kindOrder(a.entry.kind), b.term, kindOrder(b.entry.kind)))
  const directory = new ByteWriter()
  const offsets: number[] = []
  const docs: Uint8Array[] = []
  let blocks = 0
  for (const { entry, term } of sorted) {
    const placed = placedDocs(entry, blocks)
    docs.push(placed)
    offsets.push(directory.length)
    directory.varint(term.length)
    directory.append(term)
    directory.byte(entry.kind)
    directory.byte(entry.flags)
    directory.varint(entry.df)
    directory.varint(blocks)
    directory.varint(placed.length)
    directory.varint(entry.positions.length)
    blocks += placed.length + entry.positions.length
  }
  const directoryEnd = HEADER_BYTES + 4 * sorted.length + directory.length
  for (let i = padding(directoryEnd); i > 0; i--) directory.byte(0)
  const out = new ByteWriter()
  for (const byte of MAGIC) out.byte(byte)
  out.byte(SEARCH_ANALYSER_VERSION)
  writeU32(out, sorted.length)
  writeU32(out, directory.length)
  writeU32(out, blocks)
  for (const offset of offsets) writeU32(out, offset)
  out.append(directory.view())
  sorted.forEach(({ entry }, i) => {
    out.append(docs[i]!)
    out.append(entry.positions)
  })
  return out.view().slice()
}

/** Bytes an entry adds to a value, for sizing shards before encoding them. */
export const entrySize = (entry: IndexEntry) =>
  encoder.encode(entry.term).length + entry.docs.length + entry.positions.length + 23

/** An entry found in a value: its blocks as readers bounded to them. */
export type FoundEntry = {
  kind: number
  flags: number
  df: number
  docs: ByteReader
  positions: ByteReader
}

/** What to look for: a term, as one of some kinds. */
export type WantedEntry = { term: string; kinds: readonly number[] }

const readU32 = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0

/**
 * Finds each wanted entry in a value by binary search over its directory; postings are not read.
 * Every offset is checked against the value's length before use.
 * @returns per wanted entry, the entry or null when the value has none.
 * @throws CorruptRecordError when the value is not an index value or an offset points outside it.
 */
export function findEntries(
  bytes: Uint8Array,
  key: string,
  wanted: readonly WantedEntry[]
): Array<FoundEntry | null> {
  const reader = new ByteReader(bytes, key)
  if (bytes.length < HEADER_BYTES || MAGIC.some((byte, i) => bytes[i] !== byte))
    reader.fail('not a search index value')
  const count = readU32(bytes, 4)
  const directoryLength = readU32(bytes, 8)
  const directoryStart = HEADER_BYTES + 4 * count
  const blocksStart = directoryStart + directoryLength
  // The lengths must add up to the value: a value cut short or padded is refused whole.
  if (blocksStart + readU32(bytes, 12) !== bytes.length)
    reader.fail(`a value of ${bytes.length} bytes does not match its header`)
  // Offsets ascend within the directory: checked once (a few µs), so a search never jumps wild.
  for (let i = 0, previous = -1; i < count; i++) {
    const offset = readU32(bytes, HEADER_BYTES + 4 * i)
    if (offset <= previous || offset >= directoryLength)
      reader.fail(`entry ${i} starts outside the directory`)
    previous = offset
  }
  /** The entry at `index`, read from its directory record (bounded to the directory). */
  const entryAt = (index: number) => {
    const offset = readU32(bytes, HEADER_BYTES + 4 * index)
    const record = new ByteReader(bytes, key, directoryStart + offset, blocksStart)
    const length = record.varint()
    const term = record.take(length)
    return { term, kind: record.byte(), record }
  }
  return wanted.map(({ term, kinds }) => {
    const target = encoder.encode(term)
    const targetKind = kindOrder(kinds[0]!)
    let low = 0
    let high = count - 1
    while (low <= high) {
      const mid = (low + high) >>> 1
      const entry = entryAt(mid)
      const order = compareTerms(entry.term, kindOrder(entry.kind), target, targetKind)
      if (order < 0) low = mid + 1
      else if (order > 0) high = mid - 1
      else {
        if (!kinds.includes(entry.kind)) return null
        const { record } = entry
        const flags = record.byte()
        const df = record.varint()
        const docsStart = blocksStart + record.varint()
        const positionsStart = docsStart + record.varint()
        const positionsEnd = positionsStart + record.varint()
        if (positionsEnd > bytes.length) reader.fail(`the blocks of entry ${mid} run past the end`)
        return {
          kind: entry.kind,
          flags,
          df,
          docs: new ByteReader(bytes, key, docsStart, positionsStart),
          positions: new ByteReader(bytes, key, positionsStart, positionsEnd),
        }
      }
    }
    return null
  })
}
