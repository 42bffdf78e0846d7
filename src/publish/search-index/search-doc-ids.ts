/**
 * @module
 * Stable search doc ids: the article's publication minute since 1970, bumped past a neighbour
 * that took the same minute. So ids only change when a publication time does (or a neighbour in
 * the same minute comes or goes), adding an article never renumbers the others, and a newer
 * article always has the larger id: recency is free at query time, and postings of a news
 * archive have small gaps.
 */
import type { SourceArticle } from '../content/check-article'

const minuteOf = (article: SourceArticle) =>
  Math.max(0, Math.floor(Date.parse(article.frontMatter.published) / 60_000))

/** Articles with their ids, in id order. Ties in a minute are ordered by slug. */
export function assignDocIds(
  articles: readonly SourceArticle[]
): Array<{ id: number; article: SourceArticle }> {
  const sorted = articles
    .map((article) => ({ minute: minuteOf(article), article }))
    .sort(
      (a, b) =>
        a.minute - b.minute || (a.article.frontMatter.slug < b.article.frontMatter.slug ? -1 : 1)
    )
  let previous = -1
  return sorted.map(({ minute, article }) => {
    previous = Math.max(minute, previous + 1)
    return { id: previous, article }
  })
}
