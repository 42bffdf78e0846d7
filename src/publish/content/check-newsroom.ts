/**
 * @module
 * Checks between `site.yml`, the articles, the authors and the pages, which no single file's
 * schema can see: every article names a declared section once there are sections, and authors
 * that exist; section slugs are unique; no page takes a path the site's own routes use; every
 * policy names a page. Every problem names its file, line and field, and all come at once.
 */
import { ROUTE_SEGMENTS } from '../../site'
import type { SourceArticle } from './check-article'
import type { SourceAuthor, SourcePage } from './newsroom-files'
import type { Problem } from './problems'
import type { LoadedSite } from './site-file'

export function checkNewsroom(
  loaded: LoadedSite,
  articles: SourceArticle[],
  authors: SourceAuthor[],
  pages: SourcePage[]
): Problem[] {
  const problems: Problem[] = []
  const { site } = loaded
  const inSite = (field: string, path: Array<string | number>, message: string) =>
    problems.push({ severity: 'error', file: loaded.file, line: loaded.lineOf(path), field, message })

  const sections = new Set<string>()
  site.sections.forEach(({ slug }, index) => {
    if (sections.has(slug))
      inSite(`sections[${index}].slug`, ['sections', index, 'slug'], `القسم «${slug}» مكرر`)
    sections.add(slug)
  })

  const authorSlugs = new Set(authors.map((author) => author.slug))
  for (const article of articles) {
    const { section, authors: byline } = article.frontMatter
    const inArticle = (field: string, path: Array<string | number>, message: string) =>
      problems.push({
        severity: 'error',
        file: article.file,
        line: article.lineOf(path),
        field,
        message,
      })
    if (section === undefined && sections.size > 0)
      inArticle('section', ['section'], `حقل مطلوب: قسم المقال، أحد أقسام ${loaded.file}`)
    else if (section !== undefined && !sections.has(section))
      inArticle('section', ['section'], `القسم «${section}» غير معرّف في ${loaded.file}`)
    byline.forEach((slug, index) => {
      if (!authorSlugs.has(slug))
        inArticle(`authors[${index}]`, ['authors', index], `لا يوجد كاتب بالاسم المختصر «${slug}» في content/authors/`)
    })
  }

  const pageSlugs = new Set(pages.map((page) => page.slug))
  for (const page of pages)
    if (ROUTE_SEGMENTS.has(page.slug))
      problems.push({
        severity: 'error',
        file: page.file,
        line: 1,
        field: 'اسم الملف',
        message: `الصفحة /${page.slug} تأخذ مسارًا يستعمله الموقع نفسه: اختر اسمًا آخر للملف`,
      })

  for (const [policy, slug] of Object.entries(site.policies))
    if (!pageSlugs.has(slug))
      inSite(`policies.${policy}`, ['policies', policy], `لا توجد صفحة content/pages/${slug}.md`)
  return problems
}
