/**
 * @module
 * `npm run lint:content [-- --fix] [--content DIR]`: the copy checks (see `copy/copy-rules.ts`)
 * over every article, author and page. Prints each finding as
 * `content/articles/x.md:2:21 title: "?" → "؟"`, then a count. With `--fix` it applies the safe
 * fixes in place, touching only the characters found, so the YAML and Markdown stay as written,
 * and prints what is left. Exits 1 while any finding is left, as a linter does.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { applyCopyFixes, findCopy, formatFinding, type CopyDocument } from './copy/copy-check'

const FOLDERS: ReadonlyArray<readonly [string, CopyDocument]> = [
  ['articles', 'article'],
  ['authors', 'author'],
  ['pages', 'page'],
]

/** Passes of `--fix`: a fix can reveal another (a «,» after a space becomes a space before «،»). */
const FIX_PASSES = 3

const { values } = parseArgs({
  options: {
    fix: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
})

let left = 0
let fixed = 0
for (const [folder, document] of FOLDERS) {
  const dir = join(values.content, folder)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir)
    .filter((entry) => entry.endsWith('.md'))
    .sort()) {
    const path = join(dir, name)
    const file = relative(process.cwd(), path)
    let text = readFileSync(path, 'utf8')
    let findings = findCopy(file, text, document)
    if (values.fix) {
      const original = text
      for (let pass = 0; pass < FIX_PASSES && findings.some((f) => f.fix !== undefined); pass++) {
        fixed += findings.filter((f) => f.fix !== undefined).length
        text = applyCopyFixes(text, findings)
        findings = findCopy(file, text, document)
      }
      if (text !== original) writeFileSync(path, text)
    }
    for (const finding of findings) console.log(formatFinding(finding))
    left += findings.length
  }
}
console.log(values.fix ? `${fixed} fixed, ${left} left` : `${left} found`)
process.exitCode = left > 0 ? 1 : 0
