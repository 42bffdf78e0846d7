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

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = { limit: 10, maxPostings: 2000, minScore: 1 }

const TERM_WEIGHT = 0.5
const RECENCY_WEIGHT = 0.05
const RECENCY_DAYS = 90
const DAY_MS = 86_400_000

function postings(docs: RelatedInput[], featuresOf: (doc: RelatedInput) => string[]): Map<string, number[]> {
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

/** Keeps the `limit` best candidates in order, by insertion into a short sorted array. */
function pushTopK(top: ComputedRelated[], candidate: ComputedRelated, limit: number, newer: (a: string, b: string) => number) {
  const better = (a: ComputedRelated, b: ComputedRelated) => b.score - a.score || newer(a.slug, b.slug) || a.slug.localeCompare(b.slug)
  if (top.length === limit && better(candidate, top[limit - 1]!) >= 0) return
  let position = top.length
  while (position > 0 && better(candidate, top[position - 1]!) < 0) position--
  top.splice(position, 0, candidate)
  if (top.length > limit) top.pop()
}

/** For every article, its best related articles, best first. */
export function computeRelated(docs: RelatedInput[], options: RelatedOptions = DEFAULT_RELATED_OPTIONS): Map<string, ComputedRelated[]> {
  const total = docs.length
  const tagIndex = postings(docs, (doc) => doc.tags)
  const termIndex = postings(docs, (doc) => doc.terms)
  const rarity = (df: number) => Math.log(1 + total / df)
  const newest = Math.max(...docs.map((doc) => doc.publishedAt))
  const recency = (doc: RelatedInput) => RECENCY_WEIGHT * Math.exp(-(newest - doc.publishedAt) / DAY_MS / RECENCY_DAYS)
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
  const newer = (a: string, b: string) => bySlug.get(b)!.publishedAt - bySlug.get(a)!.publishedAt

  const result = new Map<string, ComputedRelated[]>()
  docs.forEach((doc, self) => {
    const scores = new Map<number, { score: number; sharedTags: string[] }>()
    const add = (index: Map<string, number[]>, features: string[], weight: number, isTag: boolean) => {
      for (const feature of new Set(features)) {
        const list = index.get(feature)!
        if (list.length > options.maxPostings) continue
        const gain = weight * rarity(list.length)
        for (const other of list) {
          if (other === self) continue
          const entry = scores.get(other) ?? { score: 0, sharedTags: [] }
          entry.score += gain
          if (isTag) entry.sharedTags.push(feature)
          scores.set(other, entry)
        }
      }
    }
    add(tagIndex, doc.tags, 1, true)
    add(termIndex, doc.terms, TERM_WEIGHT, false)

    const top: ComputedRelated[] = []
    for (const [other, { score, sharedTags }] of scores) {
      if (score < options.minScore) continue
      const candidate = docs[other]!
      pushTopK(top, { slug: candidate.slug, score: score + recency(candidate), sharedTags }, options.limit, newer)
    }
    result.set(doc.slug, top)
  })
  return result
}
