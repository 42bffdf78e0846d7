/**
 * @module
 * Turns stored records into the public article JSON: stored records hold slugs, the API hands
 * out absolute URLs so that embedders never build our paths themselves.
 */
import type { ArticleJson, ArticleSummaryJson } from '../schema/api-article'
import type { ArticleRecord, RelatedEntry } from '../schema/article-record'
import type { ArticleSummary } from '../schema/article-summary'
import { articlePath, tagPath } from '../http/paths'

export function summaryJson(summary: ArticleSummary, origin: string): ArticleSummaryJson {
  return { ...summary, url: origin + articlePath(summary.slug) }
}

function relatedJson(entry: RelatedEntry, origin: string): ArticleJson['related'][number] {
  if (entry.slug) return { title: entry.title, slug: entry.slug, url: origin + articlePath(entry.slug) }
  return entry.url ? { title: entry.title, url: entry.url } : { title: entry.title }
}

export function articleJson(article: ArticleRecord, origin: string): ArticleJson {
  return {
    slug: article.slug,
    url: origin + articlePath(article.slug),
    title: article.title,
    summary: article.summary,
    published_at: article.published_at,
    updated_at: article.updated_at,
    html: article.html,
    reading_time_minutes: article.reading_time_minutes,
    tags: article.tags.map((tag) => ({ ...tag, url: origin + tagPath(tag.slug) })),
    source: article.source,
    read_also: article.read_also.map((summary) => summaryJson(summary, origin)),
    related: article.related.map((entry) => relatedJson(entry, origin)),
  }
}
