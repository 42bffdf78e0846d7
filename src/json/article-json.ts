/**
 * @module
 * Turns stored records into the public article JSON: stored records hold slugs, the API hands
 * out absolute URLs so that embedders never build our paths themselves.
 */
import type { ArticleJson, ArticleSummaryJson } from '../schema/api/article'
import type { ArticleRecord, RelatedEntry } from '../schema/stored/article-record'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { AuthorRef, SectionRef } from '../schema/stored/refs'
import { articlePath, authorPath, sectionPath, tagPath } from '../site'
import { featureImageFields } from './feature-image'

/** The article's section and byline, each with the absolute URL of its page. */
export function newsroomJson(
  section: SectionRef | undefined,
  authors: readonly AuthorRef[],
  origin: string
): Pick<ArticleSummaryJson, 'section' | 'authors'> {
  return {
    section: section ? { ...section, url: origin + sectionPath(section.slug) } : null,
    authors: authors.map((author) => ({ ...author, url: origin + authorPath(author.slug) })),
  }
}

export function summaryJson(
  { image, section, authors, ...summary }: ArticleSummary,
  origin: string
): ArticleSummaryJson {
  return {
    ...summary,
    url: origin + articlePath(summary.slug),
    ...featureImageFields(image, origin),
    ...newsroomJson(section, authors, origin),
  }
}

/** Our articles get an absolute URL; picks and computed entries say which they are. */
function relatedJson(
  { slug, url, ...entry }: RelatedEntry,
  origin: string
): ArticleJson['related'][number] {
  if (slug) return { ...entry, slug, url: origin + articlePath(slug) }
  return url ? { ...entry, url } : entry
}

export function articleJson(article: ArticleRecord, origin: string): ArticleJson {
  return {
    slug: article.slug,
    url: origin + articlePath(article.slug),
    title: article.title,
    summary: article.summary,
    published_at: article.published_at,
    updated_at: article.updated_at,
    ...featureImageFields(article.image, origin),
    ...newsroomJson(article.section, article.authors, origin),
    html: article.html,
    reading_time_minutes: article.reading_time_minutes,
    tags: article.tags.map((tag) => ({ ...tag, url: origin + tagPath(tag.slug) })),
    source: article.source,
    read_also: article.read_also.map((summary) => summaryJson(summary, origin)),
    related: article.related.map((entry) => relatedJson(entry, origin)),
  }
}
