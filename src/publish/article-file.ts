/**
 * @module
 * Splits an article file into YAML front matter and Markdown body, keeping enough position
 * information to tell an editor the line of any front-matter field.
 */
import { isNode, LineCounter, parseDocument } from 'yaml'
import type { Problem } from './problems'

export type ArticleFile = {
  file: string
  /** The front matter as YAML parsed it, not yet checked. */
  frontMatter: unknown
  body: string
  /** 1-based file line of the field at `path`, or of the front matter's start. */
  lineOf: (path: ReadonlyArray<string | number>) => number
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/
const CLOSING = /^---[ \t]*$/m

/** Parses `text` (the content of `file`) or says why it cannot. */
export function parseArticleFile(file: string, text: string): ArticleFile | Problem {
  const opening = OPENING.exec(text)
  if (!opening) {
    return { severity: 'error', file, line: 1, field: 'front matter', message: 'يجب أن يبدأ الملف بسطر --- ثم بيانات YAML' }
  }
  const rest = text.slice(opening[0].length)
  const closing = CLOSING.exec(rest)
  if (!closing) {
    return { severity: 'error', file, line: 1, field: 'front matter', message: 'لا يوجد سطر --- يُغلق بيانات YAML' }
  }
  const yamlText = rest.slice(0, closing.index)
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '')
  const lineCounter = new LineCounter()
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const firstYamlLine = 2
  const [yamlError] = document.errors
  if (yamlError) {
    const line = yamlError.linePos?.[0].line
    return {
      severity: 'error',
      file,
      line: line ? line + firstYamlLine - 1 : firstYamlLine,
      field: 'front matter',
      message: `YAML غير صالح: ${yamlError.message.split('\n')[0]}`,
    }
  }
  const lineOf = (path: ReadonlyArray<string | number>) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstYamlLine - 1
    }
    return firstYamlLine - 1
  }
  return { file, frontMatter: document.toJS(), body, lineOf }
}
