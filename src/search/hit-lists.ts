/**
 * @module
 * Sorted lists of matching doc ids with their scores: any of them (OR, the fall-back when not
 * every clause matches; every clause is `conjunction`), and a filter. Ids ascend.
 */

export type Hits = { ids: Uint32Array; scores: Float64Array }

export const NO_HITS: Hits = { ids: new Uint32Array(), scores: new Float64Array() }

/** Docs in either list, scores added where both have them. */
export function unionHits(a: Hits, b: Hits): Hits {
  const ids = new Uint32Array(a.ids.length + b.ids.length)
  const scores = new Float64Array(ids.length)
  let count = 0
  let i = 0
  let j = 0
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity
    const y = j < b.ids.length ? b.ids[j]! : Infinity
    ids[count] = Math.min(x, y)
    scores[count++] = (x <= y ? a.scores[i++]! : 0) + (y <= x ? b.scores[j++]! : 0)
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) }
}

/** Keeps the docs `keep` says yes to. */
export function filterHits(hits: Hits, keep: (id: number, index: number) => boolean): Hits {
  const ids = new Uint32Array(hits.ids.length)
  const scores = new Float64Array(ids.length)
  let count = 0
  for (let i = 0; i < hits.ids.length; i++) {
    if (!keep(hits.ids[i]!, i)) continue
    ids[count] = hits.ids[i]!
    scores[count++] = hits.scores[i]!
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) }
}
