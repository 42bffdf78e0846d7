/**
 * @module
 * The copy rules applied to a content file: which fields each kind of file has, where each
 * finding is (line and column in the file), and the file with the safe fixes applied. The YAML
 * is read again with positions only when a field's value has a finding, so a publish of a large
 * archive pays for positions only in the files that need them.
 */
import { isScalar, parseDocument } from 'yaml'
import { frontMatterBounds } from '../content/markdown-file'
import type { Problem } from '../content/problems'
import { checkCopy, type CopyFinding, type FieldKind } from './copy-rules'
import { skippedSpans } from './copy-skips'

/** The kinds of content file, by folder. */
export type CopyDocument = 'article' | 'author' | 'page'

/** The front-matter fields of each kind that readers read as copy, and how each is checked. */
const FIELDS: Record<CopyDocument, ReadonlyArray<readonly [path: string[], kind: FieldKind]>> = {
  article: [
    [['title'], 'headline'],
    [['summary'], 'text'],
    [['image', 'alt'], 'text'],
    [['image', 'caption'], 'text'],
    [['image', 'credit'], 'text'],
  ],
  author: [
    [['name'], 'text'],
    [['role'], 'text'],
  ],
  page: [[['title'], 'headline']],
}

/** A finding placed in its file. */
export type LocatedFinding = CopyFinding & {
  file: string
  field: string
  line: number
  column: number
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - lastBreak }
}

const valueAt = (data: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined,
    data
  )

/**
 * Every finding in `text`, the content of `file`, a file of kind `document`. `frontMatter`, when
 * the caller has parsed it already, spares a parse of files with nothing to report.
 */
export function findCopy(
  file: string,
  text: string,
  document: CopyDocument,
  frontMatter?: unknown
): LocatedFinding[] {
  const bounds = frontMatterBounds(text)
  if (!bounds.opened || !bounds.closed) return []
  const { yamlStart, bodyStart } = bounds
  const yamlText = text.slice(yamlStart, bounds.yamlEnd)
  const found: Array<CopyFinding & { field: string }> = []
  const place = (field: string, base: number, findings: CopyFinding[]) =>
    found.push(...findings.map((f) => ({ ...f, field, start: f.start + base, end: f.end + base })))

  const values: unknown = frontMatter ?? parseDocument(yamlText).toJS()
  const suspect = FIELDS[document].filter(([path, kind]) => {
    const value = valueAt(values, path)
    return typeof value === 'string' && checkCopy(value, kind, skippedSpans(value)).length > 0
  })
  if (suspect.length > 0) {
    const yaml = parseDocument(yamlText, { keepSourceTokens: true })
    for (const [path, kind] of suspect) {
      const node = yaml.getIn(path, true)
      if (!isScalar(node) || !node.range) continue
      const raw = yamlText.slice(node.range[0], node.range[1])
      place(path.join('.'), yamlStart + node.range[0], checkCopy(raw, kind, skippedSpans(raw)))
    }
  }
  const body = text.slice(bodyStart)
  place('body', bodyStart, checkCopy(body, 'text', skippedSpans(body)))
  return found
    .sort((a, b) => a.start - b.start)
    .map((finding) => ({ ...finding, file, ...position(text, finding.start) }))
}

/** `text` with every safe fix of `findings` applied; overlapping fixes wait for the next pass. */
export function applyCopyFixes(text: string, findings: LocatedFinding[]): string {
  let fixed = text
  let limit = Infinity
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    if (finding.fix === undefined || finding.end > limit) continue
    fixed = fixed.slice(0, finding.start) + finding.fix + fixed.slice(finding.end)
    limit = finding.start
  }
  return fixed
}

/** `content/articles/x.md:2:21 title: "?" → "؟"`, as `npm run lint:content` prints a finding. */
export const formatFinding = (f: LocatedFinding) =>
  `${f.file}:${f.line}:${f.column} ${f.field}: ${f.found} → ${f.advice}`

/** The findings as publish warnings, which never stop a publish. */
export const copyWarnings = (findings: LocatedFinding[]): Problem[] =>
  findings.map((f) => ({
    severity: 'warning',
    file: f.file,
    line: f.line,
    column: f.column,
    field: f.field,
    message: `${f.found} → ${f.advice}`,
  }))
