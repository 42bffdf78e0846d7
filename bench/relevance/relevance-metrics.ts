/**
 * @module
 * The measures of the relevance evaluation, from one ranked list of slugs and its judgments:
 * nDCG@10 (graded gains 2^g − 1), success@1, recall@10, and whether a trap query shows an
 * article judged irrelevant in its top 5.
 */

export type QueryScore = { ndcg: number; success: number; recall: number; falseHit: boolean }

const dcg = (grades: number[]) =>
  grades.reduce((sum, grade, rank) => sum + (2 ** grade - 1) / Math.log2(rank + 2), 0)

/** The measures of one ranking (best first) against its judgments (slug → grade). */
export function scoreRanking(ranked: string[], relevant: Record<string, number>): QueryScore {
  const top = ranked.slice(0, 10)
  const grades = top.map((slug) => relevant[slug] ?? 0)
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, 10)
  const found = top.filter((slug) => (relevant[slug] ?? 0) > 0).length
  return {
    ndcg: dcg(grades) / dcg(ideal),
    success: (relevant[ranked[0] ?? ''] ?? 0) > 0 ? 1 : 0,
    recall: found / Object.keys(relevant).length,
    falseHit: ranked.slice(0, 5).some((slug) => (relevant[slug] ?? 0) === 0),
  }
}

export type Summary = {
  queries: number
  ndcg: number
  success: number
  recall: number
  /** Trap queries, and the share of them with a false hit in the top 5. */
  traps: number
  trapRate: number
}

/** Means over a set of queries' scores (trap rate over the trap queries among them). */
export function summarize(scores: Array<QueryScore & { trap: boolean }>): Summary {
  const mean = (values: number[]) =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
  const traps = scores.filter((score) => score.trap)
  return {
    queries: scores.length,
    ndcg: mean(scores.map((score) => score.ndcg)),
    success: mean(scores.map((score) => score.success)),
    recall: mean(scores.map((score) => score.recall)),
    traps: traps.length,
    trapRate: mean(traps.map((score) => (score.falseHit ? 1 : 0))),
  }
}
