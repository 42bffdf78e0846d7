/**
 * @module
 * A stem's entries in the search index (see `src/search/index-format.ts`): the stem, its surface
 * forms and the grams it keeps, sorted so values are byte-for-byte deterministic, long lists stored
 * fixed-width, and cut down, if ever needed, to fit one KV value.
 */
import {
  FIXED,
  GRAM,
  NO_GRAMS,
  NO_POSITIONS,
  STEM,
  SURFACE,
  SURFACE_AS_STEM,
  TRUNCATED,
  entrySize,
  type IndexEntry,
} from '../../search/index-format'
import { ByteReader } from '../../search/varint'
import type { GramWriter } from './search-grams'
import { PostingWriter } from './search-postings'

/** No value is allowed past this; KV allows 25 MiB, and a query should not wait for more. */
export const MAX_INDEX_VALUE_BYTES = 1.75 * 1024 * 1024
/**
 * Lists this long are stored fixed-width (5 bytes a posting instead of about 2), so a query reads
 * them in place and searches them instead of decoding them whole.
 */
const FIXED_FROM = 1024

export type StemGroup = {
  stem: PostingWriter
  /** `COMMON` and `FREQUENT`, as they apply. */
  flags: number
  surfaces: Map<string, PostingWriter>
  /** Grams kept with this stem (the rarer of their two): term ("first second") → postings. */
  grams: Map<string, GramWriter>
}

/** A varint docs block's postings. */
function decodeDocs(entry: IndexEntry): Array<[id: number, weight: number]> {
  const postings: Array<[id: number, weight: number]> = []
  if (entry.flags & FIXED) {
    const view = new DataView(entry.docs.buffer, entry.docs.byteOffset, entry.docs.length)
    for (let i = 0; i < entry.df; i++)
      postings.push([view.getUint32(4 * i, true), entry.docs[4 * entry.df + i]!])
    return postings
  }
  const reader = new ByteReader(entry.docs, entry.term)
  let id = 0
  while (!reader.done) postings.push([(id += reader.varint()), reader.byte()])
  return postings
}

/**
 * A long list fixed-width: the doc ids as u32 (little-endian), then the weights (a gram's first
 * words', then its second words').
 */
function fixedWidth(entry: IndexEntry): IndexEntry {
  if (entry.df < FIXED_FROM || entry.docs.length === 0 || entry.flags & FIXED) return entry
  const weightsPer = entry.kind === GRAM ? 2 : 1
  const docs = new Uint8Array(entry.df * (4 + weightsPer))
  const view = new DataView(docs.buffer)
  // Decoded straight into place: these are the longest lists of the archive.
  const reader = new ByteReader(entry.docs, entry.term)
  for (let i = 0, id = 0; i < entry.df; i++) {
    view.setUint32(4 * i, (id += reader.varint()), true)
    for (let w = 0; w < weightsPer; w++) docs[(4 + w) * entry.df + i] = reader.byte()
  }
  return { ...entry, flags: entry.flags | FIXED, docs }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A stem's entries, sorted so values are byte-for-byte deterministic. */
export function groupEntries(stem: string, group: StemGroup): IndexEntry[] {
  const entries: IndexEntry[] = [
    {
      term: stem,
      kind: STEM,
      flags: group.flags,
      df: group.stem.df,
      docs: group.stem.docs.view(),
      positions: group.stem.positions.view(),
    },
  ]
  for (const word of [...group.surfaces.keys()].sort()) {
    const surface = group.surfaces.get(word)!
    const same = sameBytes(surface.docs.view(), group.stem.docs.view())
    entries.push({
      term: word,
      kind: same ? SURFACE_AS_STEM : SURFACE,
      flags: 0,
      df: surface.df,
      docs: same ? new Uint8Array() : surface.docs.view(),
      positions: new Uint8Array(),
    })
  }
  for (const term of [...group.grams.keys()].sort()) {
    const gram = group.grams.get(term)!
    entries.push({
      term,
      kind: GRAM,
      flags: 0,
      df: gram.df,
      docs: gram.docs.view(),
      positions: new Uint8Array(),
    })
  }
  return entries.map(fixedWidth)
}

/** Keeps the `keep` highest-weighted postings of a docs block (ties: the newest). */
function truncateDocs(entry: IndexEntry, keep: number): IndexEntry {
  const kept = decodeDocs(entry)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, keep)
    .sort((a, b) => a[0] - b[0])
  const out = new PostingWriter()
  for (const [docId, weight] of kept) out.add(docId, weight)
  const flags = (entry.flags | TRUNCATED) & ~FIXED
  return fixedWidth({ ...entry, flags, df: kept.length, docs: out.docs.view() })
}

/**
 * Makes a stem's entries fit one value: first without positions (phrases on that word then
 * match without the adjacency check), then, if still too large, only its best postings.
 * Neither happens on any archive measured (see `npm run bench:search`); it is a guarantee.
 */
export function fitValue(entries: IndexEntry[]): IndexEntry[] {
  const size = (list: IndexEntry[]) => list.reduce((sum, entry) => sum + entrySize(entry), 3)
  if (size(entries) <= MAX_INDEX_VALUE_BYTES) return entries
  let fitted = entries.map((entry) =>
    entry.kind === STEM
      ? { ...entry, flags: entry.flags | NO_POSITIONS, positions: new Uint8Array() }
      : entry
  )
  // Then its grams: the Worker checks those phrases' positions instead (`NO_GRAMS`).
  if (size(fitted) > MAX_INDEX_VALUE_BYTES && fitted.some((entry) => entry.kind === GRAM))
    fitted = fitted
      .filter((entry) => entry.kind !== GRAM)
      .map((entry) => (entry.kind === STEM ? { ...entry, flags: entry.flags | NO_GRAMS } : entry))
  while (size(fitted) > MAX_INDEX_VALUE_BYTES) {
    fitted = fitted.map((entry) =>
      entry.docs.length > 0 ? truncateDocs(entry, Math.floor(entry.df * 0.8)) : entry
    )
  }
  return fitted
}
