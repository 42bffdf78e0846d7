/**
 * @module
 * Checks between articles, which no single file's schema can see: unique slugs, and
 * «إقرأ أيضاً» / «مقالات مشابهة» slugs that point at real, published articles.
 */
import type { SourceArticle } from './load-content'
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

  const checkTarget = (article: SourceArticle, field: 'read_also' | 'related', index: number, slug: string) => {
    const where = { file: article.file, line: article.lineOf([field, index]), field: `${field}[${index}]` }
    const target = bySlug.get(slug)
    if (slug === article.frontMatter.slug) {
      problems.push({ severity: 'error', ...where, message: 'المقال يشير إلى نفسه' })
    } else if (!target) {
      problems.push({ severity: 'error', ...where, message: `لا يوجد مقال بالاسم المختصر «${slug}»` })
    } else if (target.frontMatter.draft && !article.frontMatter.draft) {
      problems.push({ severity: 'warning', ...where, message: `«${slug}» مسودة، فلن يظهر الرابط إليه حتى يُنشر` })
    }
  }

  for (const article of articles) {
    article.frontMatter.read_also.forEach((slug, index) => checkTarget(article, 'read_also', index, slug))
    article.frontMatter.related.forEach((pick, index) => {
      if (typeof pick === 'string') checkTarget(article, 'related', index, pick)
    })
  }
  return problems
}
