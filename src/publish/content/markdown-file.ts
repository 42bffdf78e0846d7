/**
 * @module
 * Splits a content file (an article, an author, a page) into YAML front matter and Markdown
 * body, and can tell an editor the line of any front-matter field. Line positions are worked out only when a problem needs one:
 * keeping every file's YAML document alive would cost gigabytes on a 100k-article archive.
 */
import { isNode, LineCounter, parseDocument } from 'yaml'
import type { Problem } from './problems'

export type MarkdownFile = {
  file: string
  /** The front matter as YAML parsed it, not yet checked. */
  frontMatter: unknown
  body: string
  /** 1-based file line on which the body starts. */
  bodyLine: number
  /** 1-based file line of the field at `path`, or of the front matter's start. */
  lineOf: (path: ReadonlyArray<string | number>) => number
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/
const CLOSING = /^---[ \t]*$/m
/** The front matter starts on the file's second line, after `---`. */
const FIRST_YAML_LINE = 2

/** A function from a field path to its line, built by parsing `yamlText` again with positions. */
function locator(yamlText: string): (path: ReadonlyArray<string | number>) => number {
  const lineCounter = new LineCounter()
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false })
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range)
        return lineCounter.linePos(node.range[0]).line + FIRST_YAML_LINE - 1
    }
    return FIRST_YAML_LINE - 1
  }
}

/**
 * Where a content file's YAML lies (`[yamlStart, yamlEnd)`) and where what follows the closing
 * `---` line starts, as offsets into `text`; `opened: false` when the file does not start with
 * `---`, and `closed: false` when no line closes the YAML.
 */
export function frontMatterBounds(
  text: string
):
  | { opened: false }
  | { opened: true; closed: false }
  | { opened: true; closed: true; yamlStart: number; yamlEnd: number; bodyStart: number } {
  const opening = OPENING.exec(text)
  if (!opening) return { opened: false }
  const yamlStart = opening[0].length
  const closing = CLOSING.exec(text.slice(yamlStart))
  if (!closing) return { opened: true, closed: false }
  const yamlEnd = yamlStart + closing.index
  return { opened: true, closed: true, yamlStart, yamlEnd, bodyStart: yamlEnd + closing[0].length }
}

/** Parses `text` (the content of `file`) or says why it cannot. */
export function parseMarkdownFile(file: string, text: string): MarkdownFile | Problem {
  const bounds = frontMatterBounds(text)
  if (!bounds.opened) {
    return {
      severity: 'error',
      file,
      line: 1,
      field: 'front matter',
      message: 'يجب أن يبدأ الملف بسطر --- ثم بيانات YAML',
    }
  }
  if (!bounds.closed) {
    return {
      severity: 'error',
      file,
      line: 1,
      field: 'front matter',
      message: 'لا يوجد سطر --- يُغلق بيانات YAML',
    }
  }
  const yamlText = text.slice(bounds.yamlStart, bounds.yamlEnd)
  const body = text.slice(bounds.bodyStart).replace(/^\r?\n/, '')
  const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false })
  const [yamlError] = document.errors
  if (yamlError) {
    const lineInYaml = yamlText.slice(0, yamlError.pos[0]).split('\n').length
    return {
      severity: 'error',
      file,
      line: lineInYaml + FIRST_YAML_LINE - 1,
      field: 'front matter',
      message: `YAML غير صالح: ${yamlError.message.split('\n')[0]}`,
    }
  }
  let locate: ((path: ReadonlyArray<string | number>) => number) | undefined
  const lineOf = (path: ReadonlyArray<string | number>) => (locate ??= locator(yamlText))(path)
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length
  return { file, frontMatter: document.toJS(), body, bodyLine, lineOf }
}
