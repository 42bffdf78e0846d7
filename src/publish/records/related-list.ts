/**
 * @module
 * The «مقالات مشابهة» list as readers see it: the editor's picks first, in their order, then
 * computed articles, with repeats removed. A repeat is the article itself, its «إقرأ أيضاً»
 * article, the same headline twice, or the same story under a reworded headline.
 */
import type { RelatedEntry } from '../../schema/stored/article-record'
import { isNearDuplicate } from '../../text/near-duplicate'

/** Entries shown at most, picks included. */
export const RELATED_LIMIT = 10

type Headline = { title: string; slug?: string }

export type DroppedPick = { index: number; reason: string }

export type RelatedListInput = {
  self: Headline
  readAlso: Headline[]
  picks: RelatedEntry[]
  computed: RelatedEntry[]
}

function repeatOf(candidate: Headline, shown: Headline[]): Headline | undefined {
  return shown.find(
    (other) =>
      (!!candidate.slug && candidate.slug === other.slug) ||
      isNearDuplicate(candidate.title, other.title)
  )
}

/** The merged list, and which editor picks were dropped and why (for publish warnings). */
export function relatedList({ self, readAlso, picks, computed }: RelatedListInput): {
  entries: RelatedEntry[]
  dropped: DroppedPick[]
} {
  const entries: RelatedEntry[] = []
  const dropped: DroppedPick[] = []
  const reasonToDrop = (candidate: Headline): string | undefined => {
    if (repeatOf(candidate, [self])) return 'يكرر المقال نفسه'
    const readAlsoRepeat = repeatOf(candidate, readAlso)
    if (readAlsoRepeat) return `يكرر مقال «إقرأ أيضاً»: ${readAlsoRepeat.title}`
    const listRepeat = repeatOf(candidate, entries)
    if (listRepeat) return `يكرر عنوانًا سابقًا في القائمة: ${listRepeat.title}`
    return undefined
  }
  picks.forEach((pick, index) => {
    const reason = reasonToDrop(pick)
    if (reason) dropped.push({ index, reason })
    else entries.push(pick)
  })
  for (const candidate of computed) {
    if (entries.length >= RELATED_LIMIT) break
    if (!reasonToDrop(candidate)) entries.push(candidate)
  }
  return { entries, dropped }
}
