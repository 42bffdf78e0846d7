/**
 * @module
 * Computed «مقالات مشابهة», at publish time. Candidates come from inverted indexes (tag → articles,
 * headline term → articles), never from comparing all pairs, so the cost grows with the size of
 * the posting lists an article touches, not with the square of the archive.
 *
 * Score of a candidate for an article:
 * - each shared tag adds its rarity, ln(1 + N / articles with the tag): a tag on most articles
 *   says little;
 * - each shared title or summary term (light stems, stop words removed) adds half its rarity;
 * - a mild recency bonus, at most 0.05 (well under one shared tag), breaks near-ties in favour of
 *   newer articles.
 */

export type RelatedInput = {
  slug: string
  /** Publication time, in milliseconds since the epoch. */
  publishedAt: number
  /** Tag slugs (matching keys). */
  tags: string[]
  /** Headline and summary terms (see `headlineTerms`). */
  terms: string[]
}

export type ComputedRelated = {
  slug: string
  score: number
  /** Tag slugs shared with the article. */
  sharedTags: string[]
}

export type RelatedOptions = {
  /** Candidates kept per article. */
  limit: number
  /** Posting lists longer than this are too common to generate candidates from. */
  maxPostings: number
  /** Candidates scoring less are not related enough to show. */
  minScore: number
}

const DEFAULT_RELATED_OPTIONS: RelatedOptions = { limit: 10, maxPostings: 2000, minScore: 1 }

const TERM_WEIGHT = 0.5
const RECENCY_WEIGHT = 0.05
const RECENCY_DAYS = 90
const DAY_MS = 86_400_000

/** Feature → positions of the documents that have it. */
function postings(
  docs: RelatedInput[],
  featuresOf: (doc: RelatedInput) => string[]
): Map<string, number[]> {
  const index = new Map<string, number[]>()
  docs.forEach((doc, position) => {
    for (const feature of new Set(featuresOf(doc))) {
      const list = index.get(feature)
      if (list) list.push(position)
      else index.set(feature, [position])
    }
  })
  return index
}

/**
 * For every article, its best related articles, best first.
 *
 * Per article, scores accumulate in one typed array shared by all articles (reset lazily by a
 * stamp), and the top `limit` are kept by insertion into a short sorted list, which most
 * candidates leave after one comparison with the current worst. Cost per article: the total
 * length of the posting lists it touches, plus `limit` per candidate that makes the list.
 */
export function computeRelated(
  docs: RelatedInput[],
  options: RelatedOptions = DEFAULT_RELATED_OPTIONS
): Map<string, ComputedRelated[]> {
  const total = docs.length
  const result = new Map<string, ComputedRelated[]>()
  if (total === 0) return result
  const rarity = (df: number) => Math.log(1 + total / df)
  const usable = (index: Map<string, number[]>, weight: number) =>
    new Map(
      [...index]
        .filter(([, list]) => list.length <= options.maxPostings)
        .map(([feature, list]) => [feature, { list, gain: weight * rarity(list.length) }])
    )
  const tagIndex = usable(
    postings(docs, (doc) => doc.tags),
    1
  )
  const termIndex = usable(
    postings(docs, (doc) => doc.terms),
    TERM_WEIGHT
  )
  const newest = Math.max(...docs.map((doc) => doc.publishedAt))
  const recency = Float64Array.from(
    docs,
    (doc) => RECENCY_WEIGHT * Math.exp(-(newest - doc.publishedAt) / DAY_MS / RECENCY_DAYS)
  )
  const score = new Float64Array(total)
  const stamp = new Int32Array(total).fill(-1)
  const touched = new Int32Array(total)

  // Better first: higher score, then newer, then slug order.
  const before = (a: number, aScore: number, b: number, bScore: number) =>
    aScore !== bScore
      ? aScore > bScore
      : docs[a]!.publishedAt !== docs[b]!.publishedAt
        ? docs[a]!.publishedAt > docs[b]!.publishedAt
        : docs[a]!.slug < docs[b]!.slug

  docs.forEach((doc, self) => {
    let count = 0
    const add = (index: Map<string, { list: number[]; gain: number }>, features: string[]) => {
      for (const feature of new Set(features)) {
        const posting = index.get(feature)
        if (!posting) continue
        for (const other of posting.list) {
          if (other === self) continue
          if (stamp[other] !== self) {
            stamp[other] = self
            score[other] = 0
            touched[count++] = other
          }
          score[other] = score[other]! + posting.gain
        }
      }
    }
    add(tagIndex, doc.tags)
    add(termIndex, doc.terms)

    const top: number[] = []
    const topScore: number[] = []
    for (let i = 0; i < count; i++) {
      const other = touched[i]!
      if (score[other]! < options.minScore) continue
      const candidate = score[other]! + recency[other]!
      const full = top.length === options.limit
      if (full && !before(other, candidate, top[top.length - 1]!, topScore[topScore.length - 1]!))
        continue
      let position = full ? top.length - 1 : top.length
      while (position > 0 && before(other, candidate, top[position - 1]!, topScore[position - 1]!))
        position--
      top.splice(position, 0, other)
      topScore.splice(position, 0, candidate)
      if (top.length > options.limit) {
        top.pop()
        topScore.pop()
      }
    }
    const ownTags = new Set(doc.tags)
    result.set(
      doc.slug,
      top.map((other, rank) => ({
        slug: docs[other]!.slug,
        score: topScore[rank]!,
        sharedTags: [...new Set(docs[other]!.tags)].filter((tag) => ownTags.has(tag)),
      }))
    )
  })
  return result
}
