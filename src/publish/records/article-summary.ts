/**
 * @module
 * An article as lists and search results show it: headline, summary, dates and source, taken
 * from its front matter in one place for every record that carries it.
 */
import type { ArticleSummary } from '../../schema/stored/article-summary'
import type { SourceArticle } from '../content/check-article'

export function summaryOf(article: SourceArticle): ArticleSummary {
  const { frontMatter } = article
  return {
    slug: frontMatter.slug,
    title: frontMatter.title,
    summary: frontMatter.summary,
    published_at: frontMatter.published,
    updated_at: frontMatter.updated ?? null,
    source_name: frontMatter.source.name,
    ...(article.image ? { image: article.image } : {}),
  }
}
