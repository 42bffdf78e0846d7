/**
 * @module
 * An article as lists and search results show it: headline, summary, dates, source, section and
 * byline, taken from its front matter in one place for every record that carries it.
 */
import type { ArticleSummary } from '../../schema/stored/article-summary'
import type { SourceArticle } from '../content/check-article'

/** The names readers see for the slugs articles write: sections and authors, by slug. */
export type Names = { sections: ReadonlyMap<string, string>; authors: ReadonlyMap<string, string> }

/** A site with no sections and no authors (a content folder without `site.yml`). */
export const NO_NAMES: Names = { sections: new Map(), authors: new Map() }

export function summaryOf(article: SourceArticle, names: Names = NO_NAMES): ArticleSummary {
  const { frontMatter } = article
  const section = frontMatter.section
  return {
    slug: frontMatter.slug,
    title: frontMatter.title,
    summary: frontMatter.summary,
    published_at: frontMatter.published,
    updated_at: frontMatter.updated ?? null,
    source_name: frontMatter.source.name,
    ...(article.image ? { image: article.image } : {}),
    ...(section === undefined
      ? {}
      : { section: { slug: section, name: names.sections.get(section) ?? section } }),
    authors: frontMatter.authors.map((slug) => ({
      slug,
      name: names.authors.get(slug) ?? slug,
    })),
  }
}
