/**
 * @module
 * A plain BM25F ranker for the relevance evaluation, with the analyser as a parameter: the same
 * fields, weights, k1, b, exact-word bonus and every-word-then-any rule as Minbar's engine
 * (from `src/search/ranking.ts`), so that two analysers compared on it differ only by their text
 * rules. It has no positions: a quoted phrase is ranked as its words.
 */
import {
  EXACT_MATCH_WEIGHT,
  inverseDocumentFrequency,
  postingWeight,
} from '../../src/search/ranking'
import type { RelevanceArticle } from './relevance-articles'

/** One analysed word: its normalised form, its stem, and (Minbar) the stem without a bare particle. */
export type AnalysedWord = { word: string; stem: string; rest?: string | null }

export type Analyser = {
  name: string
  /** The words of a text in order; null for a stop word (counted in the field's length only). */
  words: (text: string) => Array<AnalysedWord | null>
}

type Postings = Map<string, Map<number, number>>

function fieldTexts(article: RelevanceArticle): string[][] {
  return [[article.title], article.tags ?? [], [article.summary], [article.body]]
}

/** Adds a term's counts for one article into `counts` (term → counts by field). */
function count(counts: Map<string, number[]>, term: string, field: number) {
  const row = counts.get(term) ?? [0, 0, 0, 0]
  row[field]!++
  counts.set(term, row)
}

/** A ranker over `articles` (oldest first: a tie goes to the later one, as in Minbar). */
export function referenceRanker(articles: RelevanceArticle[], analyser: Analyser) {
  const stems: Postings = new Map()
  const surfaces: Postings = new Map()
  articles.forEach((article, id) => {
    const lengths = [0, 0, 0, 0]
    const stemCounts = new Map<string, number[]>()
    const wordCounts = new Map<string, number[]>()
    fieldTexts(article).forEach((texts, field) => {
      for (const text of texts)
        for (const word of analyser.words(text)) {
          lengths[field]!++
          if (!word) continue
          count(stemCounts, word.stem, field)
          if (word.rest && word.rest !== word.stem) count(stemCounts, word.rest, field)
          count(wordCounts, word.word, field)
        }
    })
    for (const [counts, postings] of [
      [stemCounts, stems],
      [wordCounts, surfaces],
    ] as const)
      for (const [term, row] of counts) {
        const list = postings.get(term) ?? new Map<number, number>()
        list.set(id, postingWeight(row, lengths))
        postings.set(term, list)
      }
  })
  const n = articles.length
  const idf = (list: Map<number, number> | undefined) =>
    list ? inverseDocumentFrequency(list.size, n) : 0

  /** Slugs, best first: articles with every query word, or when none has them all, any. */
  return (q: string): string[] => {
    const words = analyser.words(q.replace(/["“”«»]/gu, ' ')).filter((word) => word !== null)
    if (words.length === 0) return []
    const scores = words.map((word) => {
      let list = stems.get(word.stem)
      // A bare particle is tried as typed first, then without it (Minbar's analyser only).
      if (!list && word.rest) list = stems.get(word.rest)
      const exact = surfaces.get(word.word)
      const score = new Map<number, number>()
      for (const [id, weight] of list ?? [])
        score.set(
          id,
          (idf(list) * weight) / 255 +
            (EXACT_MATCH_WEIGHT * idf(exact) * (exact?.get(id) ?? 0)) / 255
        )
      return score
    })
    const all = [...scores[0]!.keys()].filter((id) => scores.every((score) => score.has(id)))
    const ids = all.length > 0 ? all : [...new Set(scores.flatMap((score) => [...score.keys()]))]
    const total = (id: number) => scores.reduce((sum, score) => sum + (score.get(id) ?? 0), 0)
    return ids.sort((a, b) => total(b) - total(a) || b - a).map((id) => articles[id]!.slug)
  }
}
