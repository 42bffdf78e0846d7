/**
 * @module
 * URL slugs for tags, built from the matching key so that every spelling of a tag lands on one
 * address. Arabic letters stay Arabic (no transliteration), words are joined with hyphens.
 */
import { normalizeArabic } from './normalize-arabic'

/**
 * @example tagSlug('كوريا الجنوبية') // 'كوريا-الجنوبيه'
 * @example tagSlug('کوریا-الجنوبیة') // 'كوريا-الجنوبيه'
 */
export function tagSlug(text: string): string {
  return normalizeArabic(text).replaceAll(' ', '-')
}
