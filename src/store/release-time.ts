/**
 * @module
 * Scheduled articles: stored ahead of time, invisible until their publication time. The Worker
 * checks the clock on every request, so an article appears on time without a publish or deploy.
 */
import type { ArticleRecord } from '../schema/stored/article-record'

/** True when an article published at `publishedAt` may be shown at `now` (both ms since the epoch). */
export const isReleasedAt = (publishedAt: number, now: number) => publishedAt <= now

/** True when an article published at `iso` may be shown at `now` (ms since the epoch). */
export const isReleased = (iso: string, now: number) => isReleasedAt(Date.parse(iso), now)

/** How many of `upcoming` publication times are still in the future at `now`. */
export const stillUpcoming = (upcoming: readonly string[], now: number) =>
  upcoming.filter((iso) => !isReleased(iso, now)).length

/** When the last of a record's links comes out, in ms since the epoch. */
function lastLinkRelease(article: ArticleRecord): number {
  let last = Number.NEGATIVE_INFINITY
  for (const summary of article.read_also) last = Math.max(last, Date.parse(summary.published_at))
  for (const entry of article.related)
    if (entry.available_from) last = Math.max(last, Date.parse(entry.available_from))
  return last
}

/**
 * The article as readers may see it at `now`: links to scheduled articles are left out until then.
 * When none is left out, that is the record itself.
 */
export function releasedView(article: ArticleRecord, now: number): ArticleRecord {
  if (isReleasedAt(lastLinkRelease(article), now)) return article
  const readAlso = article.read_also.filter((summary) => isReleased(summary.published_at, now))
  const related = article.related.filter(
    (entry) => !entry.available_from || isReleased(entry.available_from, now)
  )
  if (readAlso.length === article.read_also.length && related.length === article.related.length)
    return article
  return { ...article, read_also: readAlso, related }
}
