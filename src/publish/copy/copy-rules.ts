/**
 * @module
 * The copy rules: mistakes that Arabic copy reaching a newsroom often has and that no CMS checks.
 * Each rule reads one field's text and reports where it is wrong, what it found and what to write
 * instead. A finding with `fix` is safe to apply without reading it; one without is for the editor.
 *
 * Latin runs are never touched: a Latin «?» or «,» belongs to the run it ends («COVID-19?»,
 * «iPhone 17, Pro»), so punctuation is judged by the nearest letter before it.
 */
import { PERSIAN_TO_ARABIC } from '../../text/persian-letters'

/** One mistake in a text: the characters `[start, end)`, what they are, and the correction. */
export type CopyFinding = {
  start: number
  end: number
  /** What was found, quoted: `"?"`. */
  found: string
  /** What to write instead, quoted (`"؟"`), or advice when it cannot be fixed blindly. */
  advice: string
  /** The replacement for `[start, end)`, when it is safe to apply. */
  fix?: string
}

/** Which rules a field takes: headlines also lose tatweel. */
export type FieldKind = 'text' | 'headline'

/** Spans no rule may read: code, URLs and Markdown link targets, as `[start, end)` pairs. */
export type Skipped = ReadonlyArray<readonly [number, number]>

const ARABIC_LETTER = /\p{Script=Arabic}/u
const LETTER = /\p{L}/u
const LATIN_TO_ARABIC: Readonly<Record<string, string>> = { '?': '؟', ';': '؛', ',': '،' }
const TATWEEL = 'ـ'
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹'
const easternValue = (digit: string) =>
  ARABIC_INDIC.includes(digit) ? ARABIC_INDIC.indexOf(digit) : PERSIAN_DIGITS.indexOf(digit)
const WESTERN = /[0-9]/g
const EASTERN = /[٠-٩۰-۹]/g
const PERSIAN = new RegExp(`[${Object.keys(PERSIAN_TO_ARABIC).join('')}]`, 'gu')

const quote = (text: string) => `"${text}"`
const inSkipped = (index: number, skipped: Skipped) =>
  skipped.some(([start, end]) => index >= start && index < end)

/** Whether the nearest letter before `index` is Arabic (digits, spaces and signs are passed over). */
function afterArabic(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i]!
    if (char === '\n') return false
    if (LETTER.test(char)) return ARABIC_LETTER.test(char)
  }
  return false
}

/** «?», «;» and «,» after Arabic words: «؟», «؛» and «،». */
function latinPunctuation(text: string, skipped: Skipped): CopyFinding[] {
  const findings: CopyFinding[] = []
  for (const match of text.matchAll(/[?;,]/g)) {
    const start = match.index
    if (inSkipped(start, skipped) || !afterArabic(text, start)) continue
    const arabic = LATIN_TO_ARABIC[match[0]]!
    findings.push({
      start,
      end: start + 1,
      found: quote(match[0]),
      advice: quote(arabic),
      fix: arabic,
    })
  }
  return findings
}

/** A space before «،», «؛» or «؟»: the mark is written against the word. */
function spaceBeforeMark(text: string, skipped: Skipped): CopyFinding[] {
  const findings: CopyFinding[] = []
  for (const match of text.matchAll(/(?<=\S)[ \t]+([،؛؟])/g)) {
    if (inSkipped(match.index, skipped)) continue
    const mark = match[1]!
    findings.push({
      start: match.index,
      end: match.index + match[0].length - 1,
      found: quote(` ${mark}`),
      advice: quote(mark),
      fix: '',
    })
  }
  return findings
}

/** Persian «ی» and «ک» (a keyboard slip): the Arabic letters. */
function persianLetters(text: string, skipped: Skipped): CopyFinding[] {
  const findings: CopyFinding[] = []
  for (const match of text.matchAll(PERSIAN)) {
    if (inSkipped(match.index, skipped)) continue
    const arabic = PERSIAN_TO_ARABIC[match[0]]!
    findings.push({
      start: match.index,
      end: match.index + match[0].length,
      found: quote(match[0]),
      advice: quote(arabic),
      fix: arabic,
    })
  }
  return findings
}

/** Tatweel «ـ» stretches a headline for display, which CSS does; search and sharing see it as a letter. */
function tatweel(text: string, skipped: Skipped): CopyFinding[] {
  const findings: CopyFinding[] = []
  for (let i = text.indexOf(TATWEEL); i >= 0; i = text.indexOf(TATWEEL, i + 1))
    if (!inSkipped(i, skipped))
      findings.push({ start: i, end: i + 1, found: quote(TATWEEL), advice: '""', fix: '' })
  return findings
}

/** Western and Eastern digits in one field: the fewer are written as the more. */
function mixedDigits(text: string, skipped: Skipped): CopyFinding[] {
  const western = [...text.matchAll(WESTERN)].filter((m) => !inSkipped(m.index, skipped))
  const eastern = [...text.matchAll(EASTERN)].filter((m) => !inSkipped(m.index, skipped))
  if (western.length === 0 || eastern.length === 0) return []
  const toWestern = western.length >= eastern.length
  return (toWestern ? eastern : western).map((match) => {
    const digit = match[0]
    const value = toWestern ? String(easternValue(digit)) : ARABIC_INDIC[Number(digit)]!
    return {
      start: match.index,
      end: match.index + 1,
      found: quote(digit),
      advice: quote(value),
      fix: value,
    }
  })
}

/** A « with no », or a » with no «: the quotation's other end is missing. */
function unbalancedQuotes(text: string, skipped: Skipped): CopyFinding[] {
  const open: number[] = []
  const findings: CopyFinding[] = []
  for (let i = 0; i < text.length; i++) {
    if (inSkipped(i, skipped)) continue
    if (text[i] === '«') open.push(i)
    else if (text[i] === '»' && open.pop() === undefined)
      findings.push({ start: i, end: i + 1, found: '"»"', advice: 'لا يوجد "«" يفتح الاقتباس' })
  }
  for (const i of open)
    findings.push({ start: i, end: i + 1, found: '"«"', advice: 'لا يوجد "»" يغلق الاقتباس' })
  return findings
}

const RULES = [latinPunctuation, spaceBeforeMark, persianLetters, mixedDigits, unbalancedQuotes]

/** Every finding in `text` outside `skipped`, in reading order. */
export function checkCopy(text: string, kind: FieldKind, skipped: Skipped = []): CopyFinding[] {
  const rules = kind === 'headline' ? [...RULES, tatweel] : RULES
  return rules.flatMap((rule) => rule(text, skipped)).sort((a, b) => a.start - b.start)
}
