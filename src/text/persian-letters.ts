/**
 * @module
 * Persian and Urdu letters that look like Arabic ones. In Arabic text they are almost always a
 * keyboard-layout slip (کوریا for كوريا), so the publish step flags them and prefers the
 * Arabic spelling for display.
 */

/** Each Persian or Urdu look-alike and the Arabic letter an Arabic writer means by it. */
export const PERSIAN_TO_ARABIC: Readonly<Record<string, string>> = {
  ک: 'ك',
  ڪ: 'ك',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ے: 'ي',
  ہ: 'ه',
  ە: 'ه',
  ۀ: 'ه',
}

const PERSIAN = new RegExp(`[${Object.keys(PERSIAN_TO_ARABIC).join('')}]`, 'u')
const PERSIAN_ALL = new RegExp(PERSIAN.source, 'gu')

export const containsPersianLetters = (text: string) => PERSIAN.test(text)

/**
 * The same text with Persian look-alikes replaced by Arabic letters, and nothing else changed:
 * what to suggest to an editor.
 * @example arabicSpelling('کوریا الجنوبیة') // 'كوريا الجنوبية'
 */
export function arabicSpelling(text: string): string {
  return text.replace(PERSIAN_ALL, (letter) => PERSIAN_TO_ARABIC[letter] ?? letter)
}
