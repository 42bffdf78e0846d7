/**
 * @module
 * BM25F, split between the publish step and the Worker. The publish step folds a word's counts
 * in each field into one saturated weight per posting, a byte (`postingWeight`): it depends on the
 * article alone, so editing one article never rewrites another's postings. The Worker multiplies
 * it by the word's rarity (`inverseDocumentFrequency`), which needs the archive's size.
 *
 * Field lengths are normalised against fixed reference lengths, not the archive's averages:
 * averages move with every publish, and would rewrite every posting each time. A field shorter
 * than its reference is not boosted (only longer ones are damped): otherwise a two-line body would
 * outweigh a title. k1 is 2, not BM25's usual 1.2, so the title's weight survives saturation.
 */

/** The fields of an article, in position order. */
export const FIELDS = ['title', 'tags', 'summary', 'body'] as const
export type Field = (typeof FIELDS)[number]

/** How much one occurrence counts in each field: the title well above everything else. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = { title: 6, tags: 3, summary: 2, body: 1 }
/** Typical length of each field in words, standing in for BM25's average length. */
const REFERENCE_LENGTHS: Readonly<Record<Field, number>> = { title: 10, tags: 8, summary: 30, body: 400 }
/** BM25's length normalisation and term-frequency saturation. */
const B = 0.75
const K1 = 2
/** An exact match of the word as typed adds this much of its own score to the stem's. */
export const EXACT_MATCH_WEIGHT = 0.5

/**
 * A posting's query-independent weight, 1–255: BM25F's saturated pseudo-frequency, tf/(k1 + tf),
 * where tf sums the field counts, each weighted and length-normalised.
 * @example postingWeight({ title: 1, tags: 0, summary: 0, body: 0 }, { title: 8, tags: 4, summary: 25, body: 300 })
 */
export function postingWeight(counts: Readonly<Record<Field, number>>, lengths: Readonly<Record<Field, number>>): number {
  let tf = 0
  for (const field of FIELDS) {
    if (counts[field] === 0) continue
    tf += (FIELD_WEIGHTS[field] * counts[field]) / Math.max(1, 1 - B + (B * lengths[field]) / REFERENCE_LENGTHS[field])
  }
  return Math.max(1, Math.round((255 * tf) / (K1 + tf)))
}

/** BM25's rarity of a word found in `df` of `n` articles; always positive. */
export const inverseDocumentFrequency = (df: number, n: number) => Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5))

/**
 * Scores within about 2 % of each other share a band; within a band the newer article wins.
 * Recency so only breaks near-ties.
 */
export const scoreBand = (score: number) => Math.floor(Math.log(score) * BANDS_PER_E)

/** Bands per factor of e: 50 makes each band about 2 % wide. */
export const BANDS_PER_E = 50
