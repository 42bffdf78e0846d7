/**
 * @module
 * Warnings about tags that publish but probably are not what the editor meant: Persian
 * look-alike letters, a spelling that differs from the tag's usual one, and phrases cut off
 * after a preposition (the seed's «کوریا الجنوبیة روسیا فی»). Tags with no letters are errors.
 */
import { ARABIC_STOP_WORDS } from '../../text/arabic-stop-words'
import { normalizeArabic } from '../../text/normalize-arabic'
import { arabicSpelling, containsPersianLetters } from '../../text/persian-letters'
import { tagSlug } from '../../text/tag-slug'
import type { SourceArticle } from './check-article'
import type { Problem, Severity } from './problems'
import type { CatalogTag } from './tag-catalog'

type Finding = { severity: Severity; message: string }

/** What is wrong with one spelling, whichever article it is in. */
function findingsFor(
  tag: string,
  catalog: Map<string, CatalogTag>,
  slugOf: (spelling: string) => string
): Finding[] {
  const slug = slugOf(tag)
  if (!slug) return [{ severity: 'error', message: `الوسم «${tag}» لا يحتوي على حروف أو أرقام` }]
  const findings: Finding[] = []
  const warn = (message: string) => findings.push({ severity: 'warning', message })
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
  return findings
}

export function checkTags(
  articles: SourceArticle[],
  catalog: Map<string, CatalogTag>,
  slugOf: (spelling: string) => string = tagSlug
): Problem[] {
  const problems: Problem[] = []
  // An archive repeats a few thousand spellings across every article: each is judged once.
  const findings = new Map<string, Finding[]>()
  for (const article of articles) {
    article.frontMatter.tags.forEach((tag, index) => {
      let found = findings.get(tag)
      if (!found) findings.set(tag, (found = findingsFor(tag, catalog, slugOf)))
      for (const { severity, message } of found) {
        // Lines are looked up only for problems: finding one re-reads the file's YAML.
        problems.push({
          severity,
          file: article.file,
          line: article.lineOf(['tags', index]),
          field: `tags[${index}]`,
          message,
        })
      }
    })
  }
  return problems
}
