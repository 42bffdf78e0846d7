/**
 * @module
 * One tag per matching key. Editors spell the same tag several ways (كوريا الجنوبية /
 * کوریا الجنوبیة / كُوريا الجنوبيّة); all of them become one tag whose URL is `tagSlug` of any
 * spelling, and whose display name is the spelling editors use most, Arabic letters first.
 */
import { containsPersianLetters } from '../../text/persian-letters'
import { tagSlug } from '../../text/tag-slug'

export type CatalogTag = {
  slug: string
  /** The display name: see `chooseDisplayName`. */
  name: string
  /** Published articles carrying the tag. */
  count: number
  /** Every spelling seen, with how many articles used it. */
  spellings: Map<string, number>
}

/**
 * Arabic-letter spellings before Persian-letter ones, then the most used, then the first seen
 * (Map order), so the choice never depends on anything but the content.
 */
function chooseDisplayName(spellings: Map<string, number>): string {
  const ranked = [...spellings].map(([spelling, uses], order) => ({
    spelling,
    uses,
    order,
    persian: containsPersianLetters(spelling),
  }))
  ranked.sort(
    (a, b) => Number(a.persian) - Number(b.persian) || b.uses - a.uses || a.order - b.order
  )
  return ranked[0]!.spelling
}

/** Builds the catalog from each published article's tag list, as written. */
export function buildTagCatalog(
  tagLists: string[][],
  slugOf: (spelling: string) => string = tagSlug
): Map<string, CatalogTag> {
  const catalog = new Map<string, CatalogTag>()
  for (const tags of tagLists) {
    const seenInArticle = new Set<string>()
    for (const spelling of tags) {
      const slug = slugOf(spelling)
      if (!slug) continue
      let tag = catalog.get(slug)
      if (!tag) {
        tag = { slug, name: spelling, count: 0, spellings: new Map() }
        catalog.set(slug, tag)
      }
      tag.spellings.set(spelling, (tag.spellings.get(spelling) ?? 0) + 1)
      if (!seenInArticle.has(slug)) {
        seenInArticle.add(slug)
        tag.count++
      }
    }
  }
  for (const tag of catalog.values()) tag.name = chooseDisplayName(tag.spellings)
  return catalog
}
