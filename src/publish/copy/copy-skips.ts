/**
 * @module
 * What the copy rules must not read in a field: code spans and fenced code, URLs, e-mail
 * addresses and the targets of Markdown links and images. A «?» in `?page=2` is not Arabic copy.
 */
import type { Skipped } from './copy-rules'

const SKIPPED = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, // fenced code
  /`[^`\n]+`/g, // code spans
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, // link and image targets: ](url "title")
  /<[a-z][a-z0-9+.-]*:[^>\s]*>/gi, // autolinks: <https://…>
  /\b(?:https?|mailto|ftp):[^\s«»"'<>()]+/gi, // bare URLs
  /\bwww\.[^\s«»"'<>()]+/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
]

/** The spans of `text` to leave alone, as `[start, end)` pairs. */
export function skippedSpans(text: string): Skipped {
  const spans: Array<[number, number]> = []
  for (const pattern of SKIPPED)
    for (const match of text.matchAll(pattern))
      spans.push([match.index, match.index + match[0].length])
  return spans
}
