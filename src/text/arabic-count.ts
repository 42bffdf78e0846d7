/**
 * @module
 * Counted nouns in Arabic. Arabic has six plural forms (none, one, two, 3–10, 11–99, 100+),
 * and the noun changes with each: مقال واحد، مقالان، ٣ مقالات، ١١ مقالًا، ١٠٠ مقال.
 * The category comes from `Intl.PluralRules('ar')`, which follows CLDR.
 */

export type ArabicCountForms = Record<Intl.LDMLPluralRule, (count: number) => string>

let rules: Intl.PluralRules | undefined

/** The phrase for `count` things, in the form Arabic grammar asks of that number. */
export function arabicCount(count: number, forms: ArabicCountForms): string {
  rules ??= new Intl.PluralRules('ar')
  return forms[rules.select(count)](count)
}

export const ARTICLES: ArabicCountForms = {
  zero: () => 'لا مقالات',
  one: () => 'مقال واحد',
  two: () => 'مقالان',
  few: (n) => `${n} مقالات`,
  many: (n) => `${n} مقالًا`,
  other: (n) => `${n} مقال`,
}

export const RESULTS: ArabicCountForms = {
  zero: () => 'لا نتائج',
  one: () => 'نتيجة واحدة',
  two: () => 'نتيجتان',
  few: (n) => `${n} نتائج`,
  many: (n) => `${n} نتيجة`,
  other: (n) => `${n} نتيجة`,
}

/** Minutes after a preposition (قراءة في …), hence the genitive dual دقيقتين. */
export const MINUTES_AFTER_PREPOSITION: ArabicCountForms = {
  zero: () => 'أقل من دقيقة',
  one: () => 'دقيقة واحدة',
  two: () => 'دقيقتين',
  few: (n) => `${n} دقائق`,
  many: (n) => `${n} دقيقة`,
  other: (n) => `${n} دقيقة`,
}
