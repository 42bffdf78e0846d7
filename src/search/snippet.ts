/**
 * @module
 * A results snippet: a window of the article's text around its first match, HTML-escaped, with
 * each matched word in `<mark>`. Words match as the index does (normalised, then stemmed), so
 * «والصين» in the text is marked for a search of «الصين». Bidi controls are dropped: a snippet is
 * shown inside the page's own text, where an override could reorder what follows it.
 */
import { boundedMemo } from '../cache/bounded-memo'
import { stripBidiControls } from '../text/bidi-controls'
import { searchWord, searchWords, type SearchWord } from '../text/search-terms'

/** Words shown before the first match, and in all. */
const WORDS_BEFORE = 8
const WORDS_IN_SNIPPET = 30
/** Words searched for a first match before the snippet settles for the opening. */
const MAX_WORDS_SCANNED = 2000

/** A run of letters, marks, digits and invisible joiners: one word of the text. */
const WORD_RUN = /[\p{L}\p{M}\p{N}\p{Cf}]+/gu
const HAS_WORD = /[\p{L}\p{N}]/u
/** Bidi marks beyond the controls `stripBidiControls` removes: LRM, RLM and the Arabic letter mark. */
const BIDI_MARKS = /[\u200E\u200F\u061C]/g
/** Any of both: most texts have none, and are then not copied twice for nothing. */
const ANY_BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/**
 * A run of text as search sees it, remembered in the isolate: news repeats its words, and
 * normalising each one again would be most of a results page's CPU time.
 */
const seenRuns = boundedMemo<SearchWord | null>('snippet words', 50_000)

function wordOf(run: string): SearchWord | null {
  let word = seenRuns.get(run)
  if (word === undefined) {
    const [normalized] = searchWords(run)
    word = normalized === undefined ? null : searchWord(normalized)
    seenRuns.set(run, word)
  }
  return word
}

/** The words and stems a snippet marks: every word of the query, stop words in phrases too. */
export type SnippetTerms = { words: ReadonlySet<string>; stems: ReadonlySet<string> }

/**
 * The snippet of `text` for a query; when nothing in it matches, its opening words.
 * @example snippet('وقعت روسيا والصين اتفاقية', { words: new Set(['الصين']), stems: new Set(['صين']) })
 * // 'وقعت روسيا <mark>والصين</mark> اتفاقية'
 */
export function snippet(text: string, terms: SnippetTerms): string {
  const clean = ANY_BIDI.test(text) ? stripBidiControls(text).replace(BIDI_MARKS, '') : text
  const matches = (run: string) => {
    const word = wordOf(run)
    if (word === null) return false
    // «لصيانة» is marked for «صيانة»: the index files it under both.
    return (
      terms.words.has(word.word) ||
      terms.stems.has(word.stem) ||
      (word.rest !== null && terms.stems.has(word.rest))
    )
  }
  // Words are matched only until the window is full: a long article costs no more than its start.
  const starts: number[] = []
  const ends: number[] = []
  const matched: boolean[] = []
  let firstMatch = -1
  const words = new RegExp(WORD_RUN)
  for (let found = words.exec(clean); found !== null; found = words.exec(clean)) {
    const count = starts.length
    const scanning = firstMatch < 0 && count < MAX_WORDS_SCANNED
    const match = (scanning || count < firstMatch + WORDS_IN_SNIPPET) && matches(found[0])
    starts.push(found.index)
    ends.push(found.index + found[0].length)
    matched.push(match)
    if (match && firstMatch < 0) firstMatch = count
    if (
      firstMatch >= 0
        ? count + 1 > firstMatch + WORDS_IN_SNIPPET
        : count + 1 > MAX_WORDS_SCANNED + WORDS_IN_SNIPPET
    )
      break
  }
  if (starts.length === 0) return escapeHtml(clean.slice(0, 200))
  const from = Math.max(0, firstMatch - WORDS_BEFORE)
  const to = Math.min(starts.length, from + WORDS_IN_SNIPPET)
  let html = from > 0 ? '… ' : ''
  let cursor = starts[from]!
  for (let i = from; i < to; i++) {
    html += escapeHtml(clean.slice(cursor, starts[i]))
    const word = escapeHtml(clean.slice(starts[i], ends[i]))
    html += matched[i] ? `<mark>${word}</mark>` : word
    cursor = ends[i]!
  }
  const rest = clean.slice(cursor)
  // Trailing punctuation is kept; anything with another word in it is cut.
  html += HAS_WORD.test(rest) ? ' …' : escapeHtml(rest)
  return html
}
