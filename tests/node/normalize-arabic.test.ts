import { describe, expect, it } from 'vitest'
import { normalizeArabic } from '../../src/text/normalize-arabic'
import { arabicSpelling, containsPersianLetters } from '../../src/text/persian-letters'
import { tagSlug } from '../../src/text/tag-slug'

describe('normalizeArabic', () => {
  it.each([
    // The seed's keyword line: the same place in Arabic and in Persian letters.
    ['كوريا الجنوبية', 'كوريا الجنوبيه'],
    ['کوریا الجنوبیة', 'كوريا الجنوبيه'],
    ['کوریا الجنوبیة روسیا فی', 'كوريا الجنوبيه روسيا في'],
    ['الحرب العالمية الثانية', 'الحرب العالميه الثانيه'],
    ['الاتحاد السوفيتي', 'الاتحاد السوفيتي'],
    // Alef forms, precomposed and decomposed (U+0627 U+0653 is آ before NFC).
    ['أحمد إبراهيم آل', 'احمد ابراهيم ال'],
    ['\u0627\u0653\u0633\u064A\u0627', 'اسيا'],
    ['ٱلرحمن', 'الرحمن'],
    // Alef maqsura, Persian and Urdu letters.
    ['مستشفى', 'مستشفي'],
    ['ہندوستان ہے', 'هندوستان هي'],
    ['ەۀ', 'هه'],
    ['ې ۍ', 'ي ي'],
    // Tashkeel, superscript alef and tatweel.
    ['كُوريا الجنوبيّة', 'كوريا الجنوبيه'],
    ['هٰذا', 'هذا'],
    ['كوريـــا', 'كوريا'],
    // Digits: Arabic-Indic and Persian to ASCII.
    ['حرب ١٩٥٠-١٩٥٣', 'حرب 1950 1953'],
    ['۱۴۰۳', '1403'],
    // Punctuation, quotes and whitespace runs.
    ['«العدل» وجامعة الإمارات', 'العدل وجامعه الامارات'],
    ['“باتريوت”', 'باتريوت'],
    ['  روسيا،   والصين؟  ', 'روسيا والصين'],
    ['شبه-الجزيرة_الكورية', 'شبه الجزيره الكوريه'],
    // Invisible characters: bidi overrides, zero-width non-joiner.
    ['\u202Eكوريا\u200C', 'كوريا'],
    // Latin is lower-cased, not transliterated.
    ['NATO و G7', 'nato و g7'],
  ])('%s → %s', (input, key) => {
    expect(normalizeArabic(input)).toBe(key)
  })

  it('never changes what it is not asked to fold (ؤ ئ ء stay)', () => {
    expect(normalizeArabic('مؤتمر رئيس سماء')).toBe('مؤتمر رئيس سماء')
  })
})

describe('tagSlug', () => {
  it.each([
    ['کوریا-الجنوبیة', 'كوريا-الجنوبيه'],
    ['كوريا الجنوبية', 'كوريا-الجنوبيه'],
    ['كُوريا-الجنوبيّة', 'كوريا-الجنوبيه'],
    ['  كوريا   الجنوبية ', 'كوريا-الجنوبيه'],
    ['الحرب العالمية', 'الحرب-العالميه'],
    ['الحرب العالمية الثانية', 'الحرب-العالميه-الثانيه'],
    ['شبه الجزيرة الكورية', 'شبه-الجزيره-الكوريه'],
    ['کوریا الجنوبیة روسیا فی', 'كوريا-الجنوبيه-روسيا-في'],
    ['«الطب الشرعي»', 'الطب-الشرعي'],
    ['G7', 'g7'],
    ['؟!', ''],
  ])('%s → %s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug)
  })

  it('keeps overlapping tags apart', () => {
    expect(tagSlug('الحرب العالمية')).not.toBe(tagSlug('الحرب العالمية الثانية'))
    expect(tagSlug('الجزيرة الكورية')).not.toBe(tagSlug('شبه الجزيرة الكورية'))
  })
})

describe('Persian letters', () => {
  it('are found and given their Arabic spelling, with nothing else changed', () => {
    expect(containsPersianLetters('کوریا الجنوبیة روسیا فی')).toBe(true)
    expect(containsPersianLetters('كوريا الجنوبية')).toBe(false)
    expect(arabicSpelling('کوریا الجنوبیة روسیا فی')).toBe('كوريا الجنوبية روسيا في')
    expect(arabicSpelling('کُوریا')).toBe('كُوريا')
  })
})
