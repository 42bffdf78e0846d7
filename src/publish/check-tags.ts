/**
 * @module
 * Warnings about tags that publish but probably are not what the editor meant: Persian
 * look-alike letters, a spelling that differs from the tag's usual one, and phrases cut off
 * after a preposition (the seed's «کوریا الجنوبیة روسیا فی»). Tags with no letters are errors.
 */
import { ARABIC_STOP_WORDS } from '../text/arabic-stop-words'
import { normalizeArabic } from '../text/normalize-arabic'
import { arabicSpelling, containsPersianLetters } from '../text/persian-letters'
import { tagSlug } from '../text/tag-slug'
import type { SourceArticle } from './load-content'
import type { Problem } from './problems'
import type { CatalogTag } from './tag-catalog'

export function checkTags(articles: SourceArticle[], catalog: Map<string, CatalogTag>): Problem[] {
  const problems: Problem[] = []
  for (const article of articles) {
    article.frontMatter.tags.forEach((tag, index) => {
      // Lines are looked up only for problems: finding one re-reads the file's YAML.
      const at = (severity: 'error' | 'warning', message: string) =>
        problems.push({ severity, file: article.file, line: article.lineOf(['tags', index]), field: `tags[${index}]`, message })
      const warn = (message: string) => at('warning', message)
      const slug = tagSlug(tag)
      if (!slug) {
        at('error', `الوسم «${tag}» لا يحتوي على حروف أو أرقام`)
        return
      }
      if (containsPersianLetters(tag)) {
        warn(`الوسم «${tag}» مكتوب بحروف فارسية؛ الصيغة العربية: «${arabicSpelling(tag)}»`)
      }
      const words = normalizeArabic(tag).split(' ')
      if (words.length > 1 && ARABIC_STOP_WORDS.has(words.at(-1)!)) {
        warn(`الوسم «${tag}» ينتهي بكلمة «${tag.trim().split(/\s+/).at(-1)}» ويبدو مبتورًا`)
      }
      const canonical = catalog.get(slug)
      if (canonical && canonical.name !== tag) {
        warn(`الوسم «${tag}» هو «${canonical.name}» بإملاء آخر، وسيظهر باسم «${canonical.name}»`)
      }
    })
  }
  return problems
}
