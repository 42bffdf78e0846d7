/**
 * @module
 * The published articles as every record reads them: newest first, by slug, with their summaries,
 * their tags as the catalog names them, and which are scheduled (published after the publish time).
 */
import type { RelatedEntry, TagRef } from '../../schema/stored/article-record'
import type { ArticleSummary } from '../../schema/stored/article-summary'
import { isReleasedAt } from '../../store/release-time'
import { tagSlug } from '../../text/tag-slug'
import type { SourceArticle } from '../content/check-article'
import { buildTagCatalog, type CatalogTag } from '../content/tag-catalog'
import { NO_NAMES, summaryOf, type Names } from './article-summary'

/** Newest first; equal times fall back to the slug so the order never depends on file order. */
const newestFirst = (time: Map<SourceArticle, number>) => (a: SourceArticle, b: SourceArticle) =>
  time.get(b)! - time.get(a)! || a.frontMatter.slug.localeCompare(b.frontMatter.slug)

/** `tagSlug`, worked out once per spelling: an archive repeats a few thousand spellings a million times. */
function memoizedTagSlug(): (spelling: string) => string {
  const slugs = new Map<string, string>()
  return (spelling) => {
    let slug = slugs.get(spelling)
    if (slug === undefined) slugs.set(spelling, (slug = tagSlug(spelling)))
    return slug
  }
}

/** One ref per distinct tag, in the editor's order, named as the catalog names the tag. */
function tagRefs(
  tags: string[],
  catalog: Map<string, CatalogTag>,
  slugOf: (spelling: string) => string
): TagRef[] {
  const refs = new Map<string, TagRef>()
  for (const spelling of tags) {
    const tag = catalog.get(slugOf(spelling))
    if (tag && !refs.has(tag.slug)) refs.set(tag.slug, { name: tag.name, slug: tag.slug })
  }
  return [...refs.values()]
}

/** Publication times of the scheduled head of a newest-first list. */
export function upcomingTimes(
  list: SourceArticle[],
  isScheduled: (article: SourceArticle) => boolean
): string[] {
  const times: string[] = []
  for (const article of list) {
    if (!isScheduled(article)) break
    times.push(article.frontMatter.published)
  }
  return times
}

/** The published articles, newest first, and what every step reads about them. */
export type Archive = {
  published: SourceArticle[]
  bySlug: Map<string, SourceArticle>
  /** One summary object per article, shared by every list that shows it. */
  summaries: Map<SourceArticle, ArticleSummary>
  /** Each article's distinct tags, in the editor's order. */
  tagsOf: Map<SourceArticle, TagRef[]>
  catalog: Map<string, CatalogTag>
  slugOf: (spelling: string) => string
  publishedAt: Map<SourceArticle, number>
  /** Published after the publish time: stored now, shown by the Worker from then on. */
  isScheduled: (article: SourceArticle) => boolean
}

export function readArchive(
  articles: SourceArticle[],
  now: number,
  names: Names = NO_NAMES
): Archive {
  const publishedAt = new Map(
    articles.map((article) => [article, Date.parse(article.frontMatter.published)])
  )
  const published = articles
    .filter((article) => !article.frontMatter.draft)
    .sort(newestFirst(publishedAt))
  const slugOf = memoizedTagSlug()
  const catalog = buildTagCatalog(
    published.map((article) => article.frontMatter.tags),
    slugOf
  )
  return {
    published,
    bySlug: new Map(published.map((article) => [article.frontMatter.slug, article])),
    summaries: new Map(published.map((article) => [article, summaryOf(article, names)])),
    tagsOf: new Map(
      published.map((article) => [article, tagRefs(article.frontMatter.tags, catalog, slugOf)])
    ),
    catalog,
    slugOf,
    publishedAt,
    isScheduled: (article) => !isReleasedAt(publishedAt.get(article)!, now),
  }
}

/** Links to a scheduled article carry its time, so the Worker shows them only from then. */
export function availableFrom(
  archive: Archive,
  slug: string
): Pick<RelatedEntry, 'available_from'> {
  const target = archive.bySlug.get(slug)!
  return archive.isScheduled(target) ? { available_from: target.frontMatter.published } : {}
}
