/**
 * @module
 * Checks between articles, which no single file's schema can see: unique slugs, and
 * «إقرأ أيضاً» / «مقالات مشابهة» slugs that point at real, published articles.
 */
import type { SourceArticle } from './check-article'
import type { Problem } from './problems'

export function checkReferences(articles: SourceArticle[]): Problem[] {
  const problems: Problem[] = []
  const bySlug = new Map<string, SourceArticle>()
  for (const article of articles) {
    const { slug } = article.frontMatter
    const first = bySlug.get(slug)
    if (first) {
      problems.push({
        severity: 'error',
        file: article.file,
        line: article.lineOf(['slug']),
        field: 'slug',
        message: `الاسم المختصر «${slug}» مستخدم من قبل في ${first.file}`,
      })
    } else bySlug.set(slug, article)
  }

  const checkTarget = (
    article: SourceArticle,
    field: 'read_also' | 'related',
    index: number,
    slug: string
  ) => {
    // Lines are looked up only for problems: finding one re-reads the file's YAML.
    const report = (severity: 'error' | 'warning', message: string) =>
      problems.push({
        severity,
        file: article.file,
        line: article.lineOf([field, index]),
        field: `${field}[${index}]`,
        message,
      })
    const target = bySlug.get(slug)
    if (slug === article.frontMatter.slug) report('error', 'المقال يشير إلى نفسه')
    else if (!target) report('error', `لا يوجد مقال بالاسم المختصر «${slug}»`)
    else if (target.frontMatter.draft && !article.frontMatter.draft)
      report('warning', `«${slug}» مسودة، فلن يظهر الرابط إليه حتى يُنشر`)
  }

  for (const article of articles) {
    article.frontMatter.read_also.forEach((slug, index) => {
      checkTarget(article, 'read_also', index, slug)
    })
    article.frontMatter.related.forEach((pick, index) => {
      if (typeof pick === 'string') checkTarget(article, 'related', index, pick)
    })
  }
  return problems
}
