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
const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 6,
  tags: 3,
  summary: 2,
  body: 1,
}
/** Typical length of each field in words, standing in for BM25's average length. */
const REFERENCE_LENGTHS: Readonly<Record<Field, number>> = {
  title: 10,
  tags: 8,
  summary: 30,
  body: 400,
}
const FIELD_WEIGHT_LIST = FIELDS.map((field) => FIELD_WEIGHTS[field])
const REFERENCE_LENGTH_LIST = FIELDS.map((field) => REFERENCE_LENGTHS[field])

/** BM25's length normalisation and term-frequency saturation. */
const B = 0.75
const K1 = 2
/** An exact match of the word as typed adds this much of its own score to the stem's. */
export const EXACT_MATCH_WEIGHT = 0.5

/**
 * A posting's query-independent weight, 1–255: BM25F's saturated pseudo-frequency, tf/(k1 + tf),
 * where tf sums the field counts, each weighted and length-normalised. Counts and lengths are
 * given in `FIELDS` order (arrays, not records: the publish step calls this for every posting).
 * @example postingWeight([1, 0, 0, 0], [8, 4, 25, 300]) // a word once in an 8-word title
 */
export function postingWeight(counts: ArrayLike<number>, lengths: ArrayLike<number>): number {
  let tf = 0
  for (let f = 0; f < FIELDS.length; f++) {
    if (counts[f] === 0) continue
    tf +=
      (FIELD_WEIGHT_LIST[f]! * counts[f]!) /
      Math.max(1, 1 - B + (B * lengths[f]!) / REFERENCE_LENGTH_LIST[f]!)
  }
  return Math.max(1, Math.round((255 * tf) / (K1 + tf)))
}

/** BM25's rarity of a word found in `df` of `n` articles; always positive. */
export const inverseDocumentFrequency = (df: number, n: number) =>
  Math.log(1 + (Math.max(n - df, 0) + 0.5) / (df + 0.5))

/**
 * Scores within about 2 % of each other share a band; within a band the newer article wins.
 * Recency so only breaks near-ties.
 */
export const scoreBand = (score: number) => Math.floor(Math.log(score) * BANDS_PER_E)

/** Bands per factor of e: 50 makes each band about 2 % wide. */
export const BANDS_PER_E = 50
